// An attachment's text → Snapshot, so that the engine judges it with the same rules as a page (personal data
// in a published decision is a leak whether it is in HTML or in a PDF). The text is put into an inert
// document as text nodes — never parsed as HTML — one section per part (PDF page, sheet) and one paragraph
// per line, and the shared extractor reads it (dates, runs) as it reads any page.
import { extractSnapshot } from '../../shared/extract/extract.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import type { TextPart } from './attachment-text.ts';

export function attachmentSnapshot(url: string, title: string, parts: readonly TextPart[], maxTextLength = 4_000_000): Snapshot {
  const document = new DOMParser().parseFromString('<!doctype html><html><head><title></title></head><body></body></html>', 'text/html');
  document.title = title;
  for (const part of parts) {
    const section = document.createElement('section');
    section.setAttribute('aria-label', part.label);
    for (const line of part.text.split('\n')) {
      if (!line.trim()) continue;
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      section.append(paragraph);
    }
    document.body.append(section);
  }
  const snapshot = extractSnapshot(document, { maxTextLength });
  return { ...snapshot, url, title, attachments: [], links: [] };
}
