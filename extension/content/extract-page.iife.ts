// Injected into the audited tab on demand (chrome.scripting, activeTab): reads the page into a Snapshot with
// the shared extractor. Self-contained (bundled as an IIFE), no Node APIs. The page's DOM is already decoded,
// whatever its encoding. Defines globalThis.zfgsExtractPage in the isolated world; the side panel calls it
// in a second executeScript. The result travels as one JSON string, its targets front-coded (snapshot-wire.ts):
// chrome.scripting converts a returned object value by value (seconds for a 10,000-row table's Snapshot), a
// string in one piece (12 MB in about 0.2 s; gzipping it first cost more than it saved).
import { extractSnapshot, type ExtractOptions } from '../../shared/extract/extract.ts';
import { toWire, type WireSnapshot } from './snapshot-wire.ts';

export type ExtractResult = { ok: true; snapshot: WireSnapshot; readyState: DocumentReadyState } | { ok: false; error: string };

function extract(options: ExtractOptions): ExtractResult {
  try {
    return { ok: true, snapshot: toWire(extractSnapshot(document, options)), readyState: document.readyState };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** The ExtractResult as JSON. */
(globalThis as typeof globalThis & { zfgsExtractPage?: (options: ExtractOptions) => string }).zfgsExtractPage = (options) => JSON.stringify(extract(options));
