// Parses the "cites" cells of requirements.md: `hz-gs 6(1); zc 10 ¶2; hz-sh 9, 11, 13; wh-sh 8, 13–15`.
// Notes in brackets after a cite (`wh-gs 5(4) (有效期)`) are dropped.
import type { Cite, DocumentId } from '../catalogue/types.ts';

const DOCUMENT_IDS: readonly DocumentId[] = ['hz-gs', 'hz-jl', 'hz-sh', 'hz-px', 'qp', 'zc', 'hb', 'sd', 'wh-gs', 'wh-zr', 'wh-sh', 'wh-jl'];
const NUMERAL = '[一二三四五六七八九十]+';
/** 6(1) · 10 ¶2 · 13–15 · 8 · (四) · 二 · 二(一) · 二(一)2 */
const ARTICLE = new RegExp(`^(?:\\d+(?:\\(\\d+\\))?(?:\\s*¶\\s*\\d+)?(?:\\s*[–-]\\s*\\d+)?|(?:${NUMERAL})?(?:\\(${NUMERAL}\\))?\\d*)`);

export function isDocumentId(value: string): value is DocumentId {
  return (DOCUMENT_IDS as readonly string[]).includes(value);
}

/** Every cite of one cell, in order; throws on a document id the regulations README does not list. */
export function parseCites(cell: string): Cite[] {
  const cites: Cite[] = [];
  for (const group of cell.split(';')) {
    const match = /^\s*([a-z]+(?:-[a-z]+)?)\s+(.*)$/.exec(group);
    if (!match) continue;
    const [, doc = '', rest = ''] = match;
    if (!isDocumentId(doc)) throw new Error(`unknown document id ${doc} in "${cell}"`);
    for (const piece of rest.split(',')) {
      const article = ARTICLE.exec(piece.trim())?.[0].trim() ?? '';
      if (article !== '') cites.push({ doc, article });
    }
  }
  return cites;
}
