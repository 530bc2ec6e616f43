// A per-Snapshot index the rules share: compact texts (whitespace removed, so 姓&nbsp;名 matches 姓名) of
// the title, headings, links, captions and the first runs. Built once per Snapshot and cached.
import { compact } from '../../extract/text.ts';
import type { AttachmentLink, HeadingInfo, ImageInfo, LinkInfo, Snapshot, TableInfo, TextRun } from '../../extract/snapshot.ts';

/**
 * Rules read labelled text only in a page's first runs: pages that state things in prose are short, and
 * a 50,000-row decision list is read through its table, so the audit stays linear in the page.
 */
export const RUN_SCAN_LIMIT = 4_000;

export interface Indexed<T> {
  item: T;
  compact: string;
}

export interface Page {
  snapshot: Snapshot;
  url: string;
  title: string;
  headings: Indexed<HeadingInfo>[];
  links: Indexed<LinkInfo>[];
  attachments: Indexed<AttachmentLink>[];
  images: Indexed<ImageInfo>[];
  captions: Indexed<TableInfo>[];
  /** Compact texts of the first RUN_SCAN_LIMIT runs (same indexes as snapshot.text). */
  runs: Indexed<TextRun>[];
  /** The runs that are more than link labels (a 栏目 list or nav bar names items without showing them). */
  lines: Indexed<TextRun>[];
  /** Short lines (≤ 30 characters): how legacy pages write titles (<font size=4><b>…</b></font>, not <h1>). */
  titleLines: Indexed<TextRun>[];
}

const LINK_ONLY_MAX = 160;
const TITLE_LINE_MAX = 30;
const DECORATION = /^[\p{P}\p{S}\d]*$/u;

/** Whether a run is nothing but link texts (and bullets, separators, numbers). */
function isLinkLabels(run: string, linkTexts: readonly string[]): boolean {
  if (run.length > LINK_ONLY_MAX) return false;
  let rest = run;
  for (const text of linkTexts) if (rest.includes(text)) rest = rest.replaceAll(text, '');
  return rest !== run && DECORATION.test(rest);
}

const cache = new WeakMap<Snapshot, Page>();

const indexed = <T>(items: readonly T[] | undefined, text: (item: T) => string): Indexed<T>[] =>
  (items ?? []).map((item) => ({ item, compact: compact(text(item)) }));

export function pageOf(snapshot: Snapshot): Page {
  let page = cache.get(snapshot);
  if (!page) {
    const links = indexed(snapshot.links, (link) => link.text);
    const linkTexts = [...new Set(links.map((link) => link.compact).filter((text) => text !== ''))].sort((a, b) => b.length - a.length);
    const runs = indexed(snapshot.text.slice(0, RUN_SCAN_LIMIT), (run) => run.text);
    const lines = runs.filter((run) => !isLinkLabels(run.compact, linkTexts));
    page = {
      snapshot,
      url: snapshot.url,
      title: compact(snapshot.title),
      headings: indexed(snapshot.headings, (heading) => heading.text),
      links,
      attachments: indexed(snapshot.attachments, (link) => `${link.text} ${decodeURIComponentSafe(link.href)}`),
      images: indexed(snapshot.images, (image) => `${image.alt} ${decodeURIComponentSafe(image.src)}`),
      captions: indexed(snapshot.tables.filter((table) => table.caption), (table) => table.caption ?? ''),
      runs,
      lines,
      titleLines: lines.filter((line) => line.compact.length <= TITLE_LINE_MAX),
    };
    cache.set(snapshot, page);
  }
  return page;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A URL without its fragment, for matching links to audited pages. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
