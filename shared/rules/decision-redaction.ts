// decision-redaction: personal data hidden in published decisions — natural persons' addresses, phones,
// emails, ID numbers, bank accounts, health, and names other than the party's; companies' bank accounts
// (hz-gs 10; hz-gs 11; zc 19; qp 二(一); hb 二). "Other unsuitable content" is for a person (notChecked).
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf } from './support/decisions.ts';
import { passesByPage, scanOptionsOf } from './support/decision-findings.ts';
import { personalDataIn } from './support/decision-leaks.ts';
import { sectionsOfKind } from './support/islands.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

export const decisionRedaction: Rule = {
  id: 'decision-redaction',
  reasons: ['leak', 'authorIslandMasked', 'noLeaks'],
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
    // The widget masked personal data of the webmaster's own island before display (data-zfgs-masked with
    // data-zfgs-island-origin="author"): the display is safe, but the island is left as written, so the raw
    // values are in the page source. The widget's word counts even where the detectors here see nothing.
    const leakingIslands = new Set<string>();
    for (const snapshot of snapshots) {
      for (const section of sectionsOfKind(snapshot, 'decisions')) {
        const { annotations } = section.island;
        const masked = annotations['masked'];
        if (annotations['island-origin'] !== 'author' || masked === undefined || masked === '') continue;
        leakingIslands.add(`${section.url} ${section.target.join(' ')}`);
        findings.push({ status: 'fail', target: section.target, url: section.url, snippet: lazySnippet(context, `data-zfgs-masked="${masked}"`), reason: 'authorIslandMasked', data: { masked } });
      }
    }
    const isInLeakingIsland = (record: (typeof records)[number]) => record.source === 'island' && leakingIslands.has(`${record.url} ${record.target.join(' ')}`);
    return [...findings, ...passesByPage(context, records, 'noLeaks', (record) => !leaking.has(record) && !isInLeakingIsland(record))];
  },
};
