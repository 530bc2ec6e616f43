// decision-not-publishable: a decision whose party is a minor must not be published at all (hz-gs 11; minors
// under every profile). State secrets, trade secrets, privacy and security need a person (notChecked).
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage, scanItemsOf, scanOptionsOf } from './support/decision-findings.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

const MENTIONS_MINOR = /未成年|未满十八周岁|未满18周岁/;

export const decisionNotPublishable: Rule = {
  id: 'decision-not-publishable',
  reasons: ['minor', 'mentionsMinor', 'noMinor'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const flagged = new Set<DecisionRecord>();
    const records = decisionsOf(snapshots);
    context.prescan(scanItemsOf(records));
    for (const record of records) {
      const options = scanOptionsOf(record);
      for (const { text, target } of record.texts) {
        const minor = context.scan(text, options).find((found) => found.type === 'minor' && found.classification === 'leak');
        if (minor) {
          flagged.add(record);
          findings.push({ status: 'fail', target, url: record.url, snippet: lazySnippet(context, text, minor.start, minor.end, options), reason: 'minor', data: {} });
          break;
        }
      }
      if (!flagged.has(record) && record.texts.some(({ text }) => MENTIONS_MINOR.test(text))) {
        flagged.add(record);
        findings.push(decisionFinding(context, record, 'review', 'mentionsMinor'));
      }
    }
    return [...findings, ...passesByPage(context, records, 'noMinor', (record) => !flagged.has(record))];
  },
};
