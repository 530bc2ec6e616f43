// The widget gallery: every widget × every named example of widgets/examples.ts, in Chinese and English, with the
// large-text and high-contrast switches. The widgets themselves come from /dist/widgets/zfgs.js, loaded by the page
// exactly as a CMS page would; this module only lays out examples, each as the island a webmaster would write.
import { WIDGET_EXAMPLES } from '../../widgets/examples.ts';
import type { WidgetExample } from '../../widgets/base/examples.ts';
import type { SchemaKind } from '../../shared/schema/index.ts';

const LANGUAGES = [
  { lang: 'zh-CN', label: '中文' },
  { lang: 'en', label: 'English' },
] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** JSON as it sits in a <script> element: `<` escaped so no data can end the element. */
function islandJson(data: unknown, space?: number): string {
  return JSON.stringify(data, null, space).replace(/</g, '\\u003c');
}

function island(kind: string | undefined, data: unknown): HTMLScriptElement {
  const script = element('script', { type: 'application/json', textContent: islandJson(data) });
  if (kind) script.dataset['zfgsKind'] = kind;
  return script;
}

function widget(tag: string, example: WidgetExample<SchemaKind>, lang: string): HTMLElement {
  const node = document.createElement(tag);
  node.setAttribute('lang', lang);
  node.setAttribute('heading-level', '4');
  for (const [name, value] of Object.entries(example.attributes ?? {})) node.setAttribute(name, value);
  // The no-JavaScript fallback a webmaster would keep: here, just the example's name.
  node.append(element('p', {}, lang === 'en' ? example.title.en : example.title['zh-CN']), island(undefined, example.data));
  for (const companion of example.islands ?? []) node.append(island(companion.kind, companion.data));
  return node;
}

/** The embed code of an example, as a webmaster would paste it into a CMS page. */
function embedCode(tag: string, example: WidgetExample<SchemaKind>): string {
  const attributes = Object.entries(example.attributes ?? {})
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  const companions = (example.islands ?? []).map((each) => `\n  <script type="application/json" data-zfgs-kind="${each.kind}">${islandJson(each.data)}</script>`).join('');
  return `<script type="module" src="/zfgs/zfgs.js"></script>\n<${tag}${attributes}>\n  <script type="application/json">${islandJson(example.data)}</script>${companions}\n</${tag}>`;
}

function renderGallery(): void {
  const contents = document.getElementById('contents')!;
  const gallery = document.getElementById('gallery')!;
  for (const registry of WIDGET_EXAMPLES) {
    const id = registry.tag;
    contents.append(element('li', {}, element('a', { href: `#${id}` }, element('code', {}, `<${registry.tag}>`))));
    const section = element('section', { className: 'widget-section', id });
    section.setAttribute('aria-labelledby', `${id}-heading`);
    section.append(element('h2', { id: `${id}-heading` }, element('code', {}, `<${registry.tag}>`)));
    for (const example of registry.examples) {
      const block = element('div', { className: 'example', id: `${id}--${example.name}` });
      const title = element('h3', {}, example.title['zh-CN'], ' ', element('span', { lang: 'en', className: 'example-en' }, example.title.en));
      const pair = element('div', { className: 'pair' });
      for (const { lang, label } of LANGUAGES) {
        const column = element('div', { lang });
        column.setAttribute('role', 'group');
        column.setAttribute('aria-label', label);
        column.append(widget(registry.tag, example, lang));
        pair.append(column);
      }
      const embed = element('details', { className: 'embed' }, element('summary', {}, '嵌入代码 ', element('span', { lang: 'en' }, 'Embed code')), element('pre', {}, element('code', {}, embedCode(registry.tag, example))));
      block.append(title, pair, embed);
      section.append(block);
    }
    gallery.append(section);
  }
}

/** The display switches set the widgets' own attributes, as a site-wide 适老化 switch would. */
function bindModes(): void {
  const widgets = () => document.querySelectorAll<HTMLElement>('#gallery [lang] > [heading-level]');
  const largeText = document.getElementById('large-text') as HTMLInputElement;
  const highContrast = document.getElementById('high-contrast') as HTMLInputElement;
  largeText.addEventListener('change', () => widgets().forEach((node) => node.toggleAttribute('large-text', largeText.checked)));
  highContrast.addEventListener('change', () =>
    widgets().forEach((node) => (highContrast.checked ? node.setAttribute('contrast', 'high') : node.removeAttribute('contrast'))),
  );
}

renderGallery();
bindModes();
