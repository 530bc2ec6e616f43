// Helpers shared by the widget tests.
import type { ZfgsElement } from '../../widgets/base/zfgs-element.ts';
import type { SchemaKind } from '../../shared/schema/index.ts';
import type { WidgetExample } from '../../widgets/base/examples.ts';

/**
 * An empty div in the document, removed after the test. Unlike fixture('<div>'), it does not wait for an animation
 * frame, which never comes in a background page when web-test-runner runs test files concurrently.
 */
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

const containers: HTMLDivElement[] = [];
afterEach(() => {
  for (const div of containers.splice(0)) div.remove();
});

/** Text of the widget's shadow root with whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Creates `<tag>` with an example's attributes and data (by property), waits until it has settled. */
export async function renderExample<K extends SchemaKind>(tag: string, example: WidgetExample<K>, attributes: Record<string, string> = {}): Promise<ZfgsElement<K, string>> {
  const element = document.createElement(tag) as ZfgsElement<K, string>;
  for (const [name, value] of Object.entries({ ...example.attributes, ...attributes })) element.setAttribute(name, value);
  element.data = structuredClone(example.data);
  for (const island of example.islands ?? []) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset['zfgsKind'] = island.kind;
    script.textContent = JSON.stringify(island.data);
    element.append(script);
  }
  container().append(element);
  await element.settled;
  return element;
}

/** Whether the slotted light-DOM fallback is rendered (its <slot> is in the shadow tree). */
export function isFallbackShown(element: Element): boolean {
  return element.shadowRoot?.querySelector('[part="fallback"] slot') != null;
}

/** A fetch stand-in whose answer the test releases when it chooses. */
export function holdFetch(): { release: (response: Response) => void; restore: () => void; requested: string[] } {
  const original = window.fetch;
  const requested: string[] = [];
  let release: (response: Response) => void = () => undefined;
  const answer = new Promise<Response>((resolve) => (release = resolve));
  window.fetch = (input: RequestInfo | URL) => {
    requested.push(String(input));
    return answer;
  };
  return { release: (response) => release(response), restore: () => (window.fetch = original), requested };
}
