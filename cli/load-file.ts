// A local HTML file → Snapshot. Parsed with jsdom: a standards-compliant HTML5 parser and DOM for Node (the
// same tree a browser builds, shadow roots and TreeWalker included) whose 26.x line still supports Node 20;
// scripts are not run, so a hostile file cannot act. Legacy encodings are decoded first (decode-html.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../shared/extract/decode-html.ts';
import { extractSnapshot } from '../shared/extract/extract.ts';
import type { Snapshot } from '../shared/extract/snapshot.ts';

export async function snapshotOfFile(path: string): Promise<Snapshot> {
  const bytes = await readFile(path);
  const { text } = decodeHtml(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const dom = new JSDOM(text, { url: pathToFileURL(resolve(path)).href, contentType: 'text/html' });
  try {
    return extractSnapshot(dom.window.document);
  } finally {
    dom.window.close();
  }
}
