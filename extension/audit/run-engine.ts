// The shared engine, called the same way for a page, a page with its attachments, and a site. The day the
// rules judge against is the inspector's local calendar day.
import type { ProfileId } from '../../shared/catalogue/types.ts';
import type { AuditReport } from '../../shared/engine/report.ts';
import { audit } from '../../shared/engine/run.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { AuditError } from './audit-error.ts';

export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface EngineOptions {
  profile: ProfileId;
  locale: Locale;
  site: boolean;
  now?: string;
}

export function runEngine(snapshots: readonly Snapshot[], options: EngineOptions): AuditReport {
  try {
    return audit(snapshots, { profile: options.profile, locale: options.locale, site: options.site, now: options.now ?? localDay() });
  } catch (error) {
    throw new AuditError('engine-failed', error instanceof Error ? error.message : String(error));
  }
}
