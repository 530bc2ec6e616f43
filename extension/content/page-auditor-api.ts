// What the resident page auditor (page-auditor.iife.ts, in the tab's isolated world) offers the side panel,
// and what it answers. Types and the global's name only: both sides import this.
import type { ProfileId } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';

/** The isolated world's global holding the auditor (absent until injected into this document). */
export const PAGE_AUDITOR_GLOBAL = 'zfgsPageAuditor';

export interface PageAuditOptions {
  /** Characters of page text kept (the Snapshot says when it was truncated). */
  maxTextLength: number;
  /** A fixed profile, or 'auto': suggested from the page's domain. */
  profile: ProfileId | 'auto';
  locale: Locale;
  /** The inspector's local day (YYYY-MM-DD), which every date rule judges against. */
  now: string;
}

export type PageAuditResult =
  | {
      ok: true;
      /** Names this audit's Snapshot, kept in the tab for digest() and snapshot(). */
      token: string;
      report: AuditReport;
      /** Attachment links found on the page. */
      attachments: number;
    }
  | { ok: false; stage: 'extract' | 'engine'; error: string };

/** The evidence of the page's text: its SHA-256, or the text itself where the page has no crypto.subtle. */
export type PageTextDigest = { url: string; characters: number } & ({ textSha256: string } | { text: string });

export interface PageAuditor {
  /** Reads and judges the page; a PageAuditResult as JSON. */
  audit(options: PageAuditOptions): string;
  /** The evidence of the audit `token`'s text; undefined when a later audit or a new document replaced it. */
  digest(token: string): Promise<PageTextDigest | undefined>;
  /** The page read again for the audit `token`'s document, as JSON of a WireSnapshot; undefined when replaced. */
  snapshot(token: string): string | undefined;
}
