// The extension's IndexedDB (idb): audit history and review marks. IndexedDB in an extension origin survives
// browser restarts. Every failure is turned into a StorageError that says what happened (quota, blocked,
// unavailable), so the UI can show it: history is never lost silently.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ProfileId } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Evidence } from '../audit/evidence.ts';

export type AuditMode = 'page' | 'site';

/** One audit in the history list (small: the report itself is in `reports`). */
export interface HistoryEntry {
  id?: number;
  /** The origin the audit belongs to (the trend is per site). */
  site: string;
  url: string;
  mode: AuditMode;
  /** The report's timestamp (ISO 8601). */
  timestamp: string;
  /** Date.now() when saved: retention and ordering. */
  savedAt: number;
  profile: ProfileId;
  engineVersion: string;
  pageCount: number;
  counts: AuditReport['counts'];
}

export interface StoredReport {
  id: number;
  report: AuditReport;
  evidence: Evidence;
}

export type ReviewDecision = 'reviewed' | 'not-a-problem';

/** An inspector's judgement on one finding, remembered per site and keyed by the finding's content. */
export interface ReviewMark {
  site: string;
  /** reviewKey(): a hash of rule id, reason and the normalized snippet or data — not the selector. */
  key: string;
  ruleId: string;
  reason: string;
  snippet: string;
  target: string[];
  url: string;
  decision: ReviewDecision;
  note: string;
  markedAt: string;
}

interface InspectorDb extends DBSchema {
  audits: { key: number; value: HistoryEntry; indexes: { 'by-site': [string, number]; 'by-saved': number } };
  reports: { key: number; value: StoredReport };
  marks: { key: [string, string]; value: ReviewMark; indexes: { 'by-site': string } };
}

export type Database = IDBPDatabase<InspectorDb>;

export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'failed';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    readonly operation: string,
    cause: unknown,
  ) {
    super(`${operation}: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`, { cause });
  }
}

function kindOf(error: unknown): StorageErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

/** Runs an IndexedDB operation, naming it in any error. */
export async function guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(kindOf(error), operation, error);
  }
}

const NAME = 'zfgs-inspector';
const VERSION = 1;
let opening: Promise<Database> | undefined;

export function database(): Promise<Database> {
  opening ??= guarded('open history database', async () => {
    const db: Database = await openDB<InspectorDb>(NAME, VERSION, {
      upgrade(db) {
        const audits = db.createObjectStore('audits', { keyPath: 'id', autoIncrement: true });
        audits.createIndex('by-site', ['site', 'savedAt']);
        audits.createIndex('by-saved', 'savedAt');
        db.createObjectStore('reports', { keyPath: 'id' });
        const marks = db.createObjectStore('marks', { keyPath: ['site', 'key'] });
        marks.createIndex('by-site', 'site');
      },
      // A newer version of the extension (or clearing site data) wants the database: let it have it.
      blocking() {
        db.close();
        opening = undefined;
      },
      terminated() {
        opening = undefined;
      },
    });
    return db;
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
