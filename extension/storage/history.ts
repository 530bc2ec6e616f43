// Audit history: every audit with URL, time, profile, engine version, counts, the full report and its
// evidence; per-site lists for the trend; retention applied after each save.
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Evidence } from '../audit/evidence.ts';
import { database, guarded, type AuditMode, type HistoryEntry, type StoredReport } from './database.ts';

export function siteOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export async function saveAudit(report: AuditReport, evidence: Evidence, mode: AuditMode): Promise<number> {
  const db = await database();
  return guarded('save audit to history', async () => {
    const transaction = db.transaction(['audits', 'reports'], 'readwrite');
    const entry: HistoryEntry = {
      site: siteOf(report.url),
      url: report.url,
      mode,
      timestamp: report.timestamp,
      savedAt: Date.now(),
      profile: report.profile,
      engineVersion: report.engine.version,
      pageCount: report.pages.length,
      counts: report.counts,
    };
    const id = await transaction.objectStore('audits').add(entry);
    await transaction.objectStore('reports').put({ id, report, evidence });
    await transaction.done;
    return id;
  });
}

/** Newest first; one site's audits when `site` is given. */
export async function listAudits(site?: string): Promise<HistoryEntry[]> {
  const db = await database();
  return guarded('read history', async () => {
    const entries = site
      ? await db.getAllFromIndex('audits', 'by-site', IDBKeyRange.bound([site, 0], [site, Number.MAX_SAFE_INTEGER]))
      : await db.getAllFromIndex('audits', 'by-saved');
    return entries.reverse();
  });
}

export async function loadAudit(id: number): Promise<StoredReport | undefined> {
  const db = await database();
  return guarded('read audit from history', () => db.get('reports', id));
}

export async function deleteAudit(id: number): Promise<void> {
  const db = await database();
  await guarded('delete audit from history', async () => {
    const transaction = db.transaction(['audits', 'reports'], 'readwrite');
    await Promise.all([transaction.objectStore('audits').delete(id), transaction.objectStore('reports').delete(id)]);
    await transaction.done;
  });
}

/** Deletes every audit and every review mark. */
export async function clearHistory(): Promise<void> {
  const db = await database();
  await guarded('clear history', async () => {
    const transaction = db.transaction(['audits', 'reports', 'marks'], 'readwrite');
    await Promise.all(['audits', 'reports', 'marks'].map((store) => transaction.objectStore(store as 'audits').clear()));
    await transaction.done;
  });
}

/** Deletes audits older than `days` and all but the newest `maxAudits`; returns how many were deleted. */
export async function applyRetention({ days, maxAudits }: { days: number; maxAudits: number }, now = Date.now()): Promise<number> {
  const db = await database();
  return guarded('apply history retention', async () => {
    const transaction = db.transaction(['audits', 'reports'], 'readwrite');
    const keys = await transaction.objectStore('audits').index('by-saved').getAllKeys();
    const entries = await transaction.objectStore('audits').index('by-saved').getAll();
    const oldest = now - days * 86_400_000;
    const excess = Math.max(0, entries.length - maxAudits);
    const doomed = keys.filter((_key, index) => index < excess || (entries[index]?.savedAt ?? 0) < oldest);
    await Promise.all(doomed.flatMap((key) => [transaction.objectStore('audits').delete(key), transaction.objectStore('reports').delete(key)]));
    await transaction.done;
    return doomed.length;
  });
}

/** Bytes used and available to the extension's storage, when the browser says. */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number }> {
  try {
    return await navigator.storage.estimate();
  } catch {
    return {};
  }
}
