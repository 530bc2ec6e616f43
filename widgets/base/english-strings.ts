// Every widget's English strings in one lazily loaded chunk (english.ts loads it): zh-CN is the default and stays in
// zfgs.js; a page in English fetches this once. Keys carry their widget's prefix, so one flat record serves all.
import { enforcementKindNames } from '../../shared/i18n/widgets/en/enforcement-kinds.ts';
import { agencyMessages } from '../../shared/i18n/widgets/en/agency.ts';
import { baseMessages } from '../../shared/i18n/widgets/en/base.ts';
import { complaintMessages } from '../../shared/i18n/widgets/en/complaint.ts';
import { decisionMessages } from '../../shared/i18n/widgets/en/decision.ts';
import { decisionsMessages } from '../../shared/i18n/widgets/en/decisions.ts';
import { disclosureMessages } from '../../shared/i18n/widgets/en/disclosure.ts';
import { flowchartMessages } from '../../shared/i18n/widgets/en/flowchart.ts';
import { inspectionListMessages } from '../../shared/i18n/widgets/en/inspection-list.ts';
import { legalBasisMessages } from '../../shared/i18n/widgets/en/legal-basis.ts';
import { officersMessages } from '../../shared/i18n/widgets/en/officers.ts';
import { powerListMessages } from '../../shared/i18n/widgets/en/power-list.ts';
import { remedyMessages } from '../../shared/i18n/widgets/en/remedy.ts';
import { serviceGuideMessages } from '../../shared/i18n/widgets/en/service-guide.ts';
import { staffBoardMessages } from '../../shared/i18n/widgets/en/staff-board.ts';
import { statisticsMessages } from '../../shared/i18n/widgets/en/statistics.ts';
import { kindMessages } from './kind-messages.ts';

/** The widgets whose messages include the enforcement-kind names under their prefix (kindMessages). */
const KIND_PREFIXES = ['decision', 'decisions', 'power-list', 'statistics'] as const;

export const englishMessages: Readonly<Record<string, string>> = Object.assign(
  {},
  baseMessages,
  agencyMessages,
  complaintMessages,
  decisionMessages,
  decisionsMessages,
  disclosureMessages,
  flowchartMessages,
  inspectionListMessages,
  legalBasisMessages,
  officersMessages,
  powerListMessages,
  remedyMessages,
  serviceGuideMessages,
  staffBoardMessages,
  statisticsMessages,
  ...KIND_PREFIXES.map((prefix) => kindMessages(prefix, enforcementKindNames)),
);
