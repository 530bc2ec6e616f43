// articleText(doc, article): the regulation text behind a cite, for the extension's side panel, reports and docs.
// The index (articles.json, ~160 KB) is generated from texts/ by scripts/law-index.ts; import this module only
// where article text is shown, never from widgets.
import type { DocumentId } from '../catalogue/types.ts';
import ARTICLES from './articles.json';
import { resolveCite } from './resolve.ts';
import type { ArticleText, LawIndex } from './types.ts';

export const LAW_INDEX = ARTICLES as LawIndex;

/**
 * The text of a cite as requirements.md writes it — `6(1)` (第六条第（一）项), `10 ¶2` (第十条第二款), `13–15`, `8`,
 * `(四)` (Hebei), `二(一)2` (Qingpu, Shandong) — or undefined when the document has no such article.
 */
export function articleText(doc: DocumentId, article: string): ArticleText | undefined {
  return resolveCite(LAW_INDEX, doc, article);
}

export type { ArticleText } from './types.ts';
