// Which links a site audit follows: pages of the audited site, within the disclosure column (the start
// page's folder) unless the user widened the scope to the whole site. Attachments are collected apart.
import type { CrawlScope } from '../storage/settings.ts';

/** Extensions of files that are attachments to read for personal data (or report as unreadable). */
export const ATTACHMENT_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'et', 'ofd', 'rtf', 'odt', 'ods']);

/** Files that are neither pages nor readable documents. */
const SKIPPED_EXTENSIONS = new Set([
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'svg', 'ico', 'tif', 'tiff',
  'css', 'js', 'mjs', 'json', 'xml', 'rss', 'txt', 'csv',
  'zip', 'rar', '7z', 'gz', 'tar', 'exe', 'msi', 'apk', 'dmg', 'iso',
  'mp3', 'mp4', 'avi', 'wmv', 'flv', 'mov', 'wav', 'swf', 'ppt', 'pptx',
]);

export function extensionOf(url: URL): string {
  const name = url.pathname.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The URL without its fragment: one page, however it is linked. */
export function pageKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

export type LinkKind = 'page' | 'attachment' | 'outside' | 'skipped';

export interface Scope {
  origin: string;
  /** Path prefix of the column ('/' for the whole site). */
  prefix: string;
}

export function scopeOf(start: string, scope: CrawlScope): Scope {
  const url = new URL(start);
  return { origin: url.origin, prefix: scope === 'origin' ? '/' : new URL('.', url).pathname };
}

export function classifyLink(href: string, scope: Scope): { kind: LinkKind; url?: URL } {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'skipped' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skipped' };
  if (url.origin !== scope.origin) return { kind: 'outside', url };
  const extension = extensionOf(url);
  if (ATTACHMENT_EXTENSIONS.has(extension)) return { kind: 'attachment', url };
  if (SKIPPED_EXTENSIONS.has(extension)) return { kind: 'skipped', url };
  if (!url.pathname.startsWith(scope.prefix)) return { kind: 'outside', url };
  return { kind: 'page', url };
}
