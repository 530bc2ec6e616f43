// The XSS harness: every known vector (test/fixtures/xss-vectors.ts) in every string and markdown field of every
// named example of every widget (the widgets/examples.ts registry, so widgets added later are covered without
// touching this file). Vectors rotate over the fields, one round per vector, so each field sees each vector.
// Each round renders two variants of every example: the data with every free-text field replaced and kept valid
// (fields whose schema refuses the vector — dates, links, codes — get their original value back), which goes down
// the render path; and the data with every string replaced, which goes down the invalid-data path. Afterwards no
// vector may have run (window.__xssTriggered and alert are traps) and no event-handler attribute, javascript:,
// vbscript: or data: URL, script, iframe, object or embed may be anywhere in the light or shadow DOM.
import { expect, waitUntil } from '@open-wc/testing';
import '../../widgets/index.ts';
import { WIDGET_EXAMPLES } from '../../widgets/examples.ts';
import type { WidgetExample } from '../../widgets/base/examples.ts';
import { validate, type SchemaKind } from '../../shared/schema/index.ts';
import { XSS_VECTORS } from '../fixtures/xss-vectors.ts';
import { container } from './support.ts';

declare global {
  interface Window {
    __xssTriggered: (vector: unknown) => void;
  }
}

const triggered: unknown[] = [];
window.__xssTriggered = (vector) => triggered.push(vector);
window.alert = (message?: unknown) => triggered.push(`alert ${String(message)}`);

type Key = string | number;
type Widget = HTMLElement & { data: unknown; settled: Promise<void> };

/** Paths of every string leaf of a JSON value. */
function stringPaths(value: unknown, path: Key[] = []): Key[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function getAt(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Key, unknown> | undefined)?.[key], root);
}

function setAt(root: unknown, path: readonly Key[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<Key, unknown>;
  parent[path[path.length - 1]!] = value;
}

/** `$.items[3]["a b"].validUntil` → ['items', 3, 'a b', 'validUntil']. */
function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]!) as string)));
  }
  return keys;
}

/** Replaces every string of `data`, the field at position i getting vector (i + round) mod the vector count. */
function injected(data: unknown, round: number, offset: number): unknown {
  const copy = structuredClone(data);
  stringPaths(copy).forEach((path, index) => setAt(copy, path, XSS_VECTORS[(offset + index + round) % XSS_VECTORS.length]));
  return copy;
}

/** Gives back their original value to the fields whose schema refuses the vector, until the data is valid. */
function keptValid(kind: SchemaKind, original: unknown, data: unknown): unknown {
  const copy = structuredClone(data);
  for (let pass = 0; pass < 8; pass += 1) {
    const result = validate(kind, copy);
    if (result.ok) return copy;
    for (const issue of result.issues) {
      const path = parsePath(issue.path);
      // A rule across fields (dates in order, unique numbers) may point at a field that kept its vector: restore it.
      setAt(copy, path, structuredClone(getAt(original, path)));
    }
  }
  throw new Error(`could not keep ${kind} valid: ${JSON.stringify(validate(kind, copy))}`);
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'srcset', 'ping'];
const FORBIDDEN_ELEMENTS = 'iframe, frame, object, embed, base, meta, applet, script:not([type="application/json"])';

/** Everything a vector could have left behind in `root` and every shadow root under it. */
function dangerousNodes(root: Element | ShadowRoot, found: string[] = []): string[] {
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
  for (const element of elements) {
    if (element.matches(FORBIDDEN_ELEMENTS)) found.push(`<${element.localName}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} attribute on <${element.localName}>`);
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push(`${name}="${attribute.value}" on <${element.localName}>`);
      if (name === 'style' && /javascript:|expression\(/.test(value)) found.push(`style="${attribute.value}" on <${element.localName}>`);
    }
    if (element.shadowRoot) dangerousNodes(element.shadowRoot, found);
  }
  return found;
}

function widgetFor(tag: string, example: WidgetExample<SchemaKind>, data: unknown, islands: readonly { kind: SchemaKind; data: unknown }[]): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(example.attributes ?? {})) element.setAttribute(name, value);
  element.append(Object.assign(document.createElement('p'), { textContent: '后备内容' }));
  element.data = data;
  for (const island of islands) {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(island.data) });
    script.dataset['zfgsKind'] = island.kind;
    element.append(script);
  }
  return element;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('XSS harness', () => {
  it(`has ${XSS_VECTORS.length} vectors, at least 100`, () => {
    expect(XSS_VECTORS.length).to.be.at.least(100);
    expect(new Set(XSS_VECTORS).size).to.equal(XSS_VECTORS.length);
  });

  it('can tell when a vector runs (the trap is live)', async () => {
    const probe = container();
    probe.innerHTML = XSS_VECTORS.find((vector) => vector.startsWith('<img src=x onerror='))!;
    await waitUntil(() => triggered.length > 0, 'the trap never fired', { timeout: 5000 });
    triggered.length = 0;
  });

  it('can find a handler attribute and a javascript: URL inside a shadow root', () => {
    const host = container().appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML = '<a href=" JaVa\tScript:void(0)">x</a><img alt="" onerror="void 0">';
    expect(dangerousNodes(host)).to.have.length(2);
  });

  for (const registry of WIDGET_EXAMPLES) {
    it(`<${registry.tag}>: ${XSS_VECTORS.length} vectors in every field of ${registry.examples.length} examples run nothing and leave nothing`, async function () {
      this.timeout(600_000);
      triggered.length = 0; // one widget's failure must not be blamed on the next
      const stage = container();
      let offset = 0;
      const fieldsSeen = new Set<string>();
      for (let round = 0; round < XSS_VECTORS.length; round += 1) {
        const widgets: Widget[] = [];
        for (const example of registry.examples) {
          const companions = example.islands ?? [];
          const all = injected(example.data, round, offset);
          const valid = keptValid(registry.kind, example.data, all);
          const validIslands = companions.map((island, index) => ({ kind: island.kind, data: keptValid(island.kind, island.data, injected(island.data, round, offset + index + 1)) }));
          const allIslands = companions.map((island, index) => ({ kind: island.kind, data: injected(island.data, round, offset + index + 1) }));
          if (round === 0) for (const path of stringPaths(valid)) if (getAt(valid, path) !== getAt(example.data, path)) fieldsSeen.add(`${example.name}:${path.join('.')}`);
          widgets.push(widgetFor(registry.tag, example, valid, validIslands), widgetFor(registry.tag, example, all, allIslands));
          offset += 7; // examples start their rotation at different vectors
        }
        stage.append(...widgets);
        await Promise.all(widgets.map((widget) => widget.settled));
        await nextTask();
        expect(triggered, `round ${round}`).to.deep.equal([]);
        for (const widget of widgets) expect(dangerousNodes(widget), `round ${round}`).to.deep.equal([]);
        stage.replaceChildren();
      }
      // The render path really carried vectors (not only the error path).
      expect(fieldsSeen.size, 'free-text fields that rendered a vector').to.be.greaterThan(0);
    });
  }
});
