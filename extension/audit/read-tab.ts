// Reads the audited tab into a Snapshot: injects the extractor (an IIFE file of the extension) into the
// tab's main frame with chrome.scripting under the activeTab grant, then calls it. The extractor follows
// same-origin frames and open shadow roots itself. A page that never answers (an endless script, a page
// rewriting itself) ends in a `timeout` error, never a hang.
import extractScript from '../content/extract-page.iife.ts?script&iife';
import type { ExtractResult } from '../content/extract-page.iife.ts';
import settledScript from '../content/widgets-settled.iife.ts?script&iife';
import { fromWire } from '../content/snapshot-wire.ts';
import { WIDGET_ISLAND_KINDS } from '../../shared/extract/island.ts';
import type { Snapshot } from '../../shared/extract/snapshot.ts';
import { AuditError, scriptingErrorCode } from './audit-error.ts';

export interface ReadTabOptions {
  /** Characters of page text kept (the Snapshot says when it was truncated). */
  maxTextLength: number;
  timeoutMs: number;
  /** How long the page's zfgs- widgets may take to load and write their islands before the page is read anyway. */
  widgetsLimitMs: number;
}

export const DEFAULT_READ_OPTIONS: ReadTabOptions = { maxTextLength: 4_000_000, timeoutMs: 60_000, widgetsLimitMs: 15_000 };

export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * An inspector often clicks while a widget page is still loading its data (a `src` fetch, the on-demand decision
 * pipeline): reading then would judge the fallback, not the disclosure. A page where no zfgs- element is defined
 * costs one call (nothing injected).
 */
async function untilWidgetsSettled(tabId: number, limitMs: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const [defined] = await chrome.scripting.executeScript({
    target,
    world: 'MAIN',
    func: (names: string[]) => names.some((name) => customElements.get(name) !== undefined),
    args: [Object.keys(WIDGET_ISLAND_KINDS)],
  });
  if (defined?.result !== true) return;
  await chrome.scripting.executeScript({ target, world: 'MAIN', files: [settledScript] });
  await chrome.scripting.executeScript({
    target,
    world: 'MAIN',
    func: (limit: number) => (globalThis as typeof globalThis & { zfgsWidgetsSettled?: (doc: Document, limitMs: number) => Promise<boolean> }).zfgsWidgetsSettled?.(document, limit),
    args: [limitMs],
  });
}

async function inject(tabId: number, options: ReadTabOptions): Promise<ExtractResult> {
  try {
    await untilWidgetsSettled(tabId, options.widgetsLimitMs);
    await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [extractScript] });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (extractOptions: { maxTextLength: number }) =>
        (globalThis as typeof globalThis & { zfgsExtractPage?: (options: { maxTextLength: number }) => string }).zfgsExtractPage?.(extractOptions),
      args: [{ maxTextLength: options.maxTextLength }],
    });
    const json = result?.result;
    if (typeof json !== 'string') throw new AuditError('navigated', 'the page gave no answer (it was replaced while being read)');
    return JSON.parse(json) as ExtractResult;
  } catch (error) {
    if (error instanceof AuditError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const tab = await chrome.tabs.get(tabId).catch(() => undefined);
    throw new AuditError(scriptingErrorCode(message), tab ? `${message} (${tab.url ?? '?'}, ${tab.status ?? '?'}${tab.active ? '' : ', not the active tab'})` : message);
  }
}

/**
 * The activeTab grant of a click occasionally reaches the tab's renderer just after the panel's first
 * injection (seen in about one audit in twenty in tests): one retry after a moment tells a late grant from none.
 */
const GRANT_RETRY_MS = 200;

async function injectAllowingLateGrant(tabId: number, options: ReadTabOptions): Promise<ExtractResult> {
  try {
    return await inject(tabId, options);
  } catch (error) {
    if (!(error instanceof AuditError) || error.code !== 'no-access') throw error;
    await new Promise((resolve) => setTimeout(resolve, GRANT_RETRY_MS));
    return inject(tabId, options);
  }
}

export async function readTab(tabId: number, options: ReadTabOptions = DEFAULT_READ_OPTIONS): Promise<Snapshot> {
  const result = await withTimeout(injectAllowingLateGrant(tabId, options), options.timeoutMs, () => new AuditError('timeout', `${Math.round(options.timeoutMs / 1000)} s`));
  if (!result.ok) throw new AuditError('extract-failed', result.error);
  return fromWire(result.snapshot);
}
