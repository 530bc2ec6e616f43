// Splits the regulation files of texts/ into documents and citable units (articles.json). Pure string work,
// no Node APIs: the generator script and the browser test that keeps articles.json in sync both run it.
import type { DocumentId } from '../catalogue/types.ts';
import { DOCUMENTS, type DocumentSpec } from './documents.ts';
import { fromChineseNumeral, toChineseNumeral } from './numerals.ts';
import type { LawDocument, LawIndex, LawUnit } from './types.ts';

const NUMERAL = '[一二三四五六七八九十]+';
/** Chapter (第一章) and section (第一节) headings between articles: not part of any article. */
const CHAPTER_LINE = new RegExp(`^第${NUMERAL}[章节](?!\\S*条)`);

/** Trimmed, non-empty lines joined by \n. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function sliceDocument(source: string, spec: DocumentSpec, from: number): { text: string; end: number } {
  const start = source.indexOf(spec.start, from);
  if (start < 0) throw new Error(`${spec.id}: start marker ${JSON.stringify(spec.start)} not found in ${spec.file}`);
  const endAt = spec.end === undefined ? -1 : source.indexOf(spec.end, start + spec.start.length);
  if (spec.end !== undefined && endAt < 0) throw new Error(`${spec.id}: end marker ${JSON.stringify(spec.end)} not found in ${spec.file}`);
  const end = endAt < 0 ? source.length : endAt;
  let text = source.slice(start, end);
  for (const [from, to] of spec.replacements ?? []) text = text.split(from).join(to);
  return { text, end };
}

/** Articles (第N条) of one instrument; an article starts a line or follows 。；： (Wuhan runs several on one line). */
function parseArticles(text: string, part?: string): LawUnit[] {
  const starts = new RegExp(`(^|[\\n。；;：:])[^\\S\\n]*第(${NUMERAL})条`, 'g');
  const found: { number: number; marker: string; bodyStart: number; start: number }[] = [];
  for (const match of text.matchAll(starts)) {
    const number = fromChineseNumeral(match[2] ?? '');
    const previous = found.at(-1)?.number ?? 0;
    // References to other articles (依照第五条) never start a line with a number beyond the last one.
    if (number === undefined || number <= previous) continue;
    const start = match.index + (match[1] ?? '').length;
    found.push({ number, marker: `第${match[2]}条`, start, bodyStart: match.index + match[0].length });
  }
  return found.map((article, index) => {
    const body = text.slice(article.bodyStart, found[index + 1]?.start ?? text.length);
    const lines = tidy(body).split('\n').filter((line) => !CHAPTER_LINE.test(line));
    return {
      key: part ? `${part} ${article.number}` : String(article.number),
      marker: article.marker,
      title: '',
      text: lines.join('\n'),
      ...(part ? { part } : {}),
    };
  });
}

function parseArticleDocument(text: string, spec: DocumentSpec): LawUnit[] {
  const parts = [{ title: undefined as string | undefined, at: 0 }];
  for (const part of spec.parts ?? []) {
    const at = text.indexOf(part.start);
    if (at < 0) throw new Error(`${spec.id}: part ${part.title} not found`);
    parts.push({ title: part.title, at });
  }
  return parts.flatMap((part, index) => parseArticles(text.slice(part.at, parts[index + 1]?.at ?? text.length), part.title));
}

/** Lines of a hard-wrapped (PDF) text joined back into paragraphs; a line opening a section starts a new one. */
function unwrap(text: string): string {
  const opensSection = new RegExp(`^(${NUMERAL}、|[（(]${NUMERAL}[)）]|\\d+\\.)`);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => (joined === '' ? line : `${joined}${opensSection.test(line) ? '\n' : ''}${line}`), '');
}

interface Marker {
  level: 0 | 1 | 2;
  key: string;
  parent?: string;
  marker: string;
  start: number;
  /** Where the heading ends and the unit's own text begins. */
  textStart: number;
  title: string;
}

/** Heading of a section or item: the rest of its line up to and including the first 。 (Shandong runs text on). */
function headingAfter(text: string, from: number): { title: string; end: number } {
  const lineEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
  const stop = text.indexOf('。', from);
  const end = stop >= 0 && stop < lineEnd ? stop + 1 : lineEnd;
  return { title: text.slice(from, end).replace(/。$/, '').trim(), end };
}

function findChapters(text: string, spec: DocumentSpec): Marker[] {
  const chapters: Marker[] = [];
  if (spec.chapterHeadings) {
    let from = 0;
    for (const heading of spec.chapterHeadings) {
      const start = text.indexOf(heading, from);
      if (start < 0) throw new Error(`${spec.id}: chapter heading ${heading} not found`);
      const [marker = '', title = ''] = heading.split(/(?<=、)/);
      chapters.push({ level: 0, key: marker.replace('、', ''), marker, title, start, textStart: start + heading.length });
      from = start + heading.length;
    }
    return chapters;
  }
  let next = 1;
  for (const match of text.matchAll(new RegExp(`^(${NUMERAL})、`, 'gm'))) {
    if (fromChineseNumeral(match[1] ?? '') !== next) continue;
    const { title, end } = headingAfter(text, match.index + match[0].length);
    chapters.push({ level: 0, key: match[1] ?? '', marker: match[0], title, start: match.index, textStart: end });
    next += 1;
  }
  return chapters;
}

/** A section marker （四） opens a line, follows a sentence (Hebei runs on), or follows its chapter's heading. */
function indexOfSectionMarker(text: string, numeral: string, from: number, afterHeading: number): number {
  const pattern = new RegExp(`[(（]${numeral}[)）]`, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text[match.index - 1];
    if (match.index === afterHeading || before === undefined || before === '\n' || before === '。') return match.index;
  }
  return -1;
}

/** （一） sections of one chapter, numbered on from `first`; Hebei numbers them through the whole plan. */
function findSections(text: string, chapter: Marker, end: number, first: number, isKeyedByChapter: boolean): Marker[] {
  const sections: Marker[] = [];
  let from = chapter.textStart;
  for (let number = first; ; number += 1) {
    const marker = `(${toChineseNumeral(number)})`;
    const start = indexOfSectionMarker(text, toChineseNumeral(number), from, chapter.textStart);
    if (start < 0 || start >= end) break;
    const { title, end: textStart } = headingAfter(text, start + marker.length);
    sections.push({ level: 1, key: isKeyedByChapter ? `${chapter.key}${marker}` : marker, parent: chapter.key, marker, title, start, textStart });
    from = textStart;
  }
  return sections;
}

/** 1. 2. items of a section, each at the start of a line. */
function findItems(text: string, section: Marker, end: number): Marker[] {
  const items: Marker[] = [];
  let from = section.textStart;
  for (let number = 1; ; number += 1) {
    const pattern = new RegExp(`\\n${number}\\.`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match || match.index >= end) break;
    const { title, end: textStart } = headingAfter(text, match.index + match[0].length);
    items.push({ level: 2, key: `${section.key}${number}`, parent: section.key, marker: `${number}.`, title, start: match.index + 1, textStart });
    from = textStart;
  }
  return items;
}

function parseOutlineDocument(source: string, spec: DocumentSpec): LawUnit[] {
  const text = spec.isHardWrapped ? unwrap(source) : source;
  const chapters = findChapters(text, spec);
  const isNumberedThroughout = spec.chapterHeadings !== undefined;
  const markers: Marker[] = [];
  let nextSection = 1;
  chapters.forEach((chapter, index) => {
    const chapterEnd = chapters[index + 1]?.start ?? text.length;
    const sections = findSections(text, chapter, chapterEnd, isNumberedThroughout ? nextSection : 1, !isNumberedThroughout);
    nextSection += sections.length;
    markers.push(chapter);
    sections.forEach((section, sectionIndex) => {
      markers.push(section, ...findItems(text, section, sections[sectionIndex + 1]?.start ?? chapterEnd));
    });
  });
  return markers.map((marker, index) => ({
    key: marker.key,
    marker: marker.marker,
    title: marker.title,
    text: tidy(text.slice(marker.textStart, markers[index + 1]?.start ?? text.length)),
    ...(marker.parent === undefined ? {} : { parent: marker.parent }),
  }));
}

/** The whole index from the regulation files, by file name. Throws when a file or marker is missing (generator time). */
export function buildLawIndex(files: Record<string, string>): LawIndex {
  const cursor: Record<string, number> = {};
  const documents = {} as Record<DocumentId, LawDocument>;
  for (const spec of DOCUMENTS) {
    const source = files[spec.file];
    if (source === undefined) throw new Error(`${spec.id}: file ${spec.file} missing`);
    const { text, end } = sliceDocument(source.replace(/\r\n?/g, '\n'), spec, cursor[spec.file] ?? 0);
    cursor[spec.file] = end;
    const units = spec.layout === 'articles' ? parseArticleDocument(text, spec) : parseOutlineDocument(text, spec);
    if (units.length === 0) throw new Error(`${spec.id}: no articles or sections found`);
    const { id, title, number, date, jurisdiction, file, layout } = spec;
    documents[id] = { id, title, number, date, jurisdiction, file, layout, units };
  }
  return { version: 1, documents };
}
