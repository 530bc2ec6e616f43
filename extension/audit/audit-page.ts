// "Audit this page": the tab the toolbar was clicked on → judged in the tab by the resident page auditor →
// report + evidence. The Snapshot stays in the tab until something needs it (a site audit starting here).
import type { ProfileId } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { PageTextDigest } from '../content/page-auditor-api.ts';
import type { Settings } from '../storage/settings.ts';
import { captureTab } from './capture-tab.ts';
import { sha256Hex, type Evidence, type PageEvidence } from './evidence.ts';
import { suggestProfile } from './profile-for-host.ts';
import { auditInTab, digestInTab, snapshotInTab } from './read-tab.ts';
import { localDay } from './run-engine.ts';

/** The audited page as the panel knows it: enough to offer the next steps, the Snapshot on request. */
export interface StartPage {
  url: string;
  /** Attachment links found on the page. */
  attachments: number;
  /** The page read again in the tab (fails once the tab shows another page or was audited again). */
  snapshot(): Promise<Snapshot>;
}

export interface AuditedPage {
  tabId: number;
  start: StartPage;
  report: AuditReport;
  /**
   * The evidence, finishing after the report: the screenshot (browser process) and the text hash
   * (crypto.subtle) need not hold back what the inspector came to see.
   */
  evidence: Promise<Evidence>;
}

export function profileFor(settings: Settings, url: string): ProfileId {
  return settings.profile === 'auto' ? suggestProfile(url) : settings.profile;
}

async function pageEvidenceOf(digest: PageTextDigest): Promise<PageEvidence> {
  const textSha256 = 'textSha256' in digest ? digest.textSha256 : await sha256Hex(digest.text);
  return { url: digest.url, textSha256, characters: digest.characters };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function auditPage(tabId: number, settings: Settings, locale: Locale): Promise<AuditedPage> {
  const audited = await auditInTab(tabId, { profile: settings.profile, locale, now: localDay() });
  const { report, token } = audited;
  // Started once the report has rendered (a task later than the panel's render): the screenshot and the hash
  // need the CPU the report's first render is using.
  const evidence = nextTask()
    .then(() => Promise.all([captureTab(tabId), digestInTab(tabId, token).then(pageEvidenceOf)]))
    .then(
    ([screenshot, page]): Evidence => ({ auditedAt: report.timestamp, url: report.url, pages: [page], ...screenshot }),
  );
  const start: StartPage = { url: report.url, attachments: audited.attachments, snapshot: () => snapshotInTab(tabId, token) };
  return { tabId, start, report, evidence };
}
