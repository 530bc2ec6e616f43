// decision-not-publishable: a decision whose party is a minor must not be published at all (hz-gs 11; minors
// under every profile). State secrets, trade secrets, privacy and security need a person (notChecked).
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, withheldDecisions, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage, scanOptionsOf } from './support/decision-findings.ts';
import { personalDataIn } from './support/decision-leaks.ts';
import { recordsMatching } from './support/decision-rows.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

const MENTIONS_MINOR = /未成年|未满十八周岁|未满18周岁/;

export const decisionNotPublishable: Rule = {
  id: 'decision-not-publishable',
  reasons: ['minor', 'mentionsMinor', 'noMinor', 'withheld'],
  evaluate(snapshots, context) {
    const findings: Finding[] = [];
    const flagged = new Set<DecisionRecord>();
    const records = decisionsOf(snapshots);
    const leaks = personalDataIn(records, context);
    const mentioning = recordsMatching(records, MENTIONS_MINOR);
    // In page order, as the records come.
    for (const record of leaks.size > 0 || mentioning.size > 0 ? records : []) {
      const perText = leaks.get(record);
      if (perText) {
        const at = record.texts.findIndex((_, index) => perText[index]?.some((found) => found.type === 'minor' && found.classification === 'leak'));
        if (at !== -1) {
          const { text, target } = record.texts[at]!;
          const minor = perText[at]!.find((found) => found.type === 'minor' && found.classification === 'leak')!;
          flagged.add(record);
          findings.push({ status: 'fail', target, url: record.url, snippet: lazySnippet(context, text, minor.start, minor.end, scanOptionsOf(record)), reason: 'minor', data: {} });
          continue;
        }
      }
      if (mentioning.has(record)) {
        flagged.add(record);
        findings.push(decisionFinding(context, record, 'review', 'mentionsMinor'));
      }
    }
    // What a widget left out on purpose (a minor's decision) is evidence the rule is kept.
    const withheld = withheldDecisions(snapshots).map(({ url, target, count, annotation }): Finding => ({ status: 'pass', target, url, snippet: lazySnippet(context, annotation), reason: 'withheld', data: { count } }));
    return [...findings, ...passesByPage(context, records, 'noMinor', (record) => !flagged.has(record)), ...withheld];
  },
};
