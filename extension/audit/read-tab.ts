// Audits the tab in the tab: the page auditor (an IIFE file of the extension: extractor and engine) lives in
// the isolated world of the tab's main frame, injected with chrome.scripting under the activeTab grant once
// per document and called again on later clicks, so its code runs warm and only the report travels. The
// extractor follows same-origin frames and open shadow roots itself. A page that never answers (an endless
// script, a page rewriting itself) ends in a `timeout` error, never a hang.
import auditorScript from '../content/page-auditor.iife.ts?script&iife';
import { PAGE_AUDITOR_GLOBAL, type PageAuditor, type PageAuditOptions, type PageAuditResult, type PageTextDigest } from '../content/page-auditor-api.ts';
import settledScript from '../content/widgets-settled.iife.ts?script&iife';
import { fromWire, type WireSnapshot } from '../content/snapshot-wire.ts';
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

const timedOut = (ms: number) => new AuditError('timeout', `${Math.round(ms / 1000)} s`);

export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * An inspector often clicks while a widget page is still loading its data (a `src` fetch, the on-demand decision
 * pipeline): reading then would judge the fallback, not the disclosure. Whether the page defines any zfgs- element
 * is one call (nothing injected); only then are the widgets waited for.
 */
async function hasWidgets(tabId: number): Promise<boolean> {
  const [defined] = await chrome.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world: 'MAIN',
    func: (names: string[]) => names.some((name) => customElements.get(name) !== undefined),
    args: [Object.keys(WIDGET_ISLAND_KINDS)],
  });
  return defined?.result === true;
}

async function untilWidgetsSettled(tabId: number, limitMs: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await chrome.scripting.executeScript({ target, world: 'MAIN', files: [settledScript] });
  await chrome.scripting.executeScript({
    target,
    world: 'MAIN',
    func: (limit: number) => (globalThis as typeof globalThis & { zfgsWidgetsSettled?: (doc: Document, limitMs: number) => Promise<boolean> }).zfgsWidgetsSettled?.(document, limit),
    args: [limitMs],
  });
}

type WithAuditor = typeof globalThis & Partial<Record<string, PageAuditor>>;

/** A call into the resident auditor: `absent` when this document has none yet. */
async function callAuditor(tabId: number, options: PageAuditOptions): Promise<string | 'absent'> {
  const [result] = await chrome.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (name: string, auditOptions: PageAuditOptions) => (globalThis as WithAuditor)[name]?.audit(auditOptions) ?? 'absent',
    args: [PAGE_AUDITOR_GLOBAL, options],
  });
  const json: unknown = result?.result;
  if (typeof json !== 'string') throw new AuditError('navigated', 'the page gave no answer (it was replaced while being read)');
  return json;
}

async function withScriptingErrors<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuditError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const tab = await chrome.tabs.get(tabId).catch(() => undefined);
    throw new AuditError(scriptingErrorCode(message), tab ? `${message} (${tab.url ?? '?'}, ${tab.status ?? '?'}${tab.active ? '' : ', not the active tab'})` : message);
  }
}

/**
 * Tabs whose last check found no zfgs- element defined (most pages: legacy CMSs). Their next audit is sent right
 * behind the check instead of after its answer, saving a round trip; it stands only if the check, which the tab
 * runs first, again finds none — otherwise it is dropped and the page audited once its widgets settle.
 */
const tabsWithoutWidgets = new Set<number>();

async function auditOnce(tabId: number, options: ReadTabOptions & Omit<PageAuditOptions, 'maxTextLength'>): Promise<PageAuditResult> {
  return withScriptingErrors(tabId, async () => {
    const auditOptions: PageAuditOptions = { maxTextLength: options.maxTextLength, profile: options.profile, locale: options.locale, now: options.now };
    const checking = hasWidgets(tabId);
    const early = tabsWithoutWidgets.has(tabId) ? callAuditor(tabId, auditOptions) : undefined;
    early?.catch(() => undefined);
    const isWaiting = await checking;
    if (isWaiting) {
      tabsWithoutWidgets.delete(tabId);
      await untilWidgetsSettled(tabId, options.widgetsLimitMs);
    } else {
      tabsWithoutWidgets.add(tabId);
    }
    let json = early && !isWaiting ? await early : await callAuditor(tabId, auditOptions);
    if (json === 'absent') {
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [auditorScript] });
      json = await callAuditor(tabId, auditOptions);
    }
    if (json === 'absent') throw new AuditError('navigated', 'the page was replaced while the auditor was injected');
    return JSON.parse(json) as PageAuditResult;
  });
}

/**
 * The activeTab grant of a click occasionally reaches the tab's renderer just after the panel's first
 * injection (seen in about one audit in twenty in tests): one retry after a moment tells a late grant from none.
 */
const GRANT_RETRY_MS = 200;

export type TabAudit = Extract<PageAuditResult, { ok: true }>;

export async function auditInTab(tabId: number, options: Omit<PageAuditOptions, 'maxTextLength'>, readOptions: ReadTabOptions = DEFAULT_READ_OPTIONS): Promise<TabAudit> {
  const attempt = async () => {
    try {
      return await auditOnce(tabId, { ...readOptions, ...options });
    } catch (error) {
      if (!(error instanceof AuditError) || error.code !== 'no-access') throw error;
      await new Promise((resolve) => setTimeout(resolve, GRANT_RETRY_MS));
      return auditOnce(tabId, { ...readOptions, ...options });
    }
  };
  const result = await withTimeout(attempt(), readOptions.timeoutMs, () => timedOut(readOptions.timeoutMs));
  if (!result.ok) throw new AuditError(result.stage === 'engine' ? 'engine-failed' : 'extract-failed', result.error);
  return result;
}

/** Something the tab still holds for audit `token`; `undefined` when the page was replaced since. */
async function askAuditor(tabId: number, method: 'digest' | 'snapshot', token: string): Promise<unknown> {
  return withScriptingErrors(tabId, async () => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (name: string, which: 'digest' | 'snapshot', key: string) => (globalThis as WithAuditor)[name]?.[which](key),
      args: [PAGE_AUDITOR_GLOBAL, method, token],
    });
    return result?.result;
  });
}

const replaced = () => new AuditError('navigated', 'the page changed since it was audited: audit it again');

/** The evidence of the audited text (its digest, computed in the tab where it can be). */
export async function digestInTab(tabId: number, token: string, timeoutMs = DEFAULT_READ_OPTIONS.timeoutMs): Promise<PageTextDigest> {
  const digest = await withTimeout(askAuditor(tabId, 'digest', token), timeoutMs, () => timedOut(timeoutMs));
  if (!digest) throw replaced();
  return digest as PageTextDigest;
}

/** The page of audit `token`, read again in its tab (the start of a site audit), only when asked for. */
export async function snapshotInTab(tabId: number, token: string, timeoutMs = DEFAULT_READ_OPTIONS.timeoutMs): Promise<Snapshot> {
  const json = await withTimeout(askAuditor(tabId, 'snapshot', token), timeoutMs, () => timedOut(timeoutMs));
  if (typeof json !== 'string') throw replaced();
  return fromWire(JSON.parse(json) as WireSnapshot);
}
