// The regulation index (articles.json) and what a cite resolves to.
import type { DocumentId } from '../catalogue/types.ts';
import type { DocumentLayout } from './documents.ts';

/** One citable unit: an article (第N条) or an outline section (一、 / （一） / 1.). */
export interface LawUnit {
  /** How it is cited: '6', '杭州市法制审核人员培训制度 3', '二', '二(一)', '二(一)2', '(四)'. */
  key: string;
  /** Its marker as printed: 第六条, 二、, (一), 2. */
  marker: string;
  /** Its own heading after the marker, when it has one: 任务措施, 强化事前公开. */
  title: string;
  /** Its own text, paragraphs separated by \n (outline units: without their sub-units). */
  text: string;
  /** The key of the enclosing unit (outline layout). */
  parent?: string;
  /** The instrument it belongs to when one document id holds several (hz-px). */
  part?: string;
}

export interface LawDocument {
  id: DocumentId;
  title: string;
  number: string;
  date: string;
  jurisdiction: string;
  /** The file of texts/ it was taken from. */
  file: string;
  layout: DocumentLayout;
  units: LawUnit[];
}

export interface LawIndex {
  version: 1;
  documents: Record<DocumentId, LawDocument>;
}

/** What `articleText` returns for a cite. */
export interface ArticleText {
  doc: DocumentId;
  /** The cite as asked for: 6(1), 10 ¶2, (四), 二(一)2, 13–15, 8. */
  article: string;
  documentTitle: string;
  /** Where it is, as a reader would say it: 第六条（一）, 第十条第二款, 二、(一)2.强化事前公开, 第十三条至第十五条. */
  heading: string;
  /** The cited text; paragraphs separated by \n. */
  text: string;
}
