// Resolves a cite as requirements.md writes it (6(1), 10 ¶2, 13–15, 8, (四), 二, 二(一), 二(一)2) to the text
// of that article, paragraph (款), item (项) or section. Pure: works on any LawIndex, in the browser or Node.
import type { DocumentId } from '../catalogue/types.ts';
import { toChineseNumeral } from './numerals.ts';
import type { ArticleText, LawDocument, LawIndex, LawUnit } from './types.ts';

const ARTICLE_CITE = /^(\d+)(?:\s*\((\d+)\))?(?:\s*¶\s*(\d+))?$/;
const RANGE_CITE = /^(\d+)\s*[–—-]\s*(\d+)$/;

/** ASCII brackets, no spaces: （一） and ( 一 ) are the same cite as (一). */
function normalizeCite(article: string): string {
  return article.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/\s+(?=[()])|(?<=[()])\s+/g, '');
}

const ITEM_START = (numeral: string) => new RegExp(`(?:^|(?<=[:：;；。]))[(（]${numeral}[)）]`, 'm');

/** 项 (n) of an article: from its marker to the next item's marker or the end of its paragraph. */
function itemOf(text: string, item: number): string | undefined {
  const start = ITEM_START(toChineseNumeral(item)).exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index);
  const next = ITEM_START(toChineseNumeral(item + 1)).exec(rest);
  const lineEnd = rest.indexOf('\n');
  const ends = [next?.index, lineEnd < 0 ? undefined : lineEnd].filter((at): at is number => at !== undefined && at > 0);
  return rest.slice(0, Math.min(rest.length, ...ends)).trim();
}

/** 款 n of an article: its paragraphs, each with the item lines (项) that follow it. */
function paragraphOf(text: string, paragraph: number): string | undefined {
  const paragraphs: string[][] = [];
  for (const line of text.split('\n')) {
    const last = paragraphs.at(-1);
    if (last && /^[(（][一二三四五六七八九十]+[)）]/.test(line)) last.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs[paragraph - 1]?.join('\n');
}

function unitFor(document: LawDocument, key: string): LawUnit | undefined {
  return document.units.find((unit) => unit.key === key);
}

function resolveArticles(document: LawDocument, cite: string): Pick<ArticleText, 'heading' | 'text' | 'documentTitle'> | undefined {
  // hz-px holds two instruments: the second one's articles are cited with its title first.
  const part = document.units.find((unit) => unit.part && cite.startsWith(`${unit.part} `))?.part;
  const local = part ? cite.slice(part.length + 1).trim() : cite;
  const keyOf = (number: string) => (part ? `${part} ${number}` : number);
  const documentTitle = part ?? document.title;

  const range = RANGE_CITE.exec(local);
  if (range) {
    const [first, last] = [Number(range[1]), Number(range[2])];
    if (last < first) return undefined;
    const units = Array.from({ length: last - first + 1 }, (_, index) => unitFor(document, keyOf(String(first + index))));
    const found = units.filter((unit): unit is LawUnit => unit !== undefined);
    if (found.length === 0) return undefined;
    return {
      documentTitle,
      heading: `第${toChineseNumeral(first)}条至第${toChineseNumeral(last)}条`,
      text: found.map((unit) => `${unit.marker}　${unit.text}`).join('\n'),
    };
  }

  const match = ARTICLE_CITE.exec(local);
  if (!match) return undefined;
  const [, number = '', item, paragraph] = match;
  const unit = unitFor(document, keyOf(number));
  if (!unit) return undefined;
  if (item !== undefined) {
    const text = itemOf(unit.text, Number(item));
    return text ? { documentTitle, heading: `${unit.marker}（${toChineseNumeral(Number(item))}）`, text } : undefined;
  }
  if (paragraph !== undefined) {
    const text = paragraphOf(unit.text, Number(paragraph));
    return text ? { documentTitle, heading: `${unit.marker}第${toChineseNumeral(Number(paragraph))}款`, text } : undefined;
  }
  return { documentTitle, heading: unit.marker, text: unit.text };
}

function resolveOutline(document: LawDocument, cite: string): Pick<ArticleText, 'heading' | 'text' | 'documentTitle'> | undefined {
  const unit = unitFor(document, cite);
  if (!unit) return undefined;
  const byKey = new Map(document.units.map((each) => [each.key, each]));
  const isWithin = (candidate: LawUnit): boolean => {
    for (let parent = candidate.parent; parent !== undefined; parent = byKey.get(parent)?.parent) if (parent === unit.key) return true;
    return false;
  };
  // Markers of the enclosing units when the cite spells them out (二(一)2 → 二、(一)2.).
  let prefix = '';
  for (let parent = byKey.get(unit.parent ?? ''); parent && unit.key.startsWith(parent.key); parent = byKey.get(parent.parent ?? '')) {
    prefix = `${parent.marker}${prefix}`;
  }
  const own = `${unit.marker}${unit.title}`;
  const parts = [unit.text];
  for (const each of document.units.filter(isWithin)) parts.push(`${each.marker}${each.title}`, each.text);
  return { documentTitle: document.title, heading: `${prefix}${own}`, text: parts.filter((part) => part !== '').join('\n') };
}

/** The text a cite points at, or undefined when the index has no such article or section. */
export function resolveCite(index: LawIndex, doc: DocumentId, article: string): ArticleText | undefined {
  const document = index.documents[doc];
  if (!document) return undefined;
  const cite = normalizeCite(article);
  const found = document.layout === 'articles' ? resolveArticles(document, cite) : resolveOutline(document, cite);
  return found && found.text !== '' ? { doc, article, ...found } : undefined;
}
