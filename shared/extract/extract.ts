// DOM → Snapshot: the only DOM code in shared/ (issue: audit engine).
// One iterative pass in document order over the light DOM, open shadow roots and same-origin frames.
// It reads only node data and attributes: no getComputedStyle, no innerText, no layout, no recursion, no
// Node APIs (the extension injects this module into pages). Whether an element shows is judged from markup
// alone (hidden, inline display:none, content of a shadow host that no slot shows).
import { attachmentExtension } from './attachments.ts';
import { findDates } from './dates.ts';
import { createPathNode, createTree, targetOf, type PathNode, type Tree } from './element-path.ts';
import { ISLAND_KIND_ATTRIBUTE, ISLAND_VERSION_ATTRIBUTE } from './island.ts';
import type {
  AttachmentLink, DataIsland, DateMention, HeadingInfo, ImageInfo, LinkInfo, Snapshot, TableInfo, TextRun,
} from './snapshot.ts';
import { collapseWhitespace } from './text.ts';

export interface ExtractOptions {
  /** Stop collecting text after this many characters (the Snapshot says it was truncated). */
  maxTextLength?: number;
}

export const DEFAULT_MAX_TEXT_LENGTH = 20_000_000;
/** A table cell longer than this is a layout cell holding a page section: its text is cut. */
const MAX_CELL_LENGTH = 2_000;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never shown as page text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'textarea', 'select', 'input', 'object', 'embed',
  'canvas', 'audio', 'video', 'meta', 'link', 'base',
]);
const FRAME_TAGS = new Set(['iframe', 'frame']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// What entering an element opened, so leaving it closes exactly that.
const OPENED_BLOCK = 1;
const OPENED_HEADING = 2;
const OPENED_LINK = 4;
const OPENED_TABLE = 8;
const OPENED_ROW = 16;
const OPENED_CELL = 32;
const OPENED_CAPTION = 64;

interface TableBuilder {
  node: PathNode;
  caption: string[] | undefined;
  rows: string[][];
  rowNodes: PathNode[];
  /** Index of the row that is the header (thead or all th), if any. */
  headerRow: number | undefined;
  row: string[] | undefined;
  rowNode: PathNode | undefined;
  /** The current row is in a thead, or all its cells so far are th. */
  isHeaderRow: boolean;
  cell: string[] | undefined;
}

interface Collector {
  node: PathNode;
  parts: string[];
  /** Heading level, or 0. */
  level: number;
  href: string;
}

interface Entry {
  /** The element whose children these are (undefined for a tree's root list). */
  owner: PathNode | undefined;
  opened: number;
  next: Node | null;
  tree: Tree;
  isRendered: boolean;
  /** Children of a shadow host: only those a slot shows are rendered. */
  isHostLight: boolean;
  /** False for the shadow-root entry of a host (the host is left when its light children are done). */
  shouldLeave: boolean;
}

function isTextNode(node: Node): node is Text {
  return node.nodeType === 3 || node.nodeType === 4;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function headingLevel(element: Element): number {
  const tag = element.localName;
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (element.getAttribute('role') === 'heading') return Number(element.getAttribute('aria-level')) || 2;
  return 0;
}

function absoluteUrl(element: Element, attribute: 'href' | 'src'): string | undefined {
  const value = (element as unknown as Record<string, unknown>)[attribute];
  if (typeof value === 'string' && value !== '') return value; // HTML elements resolve against the base URL
  return element.getAttribute(attribute) ?? undefined;
}

function frameDocument(element: Element): Document | null | undefined {
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return undefined; // cross-origin frames throw in some engines
  }
}

const DATA_LIKE = /[0-9０-９]{3}|年.*月|[-./][0-9]{1,2}[-./]/u;

/** A first row of short, distinct labels above more rows: how legacy pages write headers with td and <b>. */
function looksLikeHeaderRow(rows: readonly string[][]): boolean {
  const first = rows[0];
  if (!first || rows.length < 2 || first.length < 2) return false;
  return new Set(first).size === first.length && first.every((cell) => cell !== '' && cell.length <= 16 && !DATA_LIKE.test(cell));
}

/**
 * Headers are the th/thead row, else a first row that looks like labels; a single-cell first row above
 * such a row is the table's title (legacy pages put it there instead of a caption).
 */
function tableInfo(builder: TableBuilder): TableInfo {
  let caption = builder.caption && collapseWhitespace(builder.caption.join(''));
  let headerIndex: number | undefined;
  if (builder.headerRow === 0) headerIndex = 0;
  else if (looksLikeHeaderRow(builder.rows)) headerIndex = 0;
  else if (builder.rows[0]?.length === 1 && looksLikeHeaderRow(builder.rows.slice(1))) {
    caption ||= builder.rows[0][0];
    headerIndex = 1;
  }
  const bodyStart = headerIndex === undefined ? 0 : headerIndex + 1;
  const info: TableInfo = {
    headers: headerIndex === undefined ? [] : builder.rows[headerIndex]!,
    rows: builder.rows.slice(bodyStart),
    target: targetOf(builder.node),
    rowTargets: builder.rowNodes.slice(bodyStart).map(targetOf),
  };
  if (caption) info.caption = caption;
  return info;
}

/** Reads a Document (with its open shadow roots and same-origin frames) into a Snapshot. Never throws. */
export function extractSnapshot(document: Document, options: ExtractOptions = {}): Snapshot {
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const runs: { text: string; node: PathNode }[] = [];
  const headings: { level: number; text: string; node: PathNode }[] = [];
  const links: { href: string; text: string; node: PathNode }[] = [];
  const images: { src: string; alt: string; node: PathNode }[] = [];
  const tables: { builder: TableBuilder }[] = [];
  const islands: (Omit<DataIsland, 'target'> & { node: PathNode })[] = [];
  const dates: DateMention[] = [];
  const notes: string[] = [];
  let textLength = 0;
  let isTruncated = false;
  let nodeCount = 0;
  let skippedFrames = 0;

  let runOwner: PathNode | undefined;
  let runParts: string[] = [];
  const blockOwners: (PathNode | undefined)[] = [];
  let heading: Collector | undefined;
  let link: Collector | undefined;
  const tableStack: TableBuilder[] = [];

  function flushRun(): void {
    if (runParts.length === 0) return;
    const parts = runParts;
    runParts = [];
    if (!runOwner) return;
    const text = collapseWhitespace(parts.join(''));
    if (text === '') return;
    const run = runs.length;
    runs.push({ text, node: runOwner });
    for (const date of findDates(text)) dates.push({ ...date, run });
    textLength += text.length;
    if (textLength > maxTextLength) isTruncated = true;
  }

  function addText(value: string): void {
    runParts.push(value);
    if (heading) heading.parts.push(value);
    if (link) link.parts.push(value);
    const table = tableStack[tableStack.length - 1];
    if (table?.cell) table.cell.push(value);
    else if (table?.caption) table.caption.push(value);
  }

  function readIsland(element: Element, node: PathNode): void {
    const kind = element.getAttribute(ISLAND_KIND_ATTRIBUTE);
    if (kind === null || element.getAttribute('type')?.trim().toLowerCase() !== 'application/json') return;
    const annotations: Record<string, string> = {};
    for (const attribute of element.attributes) {
      const name = attribute.name;
      if (name.startsWith('data-zfgs-') && name !== ISLAND_KIND_ATTRIBUTE && name !== ISLAND_VERSION_ATTRIBUTE) {
        annotations[name.slice('data-zfgs-'.length)] = attribute.value;
      }
    }
    const island: Omit<DataIsland, 'target'> & { node: PathNode } = { kind, annotations, node };
    const version = element.getAttribute(ISLAND_VERSION_ATTRIBUTE);
    if (version !== null) island.version = version;
    try {
      island.data = JSON.parse(element.textContent ?? '') as unknown;
    } catch (error) {
      island.error = error instanceof Error ? error.message : String(error);
    }
    islands.push(island);
  }

  /** Opens the collectors an element starts; returns what it opened. */
  function enter(element: Element, node: PathNode, tag: string): number {
    let opened = 0;
    if (BLOCK_TAGS.has(tag) || tag.includes('-')) {
      flushRun();
      blockOwners.push(runOwner);
      runOwner = node;
      opened |= OPENED_BLOCK;
    }
    if (isTruncated) return opened;
    const level = heading ? 0 : headingLevel(element);
    if (level > 0) {
      heading = { node, parts: [], level, href: '' };
      opened |= OPENED_HEADING;
    }
    if (tag === 'a' && !link && element.hasAttribute('href')) {
      link = { node, parts: [], level: 0, href: absoluteUrl(element, 'href') ?? '' };
      opened |= OPENED_LINK;
    }
    const table = tableStack[tableStack.length - 1];
    switch (tag) {
      case 'table':
        tableStack.push({ node, caption: undefined, rows: [], rowNodes: [], headerRow: undefined, row: undefined, rowNode: undefined, isHeaderRow: true, cell: undefined });
        opened |= OPENED_TABLE;
        break;
      case 'tr':
        if (table && !table.row) {
          table.row = [];
          table.rowNode = node;
          table.isHeaderRow = true;
          opened |= OPENED_ROW;
        }
        break;
      case 'td':
      case 'th':
        if (table?.row && !table.cell) {
          table.cell = [];
          if (tag === 'td' && element.parentElement?.parentElement?.localName !== 'thead') table.isHeaderRow = false;
          opened |= OPENED_CELL;
        }
        break;
      case 'caption':
        if (table && !table.caption) {
          table.caption = [];
          opened |= OPENED_CAPTION;
        }
        break;
      case 'br':
        flushRun();
        break;
      case 'img': {
        const alt = collapseWhitespace(element.getAttribute('alt') ?? element.getAttribute('title') ?? '');
        images.push({ src: absoluteUrl(element, 'src') ?? '', alt, node });
        if (link && alt) link.parts.push(alt);
        break;
      }
    }
    return opened;
  }

  function leave(node: PathNode, opened: number): void {
    const table = tableStack[tableStack.length - 1];
    if (opened & OPENED_CELL && table?.cell && table.row) {
      table.row.push(collapseWhitespace(table.cell.join('')).slice(0, MAX_CELL_LENGTH));
      table.cell = undefined;
    }
    if (opened & OPENED_ROW && table?.row) {
      if (table.row.some((cell) => cell !== '')) {
        if (table.isHeaderRow && table.headerRow === undefined && table.rows.length === 0) table.headerRow = 0;
        table.rows.push(table.row);
        table.rowNodes.push(table.rowNode!);
      }
      table.row = undefined;
      table.rowNode = undefined;
    }
    if (opened & OPENED_CAPTION && table) table.caption ??= [];
    if (opened & OPENED_TABLE && table) {
      tableStack.pop();
      if (table.rows.length > 0) tables.push({ builder: table });
    }
    if (opened & OPENED_LINK && link) {
      const element = link;
      link = undefined;
      links.push({ href: element.href, text: collapseWhitespace(element.parts.join('')), node: element.node });
    }
    if (opened & OPENED_HEADING && heading) {
      const text = collapseWhitespace(heading.parts.join(''));
      if (text !== '') headings.push({ level: heading.level, text, node: heading.node });
      heading = undefined;
    }
    if (opened & OPENED_BLOCK) {
      flushRun();
      runOwner = blockOwners.pop();
    }
  }

  const stack: Entry[] = [];

  function pushTree(root: Document | ShadowRoot, first: Node | null, host: PathNode | undefined, isShadow: boolean, isRendered: boolean): void {
    stack.push({ owner: undefined, opened: 0, next: first, tree: createTree(root, host, isShadow), isRendered, isHostLight: false, shouldLeave: false });
  }

  try {
    if (document.documentElement) pushTree(document, document.documentElement, undefined, false, true);
    while (stack.length > 0) {
      const entry = stack[stack.length - 1]!;
      const child = entry.next;
      if (child === null) {
        stack.pop();
        if (entry.shouldLeave && entry.owner) leave(entry.owner, entry.opened);
        continue;
      }
      entry.next = child.nextSibling;
      nodeCount += 1;
      const isRendered = entry.isRendered && (!entry.isHostLight || (child as Element | Text).assignedSlot != null);
      if (isTextNode(child)) {
        if (isRendered && !isTruncated) addText(child.data);
        continue;
      }
      if (!isElement(child)) continue;
      const node = createPathNode(entry.tree, entry.owner, child);
      const tag = node.tag;
      if (SKIPPED_TAGS.has(tag)) {
        if (tag === 'script') readIsland(child, node);
        continue;
      }
      if (FRAME_TAGS.has(tag)) {
        const frameDoc = frameDocument(child);
        if (frameDoc?.documentElement) pushTree(frameDoc, frameDoc.documentElement, node, false, isRendered);
        else if (frameDoc === undefined || (child.getAttribute('src') ?? 'about:blank') !== 'about:blank') skippedFrames += 1;
        continue;
      }
      const isShown = isRendered && !isHiddenByMarkup(child);
      const opened = isShown ? enter(child, node, tag) : 0;
      const shadowRoot = child.shadowRoot;
      stack.push({ owner: node, opened, next: child.firstChild, tree: entry.tree, isRendered: isShown, isHostLight: shadowRoot !== null, shouldLeave: true });
      if (shadowRoot) pushTree(shadowRoot, shadowRoot.firstChild, node, true, isShown);
    }
  } catch (error) {
    notes.push(`抽取中断 extraction stopped early: ${error instanceof Error ? error.message : String(error)}`);
  }
  flushRun();

  const text: TextRun[] = runs.map((run) => ({ text: run.text, target: targetOf(run.node) }));
  const headingInfos: HeadingInfo[] = headings.map((item) => ({ level: item.level, text: item.text, target: targetOf(item.node) }));
  const linkInfos: LinkInfo[] = [];
  const attachments: AttachmentLink[] = [];
  for (const item of links) {
    const info: LinkInfo = { href: item.href, text: item.text, target: targetOf(item.node) };
    linkInfos.push(info);
    const extension = attachmentExtension(item.href);
    if (extension) attachments.push({ ...info, extension });
  }
  const tableInfos = tables.map(({ builder }) => tableInfo(builder));
  const imageInfos: ImageInfo[] = images.map((image) => ({ src: image.src, alt: image.alt, target: targetOf(image.node) }));

  const snapshot: Snapshot = {
    url: document.URL,
    title: collapseWhitespace(document.title ?? ''),
    capturedAt: new Date().toISOString(),
    text,
    headings: headingInfos,
    links: linkInfos,
    tables: tableInfos,
    dates,
    islands: islands.map(({ node, ...island }) => ({ ...island, target: targetOf(node) })),
    attachments,
    images: imageInfos,
    limits: { truncated: isTruncated, nodeCount, skippedFrames, notes },
  };
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) snapshot.lang = lang;
  return snapshot;
}
