// DOM → Snapshot: the only DOM code in shared/ (issue: audit engine).
// One iterative pass in document order over the light DOM, open shadow roots and same-origin frames.
// It reads only node data and attributes: no getComputedStyle, no innerText, no layout, no recursion, no
// Node APIs (the extension injects this module into pages). Whether an element shows is judged from markup
// alone (hidden, inline display:none, content of a shadow host that no slot shows).
import { attachmentExtension } from './attachments.ts';
import { findDates, type FoundDate } from './dates.ts';
import { countPlainChild, createPathNode, createTree, targetOf, targetOfChild, type PathNode, type Tree } from './element-path.ts';
import { ISLAND_KIND_ATTRIBUTE, ISLAND_VERSION_ATTRIBUTE, unlabelledIslandKind } from './island.ts';
import type {
  AttachmentLink, DataIsland, DateMention, HeadingInfo, ImageInfo, LinkInfo, Snapshot, TableInfo, Target, TextRun,
} from './snapshot.ts';
import { collapseWhitespace } from './text.ts';

export interface ExtractOptions {
  /** Stop collecting text after this many characters (the Snapshot says it was truncated). */
  maxTextLength?: number;
}

export const DEFAULT_MAX_TEXT_LENGTH = 20_000_000;
/**
 * The text of a table with more rows than this (its <tr>, or its rows that hold text when the DOM cannot say)
 * is in its TableInfo only, not in text runs as well: a 50,000-row list would otherwise double the Snapshot
 * (and the work) for nothing the rules read.
 */
export const RUN_TABLE_ROWS = 200;
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
const OPENED_HEAD = 128;

interface TableBuilder {
  node: PathNode;
  caption: string[] | undefined;
  rows: string[][];
  rowTargets: Target[];
  /** Index of the row that is the header (thead or all th), if any. */
  headerRow: number | undefined;
  row: string[] | undefined;
  rowNode: PathNode | undefined;
  /** The current row is in a thead, or all its cells so far are th. */
  isHeaderRow: boolean;
  isInHead: boolean;
  isInCaption: boolean;
  /** The collapsed texts of the runs inside the current cell, joined by spaces (undefined outside a cell). */
  cell: string | undefined;
  /**
   * The runs inside the table, held until it closes (a table of more than RUN_TABLE_ROWS rows drops them,
   * keeping its text in rows), each with the dates found in it.
   */
  pending: { run: TextRun; dates: FoundDate[] | undefined }[] | undefined;
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

// Node types, read once per node (each DOM read is a call into the browser).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that may host an open shadow root (attachShadow's list, plus every custom element). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
/** A cheap test before the date patterns run: most runs of a large page hold no date. */
const MAY_HOLD_DATE = /[0-9０-９]{4}\s*(?:年|[-./－．／][0-9０-９])|[〇○零ＯO一二三四五六七八九]\s*年/u;

function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function headingLevel(element: Element, tag: string, hasAttributes: boolean): number {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (hasAttributes && element.getAttribute('role') === 'heading') return Number(element.getAttribute('aria-level')) || 2;
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

/** The number of <tr> a table holds, from the DOM (0 where the element has no `rows`, e.g. outside HTML). */
function domRowCount(element: Element): number {
  const rows = (element as Partial<HTMLTableElement>).rows;
  return rows === undefined ? 0 : rows.length;
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
    rows: bodyStart === 0 ? builder.rows : builder.rows.slice(bodyStart),
    target: targetOf(builder.node),
    rowTargets: bodyStart === 0 ? builder.rowTargets : builder.rowTargets.slice(bodyStart),
  };
  if (caption) info.caption = caption;
  return info;
}

/**
 * The text of a table cell with no elements inside (undefined for any other, or a hidden one): its text nodes'
 * text, which textContent gives in one call into the browser. A layout cell's long text is cut.
 */
function plainCellText(cell: Element, hasAttributes: boolean): string | undefined {
  if ((hasAttributes && isHiddenByMarkup(cell)) || cell.firstElementChild !== null) return undefined;
  const text = collapseWhitespace(cell.textContent ?? '');
  return text.length > MAX_CELL_LENGTH ? text.slice(0, MAX_CELL_LENGTH) : text;
}

/** The prototype of td and th (HTMLTableCellElement's), once a cell has shown it: see isTableCell. */
let cellPrototype: object | undefined;
const isPrototypeOf = Object.prototype.isPrototypeOf;

/**
 * Whether an element is a td or a th. After the first HTML cell this asks no tag of the DOM (each read is a call
 * into the browser, ten a row in a long list): HTML gives td and th, and only them, HTMLTableCellElement's
 * prototype, and whether it is on an element's chain is a plain JavaScript question. Elements outside HTML have
 * no such prototype, so theirs is never taken for it.
 */
function isTableCell(element: Element): boolean {
  if (cellPrototype !== undefined && isPrototypeOf.call(cellPrototype, element)) return true;
  const tag = element.localName;
  if (tag !== 'td' && tag !== 'th') return false;
  // The prototype that defines cellIndex is HTMLTableCellElement's (a customised td's own one is below it).
  let prototype = Object.getPrototypeOf(element) as object | null;
  while (prototype !== null && !Object.hasOwn(prototype, 'cellIndex')) prototype = Object.getPrototypeOf(prototype) as object | null;
  if (prototype !== null) cellPrototype = prototype;
  return true;
}

/** Reads a Document (with its open shadow roots and same-origin frames) into a Snapshot. Never throws. */
export function extractSnapshot(document: Document, options: ExtractOptions = {}): Snapshot {
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const text: TextRun[] = [];
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
  const runParts: string[] = [];
  const blockOwners: (PathNode | undefined)[] = [];
  let heading: Collector | undefined;
  let link: Collector | undefined;
  const tableStack: TableBuilder[] = [];

  function flushRun(): void {
    if (runParts.length === 0) return;
    const raw = runParts.length === 1 ? runParts[0]! : runParts.join('');
    runParts.length = 0;
    if (!runOwner) return;
    const runText = collapseWhitespace(raw);
    if (runText === '') return;
    textLength += runText.length;
    // A cell's text is the runs inside it (nested tables keep theirs: they are on top of the stack then).
    const table = tableStack[tableStack.length - 1];
    if (table?.cell !== undefined) table.cell = table.cell === '' ? runText : `${table.cell} ${runText}`;
    else if (table?.isInCaption) table.caption?.push(runText);
    if (table && !table.pending) return; // a long list: its text is in its rows
    const run: TextRun = { text: runText, target: targetOf(runOwner) };
    const found = MAY_HOLD_DATE.test(runText) ? findDates(runText) : undefined;
    if (table) table.pending!.push({ run, dates: found });
    else addRun(run, found);
    if (textLength > maxTextLength) isTruncated = true;
  }

  function addRun(run: TextRun, found: FoundDate[] | undefined): void {
    const index = text.length;
    text.push(run);
    if (found) for (const date of found) dates.push(Object.assign(date, { run: index }));
  }

  function addText(value: string): void {
    runParts.push(value);
    if (heading) heading.parts.push(value);
    if (link) link.parts.push(value);
  }

  function readIsland(element: Element, node: PathNode): void {
    // An author may leave the widget's own island unlabelled: the widget reads it all the same.
    const kind = element.getAttribute(ISLAND_KIND_ATTRIBUTE) ?? unlabelledIslandKind(element);
    if (kind === undefined || element.getAttribute('type')?.trim().toLowerCase() !== 'application/json') return;
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
  function enter(element: Element, node: PathNode, tag: string, hasAttributes: boolean): number {
    let opened = 0;
    if (BLOCK_TAGS.has(tag) || tag.includes('-')) {
      flushRun();
      blockOwners.push(runOwner);
      runOwner = node;
      opened |= OPENED_BLOCK;
    }
    if (isTruncated) return opened;
    const level = heading ? 0 : headingLevel(element, tag, hasAttributes);
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
        // A table known to be long from the start never builds runs for its cells (see RUN_TABLE_ROWS).
        tableStack.push({ node, caption: undefined, rows: [], rowTargets: [], headerRow: undefined, row: undefined, rowNode: undefined, isHeaderRow: true, isInHead: false, isInCaption: false, cell: undefined, pending: domRowCount(element) > RUN_TABLE_ROWS ? undefined : [] });
        opened |= OPENED_TABLE;
        break;
      case 'thead':
        if (table && !table.isInHead) {
          table.isInHead = true;
          opened |= OPENED_HEAD;
        }
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
        if (table?.row && table.cell === undefined) {
          table.cell = '';
          if (tag === 'td' && !table.isInHead) table.isHeaderRow = false;
          opened |= OPENED_CELL;
        }
        break;
      case 'caption':
        if (table && !table.caption) {
          table.caption = [];
          table.isInCaption = true;
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

  function leave(opened: number): void {
    if (opened & OPENED_BLOCK) flushRun();
    const table = tableStack[tableStack.length - 1];
    if (opened & OPENED_CELL && table?.cell !== undefined && table.row) {
      table.row.push(table.cell.length > MAX_CELL_LENGTH ? table.cell.slice(0, MAX_CELL_LENGTH) : table.cell);
      table.cell = undefined;
    }
    if (opened & OPENED_HEAD && table) table.isInHead = false;
    if (opened & OPENED_ROW && table?.row) {
      if (table.row.some((cell) => cell !== '')) {
        if (table.isHeaderRow && table.headerRow === undefined && table.rows.length === 0) table.headerRow = 0;
        table.rows.push(table.row);
        table.rowTargets.push(targetOf(table.rowNode!));
        if (table.rows.length > RUN_TABLE_ROWS) table.pending = undefined;
      }
      table.row = undefined;
      table.rowNode = undefined;
    }
    if (opened & OPENED_CAPTION && table) table.isInCaption = false;
    if (opened & OPENED_TABLE && table) {
      tableStack.pop();
      if (table.rows.length > 0) tables.push({ builder: table });
      // A short table's runs join the page's (or the enclosing table's), in document order.
      const outer = tableStack[tableStack.length - 1];
      for (const { run, dates: found } of table.pending ?? []) {
        if (!outer) addRun(run, found);
        else outer.pending?.push({ run, dates: found });
      }
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
    if (opened & OPENED_BLOCK) runOwner = blockOwners.pop();
  }

  // The stack's entries are reused (a large page has few levels but many elements): no garbage per element.
  /**
   * The fast path of long lists: a cell holding one text node, in a table already too long for its cells to be
   * runs, needs no PathNode and no walk — only its text in the row (and its place among its siblings counted).
   */
  function readPlainCell(element: Element, row: PathNode | undefined, tree: Tree, tag: string, hasAttributes: boolean): boolean {
    const table = tableStack[tableStack.length - 1];
    if (!table || table.pending || !table.row || table.cell !== undefined || isTruncated) return false;
    const cellText = plainCellText(element, hasAttributes);
    if (cellText === undefined) return false;
    countPlainChild(tree, row, tag);
    flushRun();
    textLength += cellText.length;
    if (textLength > maxTextLength) isTruncated = true;
    if (tag === 'td' && !table.isInHead) table.isHeaderRow = false;
    table.row.push(cellText);
    return true;
  }

  /** The cells of the row readPlainRow is reading (one array for every row; only its first cells are the row's). */
  const rowCells: string[] = [];

  /**
   * The fast path of long lists, a row at a time: a row whose cells hold text only (no elements), in a table too
   * long for its cells to be runs, is read in one loop over its cells — no PathNode for it or them, no stack entries,
   * about four DOM reads a cell; its target is its section's selector and one step. Any other row (a link or markup
   * in a cell, a hidden cell, a script) is left to the walk, which still reads its plain cells with readPlainCell.
   * Text directly in a row is no cell's and, in a long table, no run's: it is left out either way.
   */
  function readPlainRow(element: Element, section: PathNode | undefined, tree: Tree, hasAttributes: boolean): boolean {
    const table = tableStack[tableStack.length - 1];
    if (!table || table.pending || table.row || table.cell !== undefined || isTruncated || heading || link) return false;
    if (hasAttributes && isHiddenByMarkup(element)) return false;
    let count = 0;
    // Whether a cell is a td or a th matters only for a table's first row (is it the header?).
    const mayBeHeader = table.headerRow === undefined && table.rows.length === 0;
    let isHeaderRow = true;
    let hasText = false;
    let length = 0;
    for (let cell = element.firstElementChild; cell !== null; cell = cell.nextElementSibling) {
      if (mayBeHeader) {
        const tag = cell.localName;
        if (tag !== 'td' && tag !== 'th') return false;
        if (tag === 'td' && !table.isInHead) isHeaderRow = false;
      } else if (!isTableCell(cell)) {
        return false;
      }
      const cellText = plainCellText(cell, cell.hasAttributes());
      if (cellText === undefined) return false;
      if (cellText !== '') hasText = true;
      length += cellText.length;
      rowCells[count++] = cellText;
    }
    flushRun();
    nodeCount += count;
    textLength += length;
    if (textLength > maxTextLength) isTruncated = true;
    const target = targetOfChild(tree, section, element, 'tr', hasAttributes);
    if (hasText) {
      if (isHeaderRow && mayBeHeader) table.headerRow = 0;
      // A copy of exactly its length: an array grown by push keeps room for sixteen.
      table.rows.push(rowCells.slice(0, count));
      table.rowTargets.push(target);
    }
    return true;
  }

  const stack: Entry[] = [];
  let depth = 0;
  function push(owner: PathNode | undefined, opened: number, next: Node | null, tree: Tree, isRendered: boolean, isHostLight: boolean, shouldLeave: boolean): void {
    const entry = stack[depth];
    if (entry) {
      entry.owner = owner;
      entry.opened = opened;
      entry.next = next;
      entry.tree = tree;
      entry.isRendered = isRendered;
      entry.isHostLight = isHostLight;
      entry.shouldLeave = shouldLeave;
    } else {
      stack.push({ owner, opened, next, tree, isRendered, isHostLight, shouldLeave });
    }
    depth += 1;
  }

  function pushTree(root: Document | ShadowRoot, first: Node | null, host: PathNode | undefined, isShadow: boolean, isRendered: boolean): void {
    push(undefined, 0, first, createTree(root, host, isShadow), isRendered, false, false);
  }

  try {
    if (document.documentElement) pushTree(document, document.documentElement, undefined, false, true);
    while (depth > 0) {
      const entry = stack[depth - 1]!;
      const child = entry.next;
      if (child === null) {
        depth -= 1;
        if (entry.shouldLeave && entry.owner) leave(entry.opened);
        continue;
      }
      entry.next = child.nextSibling;
      nodeCount += 1;
      const isRendered = entry.isRendered && (!entry.isHostLight || (child as Element | Text).assignedSlot != null);
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        if (isRendered && !isTruncated) addText((child as Text).data);
        continue;
      }
      if (type !== ELEMENT_NODE) continue;
      const element = child as Element;
      const hasAttributes = element.hasAttributes();
      const tag = element.localName;
      if (isRendered && (tag === 'tr' ? readPlainRow(element, entry.owner, entry.tree, hasAttributes) : (tag === 'td' || tag === 'th') && readPlainCell(element, entry.owner, entry.tree, tag, hasAttributes))) continue;
      const node = createPathNode(entry.tree, entry.owner, element, hasAttributes, tag);
      if (SKIPPED_TAGS.has(tag)) {
        if (tag === 'script') readIsland(element, node);
        continue;
      }
      if (FRAME_TAGS.has(tag)) {
        const frameDoc = frameDocument(element);
        if (frameDoc?.documentElement) pushTree(frameDoc, frameDoc.documentElement, node, false, isRendered);
        else if (frameDoc === undefined || (element.getAttribute('src') ?? 'about:blank') !== 'about:blank') skippedFrames += 1;
        continue;
      }
      const isShown = isRendered && !(hasAttributes && isHiddenByMarkup(element));
      const opened = isShown ? enter(element, node, tag, hasAttributes) : 0;
      const shadowRoot = SHADOW_HOSTS.has(tag) || tag.includes('-') ? element.shadowRoot : null;
      push(node, opened, element.firstChild, entry.tree, isShown, shadowRoot !== null, true);
      if (shadowRoot) pushTree(shadowRoot, shadowRoot.firstChild, node, true, isShown);
    }
  } catch (error) {
    notes.push(`抽取中断 extraction stopped early: ${error instanceof Error ? error.message : String(error)}`);
  }
  flushRun();

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
