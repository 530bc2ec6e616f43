// Injected into the audited tab's isolated world once per document (chrome.scripting, activeTab) and kept
// there: later clicks call the same functions again, so the extractor and the engine run warm (optimised)
// instead of as fresh closures every time. It reads the page into a Snapshot and judges it where the Snapshot
// is: only the report (tens of kB) crosses to the side panel, not the Snapshot (megabytes on a long list). The
// last Snapshot stays here, behind a token, for what needs it later: the evidence hash and a site audit's start.
// Self-contained (bundled as an IIFE), no Node APIs; the page's DOM is already decoded, whatever its encoding.
import type { ProfileId } from '../../shared/catalogue/types.ts';
import { audit } from '../../shared/engine/run.ts';
import { extractSnapshot } from '../../shared/extract/extract.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import { pageText, sha256Hex } from '../audit/evidence.ts';
import { suggestProfile } from '../audit/profile-for-host.ts';
import { toWire } from './snapshot-wire.ts';
import { PAGE_AUDITOR_GLOBAL, type PageAuditor, type PageAuditOptions, type PageAuditResult, type PageTextDigest } from './page-auditor-api.ts';

/**
 * The last audit: its text runs (what the evidence hashes) and how it read the page — not its whole Snapshot,
 * whose tables and targets (megabytes on a long list) would stay in the page's heap until the next audit.
 */
let kept: { token: string; url: string; runs: Snapshot['text']; maxTextLength: number } | undefined;
let audits = 0;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function auditPage(options: PageAuditOptions): PageAuditResult {
  kept = undefined;
  let snapshot: Snapshot;
  try {
    snapshot = extractSnapshot(document, { maxTextLength: options.maxTextLength });
  } catch (error) {
    return { ok: false, stage: 'extract', error: describe(error) };
  }
  const profile: ProfileId = options.profile === 'auto' ? suggestProfile(snapshot.url) : options.profile;
  try {
    const report = audit([snapshot], { profile, locale: options.locale, site: false, now: options.now });
    audits += 1;
    const token = `${performance.timeOrigin}-${audits}`;
    kept = { token, url: snapshot.url, runs: snapshot.text, maxTextLength: options.maxTextLength };
    return { ok: true, token, report, attachments: snapshot.attachments.length };
  } catch (error) {
    return { ok: false, stage: 'engine', error: describe(error) };
  }
}

/**
 * crypto.subtle exists only in secure contexts: on a plain-http page the panel hashes the text itself, so
 * then the text travels instead of its digest.
 */
async function digest(token: string): Promise<PageTextDigest | undefined> {
  if (kept?.token !== token) return undefined;
  const { url, runs } = kept;
  const text = pageText({ text: runs });
  if (!globalThis.crypto?.subtle) return { url, characters: text.length, text };
  return { url, characters: text.length, textSha256: await sha256Hex(text) };
}

const auditor: PageAuditor = {
  audit: (options) => JSON.stringify(auditPage(options)),
  digest,
  // Read again (the page as it is now, in the document audit `token` read), as JSON with front-coded targets
  // (snapshot-wire.ts): chrome.scripting converts a returned object value by value (seconds for a 10,000-row
  // table's Snapshot), a string in one piece.
  snapshot: (token) => (kept?.token === token ? JSON.stringify(toWire(extractSnapshot(document, { maxTextLength: kept.maxTextLength }))) : undefined),
};

(globalThis as typeof globalThis & Partial<Record<typeof PAGE_AUDITOR_GLOBAL, PageAuditor>>)[PAGE_AUDITOR_GLOBAL] = auditor;
