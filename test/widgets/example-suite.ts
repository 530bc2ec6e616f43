// The checks every widget gets from its named examples: each renders without an error box in both languages and
// keeps its island equal to the data; Tab walks every control; `src` loads and its failures name the URL; invalid
// data is reported naming a field. Widget test files add their own behaviour on top; axe runs over every widget's
// examples in axe.test.ts, from the registry.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchemaKind } from '../../shared/schema/index.ts';
import type { WidgetExamples } from '../../widgets/base/examples.ts';
import type { ZfgsInvalidDetail } from '../../widgets/base/events.ts';
import { container, holdFetch, isFallbackShown, renderExample } from './support.ts';

type Widget = HTMLElement & { data: unknown; settled: Promise<void> };

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Every rendered focusable element of a widget in tab order of the composed tree: its shadow root, and at each
 * element with a shadow root of its own (a widget composed inside, as zfgs-disclosure does) the focusables there.
 */
function focusables(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(FOCUSABLE) && element.getClientRects().length > 0 && !element.closest('details:not([open]) > :not(summary)')) found.push(element);
    if (element.shadowRoot) found.push(...focusables(element.shadowRoot));
  }
  return found;
}

/** A focus stop in words, for a readable failure (chai's deep equality on DOM elements never ends). */
const describeStop = (element: Element | null) => (element ? `${element.localName} “${(element.textContent ?? '').trim().slice(0, 30)}”` : 'nothing');

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
    }

    it('is usable from the keyboard: Tab reaches every control and link of the first example, in order, and leaves', async () => {
      const stage = container();
      const before = stage.appendChild(Object.assign(document.createElement('button'), { textContent: 'before' }));
      const element = await renderExample(registry.tag, registry.examples[0]!);
      stage.append(element);
      const after = stage.appendChild(Object.assign(document.createElement('button'), { textContent: 'after' }));
      const expected = focusables(element.shadowRoot!);
      before.focus();
      const visited: Element[] = [];
      for (let step = 0; step <= expected.length; step += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        if (active === after) break;
        visited.push(active!);
      }
      expect(deepActiveElement() === after, describeStop(deepActiveElement())).to.equal(true);
      expect(visited.map(describeStop)).to.deep.equal(expected.map(describeStop));
      expect(visited.every((element, i) => element === expected[i])).to.equal(true);
    });

    it('loads its data from `src`, and names the URL when that fails (HTTP 404, malformed JSON)', async () => {
      const fetchHold = holdFetch();
      let element: Widget;
      try {
        element = document.createElement(registry.tag) as Widget;
        for (const [name, value] of Object.entries(registry.examples[0]!.attributes ?? {})) element.setAttribute(name, value);
        element.setAttribute('src', 'data/example.json');
        container().append(element);
        fetchHold.release(new Response(JSON.stringify(registry.examples[0]!.data), { headers: { 'content-type': 'application/json' } }));
        await element.settled;
      } finally {
        fetchHold.restore();
      }
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(JSON.parse(element.querySelector(`script[data-zfgs-kind="${registry.kind}"]`)!.textContent!)).to.deep.equal(registry.examples[0]!.data);
      for (const [file, words] of [
        ['missing.json', 'HTTP 404'],
        ['malformed.json', '不是有效的 JSON'],
      ]) {
        const failing = document.createElement(registry.tag) as Widget;
        failing.setAttribute('src', `/test/fixtures/widgets/${file}`);
        failing.innerHTML = '<p>后备内容</p>';
        container().append(failing);
        await failing.settled;
        const alert = failing.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
        expect(alert).to.contain(`/test/fixtures/widgets/${file}`);
        expect(alert).to.contain(words);
        expect(isFallbackShown(failing)).to.equal(true);
      }
    });

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
