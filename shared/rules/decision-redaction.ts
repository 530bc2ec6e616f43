// decision-redaction: personal data hidden in published decisions — natural persons' addresses, phones,
// emails, ID numbers, bank accounts, health, and names other than the party's; companies' bank accounts
// (hz-gs 10; hz-gs 11; zc 19; qp 二(一); hb 二). "Other unsuitable content" is for a person (notChecked).
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf } from './support/decisions.ts';
import { passesByPage, scanOptionsOf } from './support/decision-findings.ts';
import { personalDataIn } from './support/decision-leaks.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

export const decisionRedaction: Rule = {
  id: 'decision-redaction',
  reasons: ['leak', 'noLeaks'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const records = decisionsOf(snapshots);
    const leaking = new Set<(typeof records)[number]>();
    for (const [record, perText] of personalDataIn(records, context)) {
      const options = scanOptionsOf(record);
      record.texts.forEach(({ text, target }, index) => {
        for (const leak of perText[index] ?? []) {
          if (leak.classification !== 'leak' || leak.type === 'minor') continue;
          leaking.add(record);
          findings.push({
            status: 'fail', target, url: record.url,
            snippet: lazySnippet(context, text, leak.start, leak.end, options),
            reason: 'leak',
            data: { type: `@pii.${leak.type}`, masked: leak.masked },
          });
        }
      });
    }
    return [...findings, ...passesByPage(context, records, 'noLeaks', (record) => !leaking.has(record))];
  },
};
