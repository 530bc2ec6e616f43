// Reads one attachment of the audited site: fetch (politely, within the size limit) and extract its text by
// format, or say exactly why it could not be read. The format is judged by the bytes as well as the name:
// a .docx that is really a compound file is encrypted, a .pdf that is HTML is an error page.
import { fetchResource, type FetchLike, type FetchLimits } from '../crawl/fetch-resource.ts';
import { extensionOf } from '../crawl/scope.ts';
import type { AttachmentText } from './attachment-text.ts';
import { docxText } from './docx-text.ts';

/** Formats we know and cannot read in a browser with a maintained parser. */
const LEGACY = new Set(['doc', 'xls', 'wps', 'et', 'rtf', 'ofd', 'odt', 'ods']);

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

export async function extractAttachmentText(bytes: Uint8Array<ArrayBuffer>, extension: string): Promise<AttachmentText> {
  if (isPdf(bytes)) return (await import('./pdf-text.ts')).pdfText(bytes);
  if (extension === 'docx') return docxText(bytes);
  if (extension === 'xlsx') return (await import('./xlsx-text.ts')).xlsxText(bytes);
  if (LEGACY.has(extension)) return { ok: false, reason: 'legacy-format', detail: `.${extension}` };
  if (extension === 'pdf') return { ok: false, reason: 'corrupt', detail: 'not a PDF file (no %PDF header)' };
  return { ok: false, reason: 'legacy-format', detail: extension ? `.${extension}` : 'unknown format' };
}

export async function readAttachment(url: string, limits: FetchLimits, fetchLike?: FetchLike): Promise<AttachmentText> {
  const extension = extensionOf(new URL(url));
  if (LEGACY.has(extension)) return { ok: false, reason: 'legacy-format', detail: `.${extension}` };
  const fetched = await fetchResource(url, limits, fetchLike);
  if (!fetched.ok) {
    return fetched.problem === 'too-large'
      ? { ok: false, reason: 'too-large', detail: fetched.detail }
      : { ok: false, reason: 'fetch-failed', detail: `${fetched.problem}: ${fetched.detail}` };
  }
  return extractAttachmentText(fetched.bytes, extension);
}
