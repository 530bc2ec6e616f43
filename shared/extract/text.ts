// Whitespace as a reader sees it: runs of spaces, tabs, newlines, &nbsp; and full-width spaces become one
// space, and a line break between two CJK characters disappears (CSS Text 3's segment-break rule), so
// 执法\n人员 reads 执法人员 as in the browser.
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t\\u00a0]*[\\r\\n]\\s*(?=[${CJK}])`, 'gu');
const WHITESPACE = /\s+/g;
const HAS_WHITESPACE = /\s/;

export function collapseWhitespace(text: string): string {
  if (!HAS_WHITESPACE.test(text)) return text;
  const joined = text.includes('\n') || text.includes('\r') ? text.replace(CJK_LINE_BREAK, '$1') : text;
  return joined.replace(WHITESPACE, ' ').trim();
}

/** The text with every whitespace removed: what keyword and label matching compares (姓&nbsp;&nbsp;名 → 姓名). */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}
