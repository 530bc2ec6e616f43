// Whitespace as a reader sees it: runs of spaces, tabs, newlines, &nbsp; and full-width spaces become one
// space, and a line break between two CJK characters disappears (CSS Text 3's segment-break rule), so
// 执法\n人员 reads 执法人员 as in the browser.
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t\\u00a0]*[\\r\\n]\\s*(?=[${CJK}])`, 'gu');
const WHITESPACE = /\s+/g;

/** Whether a UTF-16 code unit may be whitespace (\s): exact for the characters pages are made of, cheap for CJK. */
function mayBeSpace(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && (code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000));
}

/** Whether `text` holds any whitespace: a loop, not a regular expression call, for the many short cell texts. */
function hasWhitespace(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (mayBeSpace(text.charCodeAt(index))) return true;
  return false;
}

/** text.trim(), without a call or a scan when neither end may be whitespace (list cells, row after row). */
export function trimmed(text: string): string {
  return text === '' || (!mayBeSpace(text.charCodeAt(0)) && !mayBeSpace(text.charCodeAt(text.length - 1))) ? text : text.trim();
}

export function collapseWhitespace(text: string): string {
  if (!hasWhitespace(text)) return text;
  const joined = text.includes('\n') || text.includes('\r') ? text.replace(CJK_LINE_BREAK, '$1') : text;
  return joined.replace(WHITESPACE, ' ').trim();
}

/** The text with every whitespace removed: what keyword and label matching compares (姓&nbsp;&nbsp;名 → 姓名). */
export function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}
