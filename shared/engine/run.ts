// Snapshots + profile + now → AuditReport (issue: audit engine).
import type { ProfileId } from '../catalogue/types.ts';
import type { Snapshot } from '../extract/snapshot.ts';
import type { AuditReport } from './report.ts';

export interface AuditOptions {
  profile?: ProfileId;
  /** YYYY-MM-DD; defaults to today. Every date rule judges against it. */
  now?: string;
  locale?: 'zh-CN' | 'en';
  /** Several Snapshots of one site: an item present on any page counts. */
  site?: boolean;
}

export function audit(_snapshots: readonly Snapshot[], _options: AuditOptions = {}): AuditReport {
  throw new Error('audit() is not implemented yet (audit engine issue)');
}
