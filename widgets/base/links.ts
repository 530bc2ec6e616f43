// Links from data: only http(s) URLs and same-site paths ever become an href. The schema already refuses other
// schemes; this second check at render time keeps a widget safe when handed data that skipped validation.
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink } from '../../shared/schema/common.ts';

/** The absolute URL for a link value, or undefined when it is not an http(s) URL or a same-site path. */
export function safeUrl(value: unknown, baseUrl = document.baseURI): string | undefined {
  if (typeof value !== 'string' || !isSafeLink(value)) return undefined;
  try {
    const url = new URL(value, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An <a> for a data URL, or the text alone when the URL is unsafe. `data-print-url` carries the absolute URL
 * for the print stylesheet, which writes it after the link text on paper.
 */
export function renderLink(url: unknown, text: unknown, part = 'link'): TemplateResult | typeof nothing {
  const label = text ?? url;
  if (label === undefined || label === null || label === '') return nothing;
  const href = safeUrl(url);
  if (!href) return html`<span part=${part}>${String(label)}</span>`;
  return html`<a part=${part} href=${href} data-print-url=${href}>${String(label)}</a>`;
}

const MEDIA_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/ofd': 'OFD',
};

/** A linked document (agreement, model text, form): its title as the link, the file type after it in words. */
export function renderDocumentLink(document: { title: string; url: string; mediaType?: string }, fileNote: (type: string) => string): TemplateResult {
  const type = document.mediaType ? (MEDIA_TYPE_NAMES[document.mediaType] ?? document.mediaType) : undefined;
  return html`${renderLink(document.url, document.title)}${type ? fileNote(type) : nothing}`;
}
