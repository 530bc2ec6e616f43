// Injected into the audited tab on demand (chrome.scripting, activeTab): reads the page into a Snapshot with
// the shared extractor. Self-contained (bundled as an IIFE), no Node APIs. The page's DOM is already decoded,
// whatever its encoding. Defines globalThis.zfgsExtractPage in the isolated world; the side panel calls it
// in a second executeScript. The result travels as one packed string (gzipped JSON, see packed-json.ts):
// chrome.scripting converts a returned object value by value, which takes seconds for a 10,000-row table.
import { extractSnapshot, type ExtractOptions } from '../../shared/extract/extract.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import { packJson } from './packed-json.ts';

export type ExtractResult = { ok: true; snapshot: Snapshot; readyState: DocumentReadyState } | { ok: false; error: string };

function extract(options: ExtractOptions): ExtractResult {
  try {
    return { ok: true, snapshot: extractSnapshot(document, options), readyState: document.readyState };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** The ExtractResult, packed. */
(globalThis as typeof globalThis & { zfgsExtractPage?: (options: ExtractOptions) => Promise<string> }).zfgsExtractPage = (options) => packJson(extract(options));
