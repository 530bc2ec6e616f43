// The one report shape every view renders: side panel, CLI text/JSON/HTML, exports, history.
import type { Cite, Phase, ProfileId, Severity } from '../catalogue/types.ts';
import type { Target } from '../extract/snapshot.ts';

export type Outcome = 'fail' | 'review' | 'pass' | 'inapplicable' | 'error';
export type FindingStatus = 'fail' | 'review' | 'pass';

export interface Finding {
  status: FindingStatus;
  target: Target;
  /** The page the finding is on (site audits span many). */
  url?: string;
  /** ≤ 160 characters of context, personal data masked. */
  snippet: string;
  /** camelCase message key: `<rule-id>.reason.<reason>` */
  reason: string;
  /** Placeholders of the reason message. Never unmasked personal data. */
  data: Record<string, string | number>;
}

export interface RuleResult {
  id: string;
  outcome: Outcome;
  severity: Severity;
  phase: Phase;
  cites: Cite[];
  findings: Finding[];
  /** When outcome is 'error': what went wrong. */
  error?: string;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface AuditReport {
  engine: { name: 'zfgs'; version: string };
  /** The audited page, or the site's start page in site mode. */
  url: string;
  /** Every page audited (one in page mode). */
  pages: string[];
  timestamp: string;
  /** The `now` the rules judged against (YYYY-MM-DD). */
  now: string;
  profile: ProfileId;
  locale: 'zh-CN' | 'en';
  counts: { byOutcome: OutcomeCounts; byPhase: Record<Phase, OutcomeCounts> };
  results: RuleResult[];
  /** Catalogue ids not checked automatically, and what extraction could not read. */
  notChecked: { id: string; reason: string }[];
}
