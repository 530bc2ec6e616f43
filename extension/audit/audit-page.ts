// "Audit this page": the tab the toolbar was clicked on → Snapshot → shared engine → report + evidence.
import type { ProfileId } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Settings } from '../storage/settings.ts';
import { captureTab } from './capture-tab.ts';
import { pageEvidence, type Evidence } from './evidence.ts';
import { suggestProfile } from './profile-for-host.ts';
import { readTab } from './read-tab.ts';
import { runEngine } from './run-engine.ts';

export interface AuditedPage {
  tabId: number;
  snapshot: Snapshot;
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

export async function auditPage(tabId: number, settings: Settings, locale: Locale, onStage?: (stage: 'reading' | 'checking') => void): Promise<AuditedPage> {
  onStage?.('reading');
  const snapshot = await readTab(tabId);
  const evidenceParts = Promise.all([captureTab(tabId), pageEvidence(snapshot)]);
  onStage?.('checking');
  const report = runEngine([snapshot], { profile: profileFor(settings, snapshot.url), locale, site: false });
  const evidence = evidenceParts.then(([screenshot, page]): Evidence => ({ auditedAt: report.timestamp, url: report.url, pages: [page], ...screenshot }));
  return { tabId, snapshot, report, evidence };
}
