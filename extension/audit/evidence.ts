// Evidence kept with every audit and written into every export: when, where, a SHA-256 of the text that was
// judged (so a later reader can tell whether the page changed) and a screenshot of the visible tab.
import type { Snapshot } from '../../shared/extract/snapshot.ts';

export interface PageEvidence {
  url: string;
  /** SHA-256 (hex) of the page text as extracted: the Snapshot's text runs joined by "\n". */
  textSha256: string;
  characters: number;
}

export interface Evidence {
  auditedAt: string;
  url: string;
  pages: PageEvidence[];
  /** The visible part of the audited tab when the audit ran (PNG data URL) and its SHA-256. */
  screenshot?: { dataUrl: string; sha256: string };
  /** Why there is no screenshot (the tab was not visible, the page forbids it …). */
  screenshotError?: string;
}

export async function sha256Hex(data: string | ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function pageText(snapshot: Pick<Snapshot, 'text'>): string {
  return snapshot.text.map((run) => run.text).join('\n');
}

export async function pageEvidence(snapshot: Pick<Snapshot, 'url' | 'text'>): Promise<PageEvidence> {
  const text = pageText(snapshot);
  return { url: snapshot.url, textSha256: await sha256Hex(text), characters: text.length };
}

/** The bytes of a data: URL (the screenshot), to hash what is stored. */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
