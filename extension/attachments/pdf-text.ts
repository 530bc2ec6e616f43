// PDF → text, page by page, with pdf.js. Everything is local: the worker and the Chinese CMaps are bundled
// into the extension (no remote code, CSP script-src 'self'); no eval, no fonts, no WebAssembly is needed
// to read a text layer. A PDF whose pages carry no text is a scan and is reported as such, not as clean.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { AttachmentText, TextPart } from './attachment-text.ts';

/** Where the build copies pdf.js's CMaps for Chinese fonts (see extension/build/pdf-cmaps.ts). */
export const CMAP_DIRECTORY = 'pdfjs/cmaps/';
const MAX_PAGES = 500;

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

function pageLines(items: readonly TextItemLike[]): string {
  let text = '';
  for (const item of items) {
    if (typeof item.str === 'string') text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

export async function pdfText(bytes: Uint8Array<ArrayBuffer>): Promise<AttachmentText> {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const task = getDocument({
    data: bytes,
    cMapUrl: chrome.runtime.getURL(CMAP_DIRECTORY),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const parts: TextPart[] = [];
    const pageCount = Math.min(document.numPages, MAX_PAGES);
    for (let number = 1; number <= pageCount; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = pageLines(content.items as TextItemLike[]);
      if (text) parts.push({ label: `p. ${number}`, text });
      page.cleanup();
    }
    if (parts.length === 0) return { ok: false, reason: 'no-text-layer', detail: `${document.numPages} page(s) without text (scanned images?)` };
    return { ok: true, format: 'pdf', parts };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted', detail: 'password-protected PDF' };
    return { ok: false, reason: 'corrupt', detail: message };
  } finally {
    await task.destroy();
  }
}
