// DOCX → text: unzip (fflate) and read the WordprocessingML parts' runs. A small tokenizer over w:p, w:t,
// w:tab and w:br is all text extraction needs, and it runs anywhere (no DOMParser: tests run it in Node).
import { unzipSync } from 'fflate';
import { isCompoundFile, isZip, type AttachmentText, type TextPart } from './attachment-text.ts';

const TEXT_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The text of one WordprocessingML part: paragraphs on their own lines, tabs and breaks kept. */
export function wordXmlText(xml: string): string {
  let text = '';
  const tokens = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<\/w:p>/g;
  for (const match of xml.matchAll(tokens)) {
    if (match[1] !== undefined) text += decodeXmlText(match[1]);
    else if (match[2] === 'tab') text += '\t';
    else text += '\n';
  }
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

export function docxText(bytes: Uint8Array): AttachmentText {
  if (isCompoundFile(bytes)) return { ok: false, reason: 'encrypted', detail: 'OLE compound file: password-protected' };
  if (!isZip(bytes)) return { ok: false, reason: 'corrupt', detail: 'not a ZIP package' };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => TEXT_PARTS.test(file.name) });
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!files['word/document.xml']) return { ok: false, reason: 'corrupt', detail: 'no word/document.xml' };
  const decoder = new TextDecoder();
  const order = (name: string) => (name === 'word/document.xml' ? 0 : 1);
  const parts: TextPart[] = Object.keys(files)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((name) => ({ label: name.slice('word/'.length, -'.xml'.length), text: wordXmlText(decoder.decode(files[name])) }))
    .filter((part) => part.text.length > 0);
  return { ok: true, format: 'docx', parts };
}
