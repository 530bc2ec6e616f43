// officer-credential-valid: no officer is listed with an expired, suspended or revoked certificate
// (wh-gs 5(4) 有效期; sd 二(一)2; hb (二十二)). A list that shows neither validity nor status cannot be judged:
// review, once per list.
import type { RuleFinding as Finding } from './types.ts';
import { officersOnPage, type OfficerRecord } from './support/officers.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule, RuleContext } from './types.ts';

function officerFinding(context: RuleContext, officer: OfficerRecord, status: Finding['status'], reason: string, data: Finding['data']): Finding {
  return { status, target: officer.target, url: officer.url, snippet: lazySnippet(context, officer.text), reason, data };
}

export const officerCredentialValid: Rule = {
  id: 'officer-credential-valid',
  reasons: ['expired', 'revoked', 'suspended', 'noValidity', 'allValid'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const lists = new Map<string, OfficerRecord[]>();
    for (const officer of snapshots.flatMap(officersOnPage)) {
      const key = `${officer.url} ${officer.list.join(' ')}`;
      const list = lists.get(key);
      if (list) list.push(officer);
      else lists.set(key, [officer]);
    }
    for (const officers of lists.values()) {
      let problems = 0;
      for (const officer of officers) {
        if (officer.status === 'revoked' || officer.status === 'suspended') {
          problems += 1;
          findings.push(officerFinding(context, officer, 'fail', officer.status, { name: officer.name }));
        } else if (officer.validUntil !== undefined && officer.validUntil < context.now) {
          problems += 1;
          findings.push(officerFinding(context, officer, 'fail', 'expired', { name: officer.name, date: officer.validUntil }));
        }
      }
      const first = officers[0]!;
      const isJudged = officers.every((officer) => officer.validUntil !== undefined || officer.status !== undefined);
      if (!isJudged) findings.push(officerFinding(context, first, 'review', 'noValidity', { count: officers.length }));
      else if (problems === 0) findings.push({ ...officerFinding(context, first, 'pass', 'allValid', { count: officers.length }), target: first.list });
    }
    return findings;
  },
};
