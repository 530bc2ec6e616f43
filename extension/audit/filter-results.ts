// The side panel's filters over a report: outcomes, legal phase, a text query (rule id, title, snippet,
// page) and whether findings marked "not a problem" are hidden. Pure, so it is tested without a browser.
import type { Phase } from '../../shared/catalogue/types.ts';
import type { Finding, Outcome, RuleResult } from '../../shared/engine/report.ts';

export interface ReportFilters {
  outcomes: ReadonlySet<Outcome>;
  phase: Phase | 'all';
  query: string;
  hideDismissed: boolean;
}

export const DEFAULT_FILTERS: ReportFilters = {
  outcomes: new Set<Outcome>(['fail', 'review', 'error']),
  phase: 'all',
  query: '',
  hideDismissed: false,
};

export interface FilteredResult {
  result: RuleResult;
  /** The findings that pass the filters (all of them when the query matched the rule itself). */
  findings: Finding[];
}

export function filterResults(
  results: readonly RuleResult[],
  filters: ReportFilters,
  titleOf: (ruleId: string) => string,
  isDismissed: (ruleId: string, finding: Finding) => boolean,
): FilteredResult[] {
  const query = filters.query.trim().toLowerCase();
  const filtered: FilteredResult[] = [];
  for (const result of results) {
    if (!filters.outcomes.has(result.outcome)) continue;
    if (filters.phase !== 'all' && result.phase !== filters.phase) continue;
    let findings = filters.hideDismissed ? result.findings.filter((finding) => !isDismissed(result.id, finding)) : result.findings;
    const ruleMatches = !query || result.id.toLowerCase().includes(query) || titleOf(result.id).toLowerCase().includes(query);
    if (!ruleMatches) {
      findings = findings.filter((finding) => `${finding.snippet} ${finding.url ?? ''}`.toLowerCase().includes(query));
      if (findings.length === 0) continue;
    }
    filtered.push({ result, findings });
  }
  return filtered;
}
