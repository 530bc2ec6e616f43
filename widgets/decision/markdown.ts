// The one markdown path of the widgets: marked, then DOMPurify with a narrow allowlist (text structure and links,
// no images, no styles, no event handlers, http(s) and same-site URLs only). Headings in the text are shifted below
// the widget's own heading so the page outline stays whole.
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'sup', 'sub', 'blockquote', 'ul', 'ol', 'li',
  'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'code', 'pre', 'hr', 'span',
];
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'start'];
/** http(s) URLs and paths without a scheme; everything else (javascript:, data:, vbscript:, //host) is dropped. */
const ALLOWED_URI = /^(?:https?:\/\/|(?!\/\/)[^:]*$)/i;

const parsers = new Map<number, Marked>();

/** A marked instance whose `#` headings start at `baseLevel` (capped at h6). */
function parserFor(baseLevel: number): Marked {
  let parser = parsers.get(baseLevel);
  if (!parser) {
    parser = new Marked({
      gfm: true,
      async: false,
      renderer: {
        heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
          const level = Math.min(6, Math.max(2, baseLevel + token.depth - 1));
          return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
        },
      },
    });
    parsers.set(baseLevel, parser);
  }
  return parser;
}

/** Sanitised DOM for `markdown`, headings starting at `baseLevel`. Never throws; data never becomes script. */
export function renderMarkdown(markdown: string, baseLevel: number): DocumentFragment {
  let html: string;
  try {
    html = parserFor(baseLevel).parse(markdown, { async: false }) as string;
  } catch {
    html = '';
  }
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const anchor of fragment.querySelectorAll('a[href]')) anchor.setAttribute('rel', 'noopener noreferrer');
  return fragment;
}
