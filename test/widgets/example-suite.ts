// The checks every widget gets from its named examples: each renders without an error box in both languages,
// passes axe-core with zero violations (also in large-text and high-contrast modes), keeps its island equal to
// the data, and reports invalid data naming a field. Widget test files add their own behaviour on top.
import { expect } from '@open-wc/testing';
import type { SchemaKind } from '../../shared/schema/index.ts';
import type { WidgetExamples } from '../../widgets/base/examples.ts';
import type { ZfgsInvalidDetail } from '../../widgets/base/events.ts';
import { container, isFallbackShown, renderExample } from './support.ts';

export function describeExamples<K extends SchemaKind>(registry: WidgetExamples<K>): void {
  describe(`<${registry.tag}> named examples`, () => {
    for (const example of registry.examples) {
      for (const lang of ['zh-CN', 'en'] as const) {
        it(`renders "${example.name}" in ${lang} without an error, the island holding its data`, async () => {
          const element = await renderExample(registry.tag, example, { lang });
          const root = element.shadowRoot!;
          expect(root.querySelector('[role="alert"]'), root.querySelector('[role="alert"]')?.textContent ?? '').to.equal(null);
          expect(root.querySelector('[part="heading"]')!.textContent!.trim()).not.to.equal('');
          expect(isFallbackShown(element)).to.equal(false);
          const island = element.querySelector(`script[data-zfgs-kind="${registry.kind}"]`)!;
          expect(JSON.parse(island.textContent!)).to.deep.equal(example.data);
        });
      }
      it(`"${example.name}" is accessible (axe), also in large-text and high-contrast modes`, async () => {
        const modes: Record<string, string>[] = [{}, { lang: 'en', 'large-text': '' }, { contrast: 'high' }];
        for (const attributes of modes) {
          const element = await renderExample(registry.tag, example, attributes);
          await expect(element, JSON.stringify(attributes)).to.be.accessible();
          element.remove(); // one widget at a time: the page of a real site has one block of each kind
        }
      });
    }

    it('shows invalid data as an accessible error naming the field, and fires zfgs-invalid', async () => {
      const wrapper = container();
      const issues: ZfgsInvalidDetail[] = [];
      wrapper.addEventListener('zfgs-invalid', (event) => issues.push(event.detail));
      const element = document.createElement(registry.tag) as HTMLElement & { data: unknown; settled: Promise<void> };
      element.innerHTML = '<p>后备内容</p>';
      element.data = { ...registry.examples[0]!.data, updated: '2024-02-30' };
      wrapper.append(element);
      await element.settled;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.updated');
      expect(isFallbackShown(element)).to.equal(true);
      expect(issues.map((detail) => detail.issues.map((issue) => issue.path))).to.deep.equal([['$.updated']]);
      await expect(element).to.be.accessible();
    });
  });
}
