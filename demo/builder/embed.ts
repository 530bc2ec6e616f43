// The code a webmaster pastes into the CMS: one module script and the element, the data either in a JSON file the
// element loads (`src`) or inline as the element's data island. The light-DOM fallback says where the data is for
// readers without JavaScript. Every value is escaped; island JSON never holds a literal `<`.
import { islandText } from '../../widgets/base/island.ts';

export type EmbedMode = 'src' | 'inline';

export interface EmbedOptions {
  scriptUrl: string;
  tag: string;
  mode: EmbedMode;
  /** Where the downloaded JSON will be published (mode src). */
  jsonUrl: string;
  /** What the block is, for the fallback sentence: 行政执法人员. */
  label: string;
  data: unknown;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedCode(options: EmbedOptions): string {
  const script = `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`;
  const label = escapeText(options.label);
  if (options.mode === 'src') {
    const url = escapeAttribute(options.jsonUrl);
    return `${script}
<${options.tag} src="${url}">
  <p>${label}：请启用 JavaScript 查看，或<a href="${url}">下载数据（JSON）</a>。</p>
</${options.tag}>
`;
  }
  return `${script}
<${options.tag}>
  <p>${label}：请启用 JavaScript 查看。</p>
  <script type="application/json">${islandText(options.data)}</script>
</${options.tag}>
`;
}

/** The file name offered for the JSON download: officers-2024-05-01.json. */
export function jsonFileName(targetId: string, updated: string): string {
  return `${targetId.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-${updated}.json`;
}
