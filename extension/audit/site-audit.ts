// Site audit (and "this page with its attachments", which is the same with a page limit of 1): crawl the
// disclosure column, read the attachments found for personal data, and let the engine judge all of it in
// site mode (an item published on any page counts). What could not be read — pages robots.txt forbids,
// broken links, scanned PDFs, legacy .doc, encrypted or oversized files — goes into the report's
// notChecked list with its URL, so the report says what it did not see.
import type { AuditReport } from '../../shared/engine/report.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { attachmentSnapshot } from '../attachments/attachment-snapshot.ts';
import type { AttachmentText } from '../attachments/attachment-text.ts';
import { readAttachment } from '../attachments/read-attachment.ts';
import { crawlSite, type CrawlResult } from '../crawl/crawler.ts';
import type { FetchLike } from '../crawl/fetch-resource.ts';
import { parsePage } from '../crawl/parse-page.ts';
import { runPool } from '../crawl/polite-pool.ts';
import { t } from '../i18n.ts';
import type { CrawlSettings } from '../storage/settings.ts';
import { pageEvidence, type Evidence } from './evidence.ts';
import type { ProfileId } from '../../shared/catalogue/types.ts';
import { runEngine } from './run-engine.ts';

export interface SiteProgress {
  stage: 'pages' | 'attachments' | 'checking';
  done: number;
  total: number;
  current?: string;
}

export interface AttachmentOutcome {
  url: string;
  page: string;
  result: AttachmentText;
}

export interface SiteAuditOptions {
  start: Snapshot;
  settings: CrawlSettings;
  profile: ProfileId;
  locale: Locale;
  signal: AbortSignal;
  onProgress?: (progress: SiteProgress) => void;
  fetchLike?: FetchLike;
}

export interface SiteAudit {
  report: AuditReport;
  evidence: Evidence;
  crawl: CrawlResult;
  attachments: AttachmentOutcome[];
  cancelled: boolean;
}

function fileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
}

async function readAttachments(crawl: CrawlResult, options: SiteAuditOptions): Promise<AttachmentOutcome[]> {
  const chosen = crawl.attachments.slice(0, options.settings.maxAttachments);
  const queue = [...chosen];
  const outcomes: AttachmentOutcome[] = [];
  const origin = new URL(options.start.url).origin;
  const limits = { signal: options.signal, maxBytes: options.settings.maxFileMiB * 1_048_576, origin };
  await runPool(
    () => queue.shift(),
    async (attachment) => {
      options.onProgress?.({ stage: 'attachments', done: outcomes.length, total: chosen.length, current: attachment.url });
      const result = await readAttachment(attachment.url, limits, options.fetchLike);
      if (!options.signal.aborted) outcomes.push({ url: attachment.url, page: attachment.page, result });
    },
    { concurrency: options.settings.concurrency, delayMs: Math.max(options.settings.delayMs, crawl.robots.crawlDelayMs), signal: options.signal },
  );
  return outcomes;
}

function notCheckedOf(crawl: CrawlResult, attachments: AttachmentOutcome[], options: SiteAuditOptions, cancelled: boolean): AuditReport['notChecked'] {
  const { locale } = options;
  const entries: AuditReport['notChecked'] = [];
  if (cancelled) entries.push({ id: 'site-audit', reason: t(locale, 'notChecked.cancelled', { pages: crawl.snapshots.length }) });
  if (crawl.robots.status === 'unreachable') entries.push({ id: 'site-audit', reason: t(locale, 'notChecked.robotsUnreachable') });
  for (const skipped of crawl.skipped) {
    entries.push({ id: 'site-audit', reason: t(locale, `notChecked.page.${skipped.reason}`, { url: skipped.url, detail: skipped.detail ?? '' }) });
  }
  for (const attachment of attachments) {
    if (!attachment.result.ok) {
      entries.push({
        id: 'decision-redaction',
        reason: t(locale, `notChecked.attachment.${attachment.result.reason}`, { url: attachment.url, detail: attachment.result.detail }),
      });
    }
  }
  const beyond = crawl.attachments.length - Math.min(crawl.attachments.length, options.settings.maxAttachments);
  if (beyond > 0) entries.push({ id: 'decision-redaction', reason: t(locale, 'notChecked.attachmentLimit', { count: beyond, limit: options.settings.maxAttachments }) });
  return entries;
}

export async function auditSite(options: SiteAuditOptions): Promise<SiteAudit> {
  const crawl = await crawlSite({
    start: options.start,
    settings: options.settings,
    signal: options.signal,
    parse: parsePage,
    fetchLike: options.fetchLike,
    onProgress: (progress) =>
      options.onProgress?.({ stage: 'pages', done: progress.pagesDone, total: Math.min(progress.pageLimit, progress.pagesDone + progress.pagesQueued), current: progress.current }),
  });
  const attachments = options.signal.aborted ? [] : await readAttachments(crawl, options);
  const cancelled = options.signal.aborted;
  options.onProgress?.({ stage: 'checking', done: 0, total: 1 });
  const attachmentSnapshots = attachments.flatMap(({ url, result }) => (result.ok ? [attachmentSnapshot(url, fileName(url), result.parts)] : []));
  const snapshots = [...crawl.snapshots, ...attachmentSnapshots];
  const report = runEngine(snapshots, { profile: options.profile, locale: options.locale, site: true });
  report.notChecked = [...report.notChecked, ...notCheckedOf(crawl, attachments, options, cancelled)];
  const pages = await Promise.all(snapshots.map(pageEvidence));
  const evidence: Evidence = { auditedAt: report.timestamp, url: report.url, pages };
  return { report, evidence, crawl, attachments, cancelled };
}
