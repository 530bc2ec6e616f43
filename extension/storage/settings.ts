// The user's settings (options page), typed, with defaults, in chrome.storage.local. Whatever is stored is
// read through normalizeSettings, so a value from an older version or a hand-edited store never breaks the UI.
import type { ProfileId } from '../../shared/catalogue/types.ts';
import { LOCALES, type Locale } from '../../shared/i18n/locale.ts';

export const PROFILE_IDS: readonly ProfileId[] = ['baseline', 'hz', 'qp', 'zc', 'hb', 'wh'];

export type CrawlScope = 'column' | 'origin';

export interface CrawlSettings {
  /** Pages fetched in one site audit, the start page included. */
  maxPages: number;
  /** Link hops from the start page. */
  maxDepth: number;
  /** Pause after each request of one fetcher, milliseconds (politeness). */
  delayMs: number;
  /** Requests in flight at once; never more than 2. */
  concurrency: number;
  /** `column`: only pages under the start page's folder; `origin`: the whole site. */
  scope: CrawlScope;
  /** Attachments (PDF, DOCX, XLSX …) read per audit. */
  maxAttachments: number;
  /** Largest page or attachment read, in MiB. */
  maxFileMiB: number;
}

export interface Settings {
  /** `auto`: suggested from the page's domain. */
  profile: 'auto' | ProfileId;
  /** `auto`: the browser's UI language (English for en*, Chinese otherwise). */
  language: 'auto' | Locale;
  crawl: CrawlSettings;
  /** History older than `days` or beyond the newest `maxAudits` is deleted. */
  retention: { days: number; maxAudits: number };
}

export const DEFAULT_SETTINGS: Settings = {
  profile: 'auto',
  language: 'auto',
  crawl: { maxPages: 50, maxDepth: 3, delayMs: 500, concurrency: 2, scope: 'column', maxAttachments: 30, maxFileMiB: 20 },
  retention: { days: 365, maxAudits: 500 },
};

/** Bounds of every number setting: the options form shows them and normalizeSettings enforces them. */
export const LIMITS = {
  maxPages: { min: 1, max: 500 },
  maxDepth: { min: 0, max: 10 },
  delayMs: { min: 0, max: 10_000 },
  concurrency: { min: 1, max: 2 },
  maxAttachments: { min: 0, max: 200 },
  maxFileMiB: { min: 1, max: 100 },
  days: { min: 1, max: 3650 },
  maxAudits: { min: 1, max: 10_000 },
} as const;

function clampedInteger(value: unknown, fallback: number, { min, max }: { min: number; max: number }): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.round(number)));
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Any stored value → valid Settings: unknown keys dropped, missing or invalid ones defaulted, numbers clamped. */
export function normalizeSettings(raw: unknown): Settings {
  const input = record(raw);
  const crawl = record(input.crawl);
  const retention = record(input.retention);
  const defaults = DEFAULT_SETTINGS;
  return {
    profile: oneOf(input.profile, ['auto', ...PROFILE_IDS], defaults.profile),
    language: oneOf(input.language, ['auto', ...LOCALES], defaults.language),
    crawl: {
      maxPages: clampedInteger(crawl.maxPages, defaults.crawl.maxPages, LIMITS.maxPages),
      maxDepth: clampedInteger(crawl.maxDepth, defaults.crawl.maxDepth, LIMITS.maxDepth),
      delayMs: clampedInteger(crawl.delayMs, defaults.crawl.delayMs, LIMITS.delayMs),
      concurrency: clampedInteger(crawl.concurrency, defaults.crawl.concurrency, LIMITS.concurrency),
      scope: oneOf(crawl.scope, ['column', 'origin'], defaults.crawl.scope),
      maxAttachments: clampedInteger(crawl.maxAttachments, defaults.crawl.maxAttachments, LIMITS.maxAttachments),
      maxFileMiB: clampedInteger(crawl.maxFileMiB, defaults.crawl.maxFileMiB, LIMITS.maxFileMiB),
    },
    retention: {
      days: clampedInteger(retention.days, defaults.retention.days, LIMITS.days),
      maxAudits: clampedInteger(retention.maxAudits, defaults.retention.maxAudits, LIMITS.maxAudits),
    },
  };
}

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(KEY);
  return normalizeSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const normalized = normalizeSettings(settings);
  await chrome.storage.local.set({ [KEY]: normalized });
  return normalized;
}

/** Calls `listener` with the new settings whenever another page (the options) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normalizeSettings(changes[KEY]?.newValue));
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}
