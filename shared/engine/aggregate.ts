// From findings to results and totals. A rule's outcome follows its worst finding (fail > review > pass;
// none → inapplicable); an advisory rule's fail is shown as review. In page mode each Snapshot is judged
// on its own and the findings of all pages are merged; in site mode the rule sees every page at once, so
// an item present on any page counts (see rules/support/presence.ts) and decisions are counted once.
import type { Phase } from '../catalogue/types.ts';
import type { RuleFinding } from '../rules/types.ts';
import type { Finding, Outcome, OutcomeCounts, RuleResult } from './report.ts';

/** Findings kept per rule; the rest are summed up in one finding so a 50,000-row page gives a readable report. */
export const MAX_FINDINGS_PER_RULE = 200;

const RANK: Readonly<Record<Finding['status'], number>> = { fail: 0, review: 1, pass: 2 };

export function outcomeOf(findings: readonly Pick<Finding, 'status'>[]): Outcome {
  if (findings.some((finding) => finding.status === 'fail')) return 'fail';
  if (findings.some((finding) => finding.status === 'review')) return 'review';
  return findings.length > 0 ? 'pass' : 'inapplicable';
}

/** Advisory rules (编制 without 公开, or a target) never fail: their fails are for review. */
export function softenAdvisory<F extends RuleFinding>(findings: readonly F[]): F[] {
  return findings.map((finding) => (finding.status === 'fail' ? { ...finding, status: 'review' } : finding));
}

/** Worst first, at most MAX_FINDINGS_PER_RULE, plus one finding counting what was left out. */
export function capFindings<F extends RuleFinding>(findings: readonly F[]): (F | Finding)[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return [...findings];
  const sorted = [...findings].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const kept = sorted.slice(0, MAX_FINDINGS_PER_RULE - 1);
  const left = sorted.slice(MAX_FINDINGS_PER_RULE - 1);
  const count = (status: Finding['status']) => left.filter((finding) => finding.status === status).length;
  const worst = left[0]!;
  return [...kept, { status: worst.status, target: [], snippet: '', reason: 'moreFindings', data: { count: left.length, fail: count('fail'), review: count('review'), pass: count('pass') } }];
}

export function emptyCounts(): OutcomeCounts {
  return { fail: 0, review: 0, pass: 0, inapplicable: 0, error: 0 };
}

export function countOutcomes(results: readonly RuleResult[]): { byOutcome: OutcomeCounts; byPhase: Record<Phase, OutcomeCounts> } {
  const byOutcome = emptyCounts();
  const byPhase: Record<Phase, OutcomeCounts> = { pre: emptyCounts(), during: emptyCounts(), post: emptyCounts() };
  for (const result of results) {
    byOutcome[result.outcome] += 1;
    byPhase[result.phase][result.outcome] += 1;
  }
  return { byOutcome, byPhase };
}
