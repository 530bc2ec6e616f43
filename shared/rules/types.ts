// What a rule is: a pure function of Snapshots, a profile and a day, returning findings. The engine turns
// findings into an outcome (any fail → fail, else any review → review, else any pass → pass, none →
// inapplicable); metadata (phase, severity, cites) stays in the catalogue.
import type { Profile } from '../catalogue/profiles.ts';
import type { Finding as PersonalDataFinding, ScanOptions } from '../detectors/types.ts';
import type { Finding } from '../engine/report.ts';
import type { Snapshot } from '../extract/snapshot.ts';

export interface RuleContext {
  profile: Profile;
  /** YYYY-MM-DD: the day the rules judge against (never the clock). */
  now: string;
  /** Site mode: the Snapshots are the pages of one site, so what none of them shows is missing. */
  isSite: boolean;
  /** The personal-data scan, memoised for the run (rules and snippets scan the same texts). */
  scan(text: string, options?: ScanOptions): PersonalDataFinding[];
}

/**
 * A finding as a rule returns it: the snippet may be a function, called only for the findings the report
 * keeps (a 50,000-row list need not mask 50,000 snippets to show 200).
 */
export type RuleFinding = Omit<Finding, 'snippet'> & { snippet: string | (() => string) };

export interface Rule {
  /** The catalogue id: file name, message prefix and fixture folder. */
  id: string;
  /** Every reason key the rule emits (messages `<id>.reason.<key>` or the shared `reason.<key>`). */
  reasons: readonly string[];
  evaluate(snapshots: readonly Snapshot[], context: RuleContext): RuleFinding[];
}
