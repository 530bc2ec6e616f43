// axe-core over every named example of every widget in the registry (widgets/examples.ts), so widgets added later
// are checked without touching this file: Chinese; English in large-text mode; high contrast. Zero violations.
import { expect } from '@open-wc/testing';
import '../../widgets/index.ts';
import { WIDGET_EXAMPLES } from '../../widgets/examples.ts';
import { renderExample } from './support.ts';

const MODES: Record<string, string>[] = [{}, { lang: 'en', 'large-text': '' }, { contrast: 'high' }];

for (const registry of WIDGET_EXAMPLES) {
  describe(`<${registry.tag}> accessibility (axe)`, () => {
    for (const example of registry.examples) {
      it(`"${example.name}" has no violations, also in English large-text and in high contrast`, async function () {
        this.timeout(120_000);
        for (const attributes of MODES) {
          const element = await renderExample(registry.tag, example, attributes);
          await expect(element, JSON.stringify(attributes)).to.be.accessible();
          element.remove(); // one widget at a time: a real page has one block of each kind
        }
      });
    }
  });
}
