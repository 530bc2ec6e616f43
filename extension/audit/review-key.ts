// The key a review mark is remembered by: what the finding says, not where it sits. A page redesign that
// moves a leaked number to another element keeps its mark; a changed number gets a new key (and the old
// mark is reported stale). Built from the rule id, the reason and the masked snippet — or, for findings
// without a snippet (a missing item), the reason's data — normalized for whitespace and width.
import type { Finding } from '../../shared/engine/report.ts';
import { sha256Hex } from './evidence.ts';

export function normalizeContent(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function sortedData(data: Finding['data']): string {
  return JSON.stringify(Object.keys(data).sort().map((key) => [key, data[key]]));
}

export function reviewContent(ruleId: string, finding: Pick<Finding, 'reason' | 'snippet' | 'data'>): string {
  const content = finding.snippet ? normalizeContent(finding.snippet) : sortedData(finding.data);
  return `${ruleId}\u0000${finding.reason}\u0000${content}`;
}

export function reviewKey(ruleId: string, finding: Pick<Finding, 'reason' | 'snippet' | 'data'>): Promise<string> {
  return sha256Hex(reviewContent(ruleId, finding));
}
