// A site audit's crawl: breadth-first from the start page over same-origin links of the disclosure column,
// within depth and page limits, polite (≤ 2 requests at once, a pause after each, robots.txt and its
// Crawl-delay respected), cancellable at any moment. Pages are parsed by the caller (DOMParser lives in
// the side panel, not in the service worker). Collects the attachment links it meets for the next step.
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import { decodeHtml } from './decode.ts';
import { fetchResource, type FetchLike, type FetchProblem } from './fetch-resource.ts';
import { runPool } from './polite-pool.ts';
import type { FetchText } from './widget-sources.ts';
import { loadRobots, type RobotsRules } from './robots.ts';
import { classifyLink, pageKey, scopeOf, type Scope } from './scope.ts';
import type { CrawlSettings } from '../storage/settings.ts';

export interface ParsedPage {
  snapshot: Snapshot;
  /** Further URLs to follow that a Snapshot does not list as links (frame and iframe sources). */
  frameUrls: string[];
}

export type SkipReason = FetchProblem | 'robots' | 'not-html' | 'parse-failed' | 'duplicate';

export interface Skipped {
  url: string;
  reason: SkipReason;
  detail?: string;
}

export interface CrawlProgress {
  pagesDone: number;
  pagesQueued: number;
  pageLimit: number;
  current?: string;
}

export interface CrawlOptions {
  start: Snapshot;
  settings: CrawlSettings;
  signal: AbortSignal;
  /** HTML → Snapshot; `fetchText` reads more of the site (a widget's JSON) within the same limits. */
  parse: (html: string, url: string, fetchText: FetchText) => ParsedPage | Promise<ParsedPage>;
  onProgress?: (progress: CrawlProgress) => void;
  fetchLike?: FetchLike;
}

export interface CrawlResult {
  snapshots: Snapshot[];
  /** Same-origin attachment URLs met on the pages, in order of discovery, with the page that links them. */
  attachments: { url: string; text: string; page: string }[];
  skipped: Skipped[];
  robots: RobotsRules;
  cancelled: boolean;
}

interface QueuedPage {
  url: string;
  depth: number;
}

export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const { settings, signal } = options;
  const fetchLike = options.fetchLike ?? ((input, init) => fetch(input, init));
  const scope: Scope = scopeOf(options.start.url, settings.scope);
  const maxBytes = settings.maxFileMiB * 1_048_576;
  const robots = await loadRobots(scope.origin, { signal, maxBytes: 512 * 1024, origin: scope.origin }, fetchLike);
  const snapshots: Snapshot[] = [options.start];
  const skipped: Skipped[] = [];
  const attachments = new Map<string, { url: string; text: string; page: string }>();
  const seen = new Set<string>([pageKey(new URL(options.start.url))]);
  const queue: QueuedPage[] = [];
  let pagesTaken = 1;

  const progress = (current?: string) =>
    options.onProgress?.({ pagesDone: snapshots.length + skipped.length, pagesQueued: queue.length, pageLimit: settings.maxPages, current });

  const follow = (hrefs: Iterable<{ href: string; text: string }>, from: string, depth: number) => {
    for (const { href, text } of hrefs) {
      const { kind, url } = classifyLink(href, scope);
      if (!url) continue;
      const key = pageKey(url);
      if (kind === 'attachment') {
        if (!attachments.has(key)) attachments.set(key, { url: key, text, page: from });
        continue;
      }
      if (kind !== 'page' || seen.has(key) || depth + 1 > settings.maxDepth) continue;
      seen.add(key);
      if (!robots.isAllowed(key)) {
        skipped.push({ url: key, reason: 'robots' });
        continue;
      }
      queue.push({ url: key, depth: depth + 1 });
    }
  };

  const linksOf = ({ snapshot, frameUrls }: ParsedPage) => [
    ...snapshot.links.map((link) => ({ href: link.href, text: link.text })),
    ...snapshot.attachments.map((link) => ({ href: link.href, text: link.text })),
    ...frameUrls.map((href) => ({ href, text: '' })),
  ];

  follow(linksOf({ snapshot: options.start, frameUrls: [] }), options.start.url, 0);
  progress();

  const next = () => {
    if (pagesTaken >= settings.maxPages) return undefined;
    const job = queue.shift();
    if (job) pagesTaken += 1;
    return job;
  };

  const fetchText: FetchText = async (url) => {
    const fetched = await fetchResource(url, { signal, maxBytes, origin: scope.origin }, fetchLike);
    return fetched.ok ? { ok: true, text: decodeHtml(fetched.bytes, fetched.contentType).text } : { ok: false, problem: `${fetched.problem} ${fetched.detail}` };
  };

  const visit = async ({ url, depth }: QueuedPage) => {
    progress(url);
    const fetched = await fetchResource(url, { signal, maxBytes, origin: scope.origin }, fetchLike);
    if (!fetched.ok) {
      if (fetched.problem !== 'aborted') skipped.push({ url, reason: fetched.problem, detail: fetched.detail });
      return;
    }
    const finalKey = pageKey(new URL(fetched.finalUrl));
    if (finalKey !== url) {
      if (seen.has(finalKey) && snapshots.some((snapshot) => pageKey(new URL(snapshot.url)) === finalKey)) {
        skipped.push({ url, reason: 'duplicate', detail: finalKey });
        return;
      }
      seen.add(finalKey);
    }
    if (!/html|xml/i.test(fetched.contentType) && fetched.contentType !== '') {
      skipped.push({ url, reason: 'not-html', detail: fetched.contentType });
      return;
    }
    let parsed: ParsedPage;
    try {
      parsed = await options.parse(decodeHtml(fetched.bytes, fetched.contentType).text, fetched.finalUrl, fetchText);
    } catch (error) {
      skipped.push({ url, reason: 'parse-failed', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    snapshots.push(parsed.snapshot);
    follow(linksOf(parsed), parsed.snapshot.url, depth);
    progress();
  };

  const delayMs = Math.max(settings.delayMs, Math.min(robots.crawlDelayMs, 30_000));
  await runPool(next, visit, { concurrency: settings.concurrency, delayMs, signal });
  progress();
  return { snapshots, attachments: [...attachments.values()], skipped, robots, cancelled: signal.aborted };
}
