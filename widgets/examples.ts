// Every widget's named examples, in one registry: the gallery, the per-widget tests, the axe run and the XSS
// harness iterate it. test/node/widget-registry.test.ts fails when a widget folder is missing here.
import type { SchemaKind } from '../shared/schema/index.ts';
import type { WidgetExamples } from './base/examples.ts';
import { agencyExamples } from './agency/agency.examples.ts';
import { complaintExamples } from './complaint/complaint.examples.ts';
import { decisionExamples } from './decision/decision.examples.ts';
import { decisionsExamples } from './decisions/decisions.examples.ts';
import { disclosureExamples } from './disclosure/disclosure.examples.ts';
import { flowchartExamples } from './flowchart/flowchart.examples.ts';
import { inspectionListExamples } from './inspection-list/inspection-list.examples.ts';
import { legalBasisExamples } from './legal-basis/legal-basis.examples.ts';
import { officersExamples } from './officers/officers.examples.ts';
import { powerListExamples } from './power-list/power-list.examples.ts';
import { remedyExamples } from './remedy/remedy.examples.ts';
import { serviceGuideExamples } from './service-guide/service-guide.examples.ts';
import { staffBoardExamples } from './staff-board/staff-board.examples.ts';
import { statisticsExamples } from './statistics/statistics.examples.ts';

export const WIDGET_EXAMPLES: readonly WidgetExamples<SchemaKind>[] = [
  agencyExamples,
  complaintExamples,
  decisionExamples,
  decisionsExamples,
  disclosureExamples,
  flowchartExamples,
  inspectionListExamples,
  legalBasisExamples,
  officersExamples,
  powerListExamples,
  remedyExamples,
  serviceGuideExamples,
  staffBoardExamples,
  statisticsExamples,
] as readonly WidgetExamples<SchemaKind>[];
