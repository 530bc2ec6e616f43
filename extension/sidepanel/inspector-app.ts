// The side panel: audits the tab the toolbar was clicked on (or a whole disclosure column from it), shows the
// report, highlights findings in the page, remembers review marks, keeps the history and exports. It renders
// only AuditReport JSON through text bindings, never the page's HTML.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AuditReport, Finding } from '../../shared/engine/report.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { AuditError, type AuditErrorCode } from '../audit/audit-error.ts';
import { auditPage, profileFor, type StartPage } from '../audit/audit-page.ts';
import type { Evidence } from '../audit/evidence.ts';
import { highlightInTab } from '../audit/highlight-in-tab.ts';
import { reviewKey } from '../audit/review-key.ts';
import type { SiteProgress } from '../audit/site-audit.ts';
import { pageKey } from '../crawl/scope.ts';
import { download } from '../export/download.ts';
import { EXPORT_FORMATS, exportReport, type ExportFormat } from '../export/export-report.ts';
import { t, uiLocale } from '../i18n.ts';
import { ruleText, ruleTitle } from '../rule-text.ts';
import { onAuditRequest, takeAuditRequest } from '../storage/audit-request.ts';
import { ClickTwins, type ClickDelivery } from '../storage/click-twins.ts';
import { StorageError, type AuditMode, type HistoryEntry, type ReviewMark } from '../storage/database.ts';
import { applyRetention, deleteAudit, listAudits, loadAudit, saveAudit, siteOf } from '../storage/history.ts';
import { deleteMark, listMarks, saveMark } from '../storage/marks.ts';
import { loadSettings, onSettingsChanged, type Settings, DEFAULT_SETTINGS } from '../storage/settings.ts';
import type { FindingEventDetail, MarkEventDetail } from '../ui/finding-item.ts';
import '../ui/history-view.ts';
import '../ui/report-view.ts';
import type { FindingContext } from '../ui/rule-group.ts';
import { baseStyles } from '../ui/styles.ts';

/** What the panel shows: an audit in its states, or a saved one. */
interface Session {
  mode: AuditMode;
  report: AuditReport;
  /** Settles after the report is shown (the screenshot and hashes of a new audit take a moment). */
  evidence: Promise<Evidence>;
  /** The tab audited, while the panel can still reach it (not for audits opened from history). */
  tabId?: number;
  /** The audited page, while its tab holds it: the start of a site audit. */
  start?: StartPage;
  historyId?: number;
  isFromHistory: boolean;
}

type Activity =
  | { kind: 'idle' }
  | { kind: 'working'; stage: 'reading' | 'checking' | 'permission' | SiteProgress['stage']; progress?: SiteProgress; isCancellable: boolean }
  | { kind: 'error'; code: AuditErrorCode; detail: string; tabId?: number }
  | { kind: 'done' };

const ERROR_CODES_WITH_RETRY: readonly AuditErrorCode[] = ['timeout', 'navigated', 'load-failed', 'extract-failed', 'engine-failed', 'no-access'];

@customElement('zfgs-inspector-app')
export class ZfgsInspectorApp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { padding: 0.5em 0.75em 2em; }
      header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5em; }
      nav .row button[aria-pressed='true'] { background: #0b0c0c; color: #fff; }
      progress { width: 100%; height: 1.2em; }
      .actions { margin: 0.5em 0; }
      .current { font-size: 0.85em; word-break: break-all; }
      section.panel { margin-top: 0.5em; }
    `,
  ];

  @state() private locale: Locale = uiLocale('auto');
  @state() private settings: Settings = DEFAULT_SETTINGS;
  @state() private tab: 'report' | 'history' = 'report';
  @state() private activity: Activity = { kind: 'idle' };
  @state() private session?: Session;
  /** Review marks of the session's site, by content key. */
  @state() private marks = new Map<string, ReviewMark>();
  /** Content key of each finding of the session (computed after the report is shown). */
  @state() private keys = new Map<Finding, string>();
  @state() private highlightStatus = new Map<Finding, string>();
  @state() private storageProblem = '';
  @state() private history: HistoryEntry[] = [];
  @state() private isHistoryAllSites = false;
  @state() private exportStatus = '';
  /** The session's evidence once it has settled. */
  @state() private evidence?: Evidence;
  private windowId?: number;
  private abort?: AbortController;
  private auditRun = 0;
  private readonly disposers: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  private async start(): Promise<void> {
    this.applySettings(await loadSettings());
    this.disposers.push(onSettingsChanged((settings) => this.applySettings(settings)));
    const window = await chrome.windows.getCurrent();
    this.windowId = window.id;
    if (this.windowId === undefined) return;
    const windowId = this.windowId;
    const twins = new ClickTwins(Date.now());
    const onClick = (delivery: ClickDelivery) => {
      if (twins.isFirst(delivery)) void this.auditTab(delivery.tabId);
    };
    const onDirectClick = (tab: chrome.tabs.Tab) => {
      if (tab.windowId === windowId && tab.id !== undefined) onClick({ via: 'direct', tabId: tab.id });
    };
    chrome.action.onClicked.addListener(onDirectClick);
    this.disposers.push(() => chrome.action.onClicked.removeListener(onDirectClick));
    this.disposers.push(onAuditRequest(windowId, (request) => onClick({ via: 'request', tabId: request.tabId, requestedAt: request.requestedAt })));
    const pending = await takeAuditRequest(this.windowId);
    if (pending) await this.auditTab(pending.tabId);
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    this.locale = uiLocale(settings.language);
    document.documentElement.lang = this.locale;
    document.title = t(this.locale, 'app.title');
  }

  private reportStorageProblem(error: unknown): void {
    const kind = error instanceof StorageError ? error.kind : 'failed';
    this.storageProblem = t(this.locale, `storage.${kind}`, { detail: error instanceof Error ? error.message : String(error) });
  }

  // ── audits ────────────────────────────────────────────────────────────────────────────────────────────

  /** Audits a tab: the toolbar's request, or the panel's own button for the active tab. */
  async auditTab(tabId: number): Promise<void> {
    this.abort?.abort();
    // A second click while the first audit runs: only the latest may show its result.
    const run = (this.auditRun += 1);
    const isCurrent = () => run === this.auditRun;
    this.tab = 'report';
    this.activity = { kind: 'working', stage: 'reading', isCancellable: false };
    try {
      // The settings as last loaded or changed (onSettingsChanged keeps them current): no read in the way.
      const audited = await auditPage(tabId, this.settings, this.locale);
      if (isCurrent()) await this.show({ mode: 'page', report: audited.report, evidence: audited.evidence, tabId, start: audited.start, isFromHistory: false }, true);
    } catch (error) {
      if (isCurrent()) this.fail(error, tabId);
    }
  }

  private async auditActiveTab(): Promise<void> {
    const [tab] = await chrome.tabs.query({ active: true, windowId: this.windowId });
    if (tab?.id === undefined) {
      this.activity = { kind: 'error', code: 'no-tab', detail: '' };
      return;
    }
    await this.auditTab(tab.id);
  }

  private fail(error: unknown, tabId?: number): void {
    const code = error instanceof AuditError ? error.code : 'extract-failed';
    const detail = error instanceof AuditError ? error.detail : error instanceof Error ? error.message : String(error);
    this.activity = { kind: 'error', code, detail, tabId };
  }

  /**
   * Site audit, or this page's attachments (a site audit limited to one page). The host permission is asked
   * first, synchronously inside the click, so that the browser sees the user's gesture.
   */
  private onSiteAudit(pageLimit?: number): void {
    const session = this.session;
    if (!session?.start) return;
    const origin = new URL(session.start.url).origin;
    const granting = chrome.permissions.request({ origins: [`${origin}/*`] });
    void this.runSiteAudit(session, granting, pageLimit);
  }

  private async runSiteAudit(session: Session, granting: Promise<boolean>, pageLimit?: number): Promise<void> {
    if (!session.start) return;
    this.activity = { kind: 'working', stage: 'permission', isCancellable: false };
    let isGranted = false;
    try {
      isGranted = await granting;
    } catch (error) {
      this.fail(new AuditError('permission-denied', error instanceof Error ? error.message : String(error)), session.tabId);
      return;
    }
    if (!isGranted) {
      this.fail(new AuditError('permission-denied', new URL(session.start.url).origin), session.tabId);
      return;
    }
    const abort = new AbortController();
    this.abort?.abort();
    this.abort = abort;
    this.auditRun += 1;
    this.activity = { kind: 'working', stage: 'pages', isCancellable: true };
    try {
      const settings = await loadSettings();
      const start = await session.start.snapshot();
      const crawl = pageLimit === undefined ? settings.crawl : { ...settings.crawl, maxPages: pageLimit };
      const { auditSite } = await import('../audit/site-audit.ts');
      const result = await auditSite({
        start,
        settings: crawl,
        profile: profileFor(settings, start.url),
        locale: this.locale,
        signal: abort.signal,
        onProgress: (progress) => {
          if (this.abort === abort) this.activity = { kind: 'working', stage: progress.stage, progress, isCancellable: progress.stage !== 'checking' };
        },
      });
      if (this.abort !== abort) return;
      const { screenshot, screenshotError } = await session.evidence;
      const evidence: Evidence = { ...result.evidence, screenshot, screenshotError };
      await this.show({ mode: 'site', report: result.report, evidence: Promise.resolve(evidence), tabId: session.tabId, start: session.start, isFromHistory: false }, true);
    } catch (error) {
      if (this.abort === abort) this.fail(error, session.tabId);
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private cancel(): void {
    this.abort?.abort();
  }

  /** Shows a report; a new one is saved to the history first (and a failure to save is said, not hidden). */
  private async show(session: Session, isNew: boolean): Promise<void> {
    this.session = session;
    this.keys = new Map();
    this.highlightStatus = new Map();
    this.exportStatus = '';
    this.evidence = undefined;
    this.activity = { kind: 'done' };
    const evidence = await session.evidence.then(
      (settled) => {
        if (this.session?.report === session.report) this.evidence = settled;
        return settled;
      },
      (error: unknown) => {
        // The page was replaced before its text could be hashed: without evidence the audit is not kept.
        if (this.session?.report === session.report) this.fail(error, session.tabId);
        return undefined;
      },
    );
    if (isNew && evidence) {
      try {
        const historyId = await saveAudit(session.report, evidence, session.mode);
        if (this.session?.report === session.report) this.session = { ...this.session, historyId };
        this.storageProblem = '';
        await applyRetention(this.settings.retention);
      } catch (error) {
        this.reportStorageProblem(error);
      }
    }
    await this.loadMarks();
    void this.computeKeys(session);
  }

  private async loadMarks(): Promise<void> {
    if (!this.session) return;
    try {
      const marks = await listMarks(siteOf(this.session.report.url));
      this.marks = new Map(marks.map((mark) => [mark.key, mark]));
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  private async computeKeys(session: Session): Promise<void> {
    const keys = new Map<Finding, string>();
    for (const result of session.report.results) {
      for (const finding of result.findings) keys.set(finding, await reviewKey(result.id, finding));
    }
    if (this.session?.report === session.report) this.keys = keys;
  }

  // ── findings ──────────────────────────────────────────────────────────────────────────────────────────

  private findingContext(): FindingContext {
    const session = this.session;
    const reportPage = session ? pageKey(new URL(session.report.url)) : '';
    return {
      markOf: (_ruleId, finding) => {
        const key = this.keys.get(finding);
        return key ? this.marks.get(key) : undefined;
      },
      canMark: (_ruleId, finding) => this.keys.has(finding),
      canHighlight: (finding) =>
        session !== undefined && !session.isFromHistory && session.tabId !== undefined && finding.target.length > 0 &&
        (finding.url === undefined || safePageKey(finding.url) === reportPage),
      highlightStatusOf: (finding) => this.highlightStatus.get(finding) ?? '',
    };
  }

  private async onHighlight(event: CustomEvent<FindingEventDetail>): Promise<void> {
    const session = this.session;
    if (session?.tabId === undefined) return;
    const { finding, ruleId } = event.detail;
    const label = (finding.status === 'fail' ? ruleText(this.locale, ruleId, 'failureTitle') : undefined) ?? ruleTitle(this.locale, ruleId);
    const answer = await highlightInTab(session.tabId, session.report.url, finding.target, label);
    this.highlightStatus = new Map(this.highlightStatus).set(finding, t(this.locale, `highlight.${answer}`));
  }

  private async onMark(event: CustomEvent<MarkEventDetail>): Promise<void> {
    const session = this.session;
    const { finding, ruleId, decision, note } = event.detail;
    const key = this.keys.get(finding);
    if (!session || !key) return;
    const mark: ReviewMark = {
      site: siteOf(session.report.url),
      key,
      ruleId,
      reason: finding.reason,
      snippet: finding.snippet,
      target: finding.target,
      url: finding.url ?? session.report.url,
      decision,
      note,
      markedAt: new Date().toISOString(),
    };
    try {
      await saveMark(mark);
      this.marks = new Map(this.marks).set(key, mark);
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  private async forgetMark(site: string, key: string): Promise<void> {
    try {
      await deleteMark(site, key);
      const marks = new Map(this.marks);
      marks.delete(key);
      this.marks = marks;
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  /** Marks of the audited pages whose content no longer appears in the report. */
  private staleMarks(): ReviewMark[] {
    const session = this.session;
    if (!session || this.keys.size === 0 && session.report.results.some((result) => result.findings.length > 0)) return [];
    const pages = new Set(session.report.pages.map(safePageKey));
    const present = new Set(this.keys.values());
    return [...this.marks.values()].filter((mark) => pages.has(safePageKey(mark.url)) && !present.has(mark.key));
  }

  private isDismissed = (_ruleId: string, finding: Finding): boolean => {
    const key = this.keys.get(finding);
    return key !== undefined && this.marks.get(key)?.decision === 'not-a-problem';
  };

  // ── history and export ────────────────────────────────────────────────────────────────────────────────

  private async showHistory(): Promise<void> {
    this.tab = 'history';
    await this.loadHistory();
  }

  private async loadHistory(): Promise<void> {
    try {
      const site = this.session ? siteOf(this.session.report.url) : undefined;
      this.history = await listAudits(this.isHistoryAllSites || !site ? undefined : site);
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  private async openAudit(id: number): Promise<void> {
    try {
      const stored = await loadAudit(id);
      if (!stored) return;
      const entry = this.history.find((candidate) => candidate.id === id);
      this.tab = 'report';
      await this.show({ mode: entry?.mode ?? 'page', report: stored.report, evidence: Promise.resolve(stored.evidence), historyId: id, isFromHistory: true }, false);
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  private async removeAudit(id: number): Promise<void> {
    try {
      await deleteAudit(id);
      await this.loadHistory();
    } catch (error) {
      this.reportStorageProblem(error);
    }
  }

  private async export(format: ExportFormat): Promise<void> {
    const session = this.session;
    if (!session) return;
    try {
      const context = this.findingContext();
      const reviewMarks = [...this.marks.values()].filter((mark) => [...this.keys.values()].includes(mark.key));
      const evidence = await session.evidence;
      const file = await exportReport(format, { report: session.report, evidence, locale: this.locale, reviewMarks, markOf: context.markOf });
      if (!file) {
        this.exportStatus = t(this.locale, 'export.noScreenshot', { detail: evidence.screenshotError ?? '' });
        return;
      }
      download(file.blob, file.fileName);
      this.exportStatus = t(this.locale, 'export.done', { file: file.fileName });
    } catch (error) {
      this.exportStatus = t(this.locale, 'export.failed', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────────────────

  private renderActivity() {
    const activity = this.activity;
    if (activity.kind === 'working') {
      const progress = activity.progress;
      return html`
        <section class="panel working" aria-busy="true">
          <p role="status">${t(this.locale, `stage.${activity.stage}`)}${progress ? ` ${progress.done} / ${progress.total}` : ''}</p>
          <progress max=${progress?.total || 1} value=${ifDefined(progress?.done)} aria-label=${t(this.locale, `stage.${activity.stage}`)}></progress>
          ${progress?.current ? html`<p class="current muted">${progress.current}</p>` : ''}
          ${activity.isCancellable ? html`<button type="button" class="danger cancel" @click=${this.cancel}>${t(this.locale, 'action.cancel')}</button>` : ''}
        </section>
      `;
    }
    if (activity.kind === 'error') {
      return html`
        <section class="panel" role="alert">
          <div class="alert audit-error" data-code=${activity.code}>
            <p><strong>${t(this.locale, `error.${activity.code}`)}</strong></p>
            ${activity.detail ? html`<p class="muted">${activity.detail}</p>` : ''}
          </div>
          ${activity.tabId !== undefined && ERROR_CODES_WITH_RETRY.includes(activity.code)
            ? html`<button type="button" @click=${() => void this.auditTab(activity.tabId!)}>${t(this.locale, 'action.retry')}</button>`
            : ''}
        </section>
      `;
    }
    return '';
  }

  private renderIdle() {
    return html`
      <section class="panel idle">
        <p>${t(this.locale, 'idle.explain')}</p>
        <button type="button" class="primary" @click=${() => void this.auditActiveTab()}>${t(this.locale, 'action.auditActive')}</button>
      </section>
    `;
  }

  private renderActions(session: Session) {
    const isWorking = this.activity.kind === 'working';
    const attachments = session.start?.attachments ?? 0;
    return html`
      <section class="panel actions" aria-labelledby="actions-heading">
        <h2 id="actions-heading" class="visually-hidden">${t(this.locale, 'actions.heading')}</h2>
        ${session.isFromHistory ? html`<p class="note">${t(this.locale, 'report.fromHistory')}</p>` : ''}
        ${session.start && !session.isFromHistory
          ? html`<div class="row">
              <button type="button" class="site-audit" ?disabled=${isWorking} @click=${() => this.onSiteAudit()}>${t(this.locale, 'action.siteAudit', { pages: this.settings.crawl.maxPages })}</button>
              ${session.mode === 'page' && attachments > 0
                ? html`<button type="button" class="scan-attachments" ?disabled=${isWorking} @click=${() => this.onSiteAudit(1)}>${t(this.locale, 'action.scanAttachments', { count: attachments })}</button>`
                : ''}
            </div>
            <p class="muted">${t(this.locale, 'action.siteAuditExplain')}</p>`
          : ''}
        <div class="row export" role="group" aria-label=${t(this.locale, 'export.heading')}>
          <span>${t(this.locale, 'export.heading')}</span>
          ${EXPORT_FORMATS.map(
            (format) => html`<button type="button" data-export=${format} ?disabled=${format === 'screenshot' && this.evidence?.screenshot === undefined} @click=${() => void this.export(format)}>
              ${t(this.locale, `export.${format}`)}
            </button>`,
          )}
        </div>
        <p class="muted" role="status">${this.exportStatus}</p>
      </section>
    `;
  }

  private renderReportTab() {
    const session = this.session;
    return html`
      ${this.renderActivity()}
      ${session && this.activity.kind !== 'working'
        ? html`
            ${this.renderActions(session)}
            <zfgs-inspector-report
              .report=${session.report}
              .context=${this.findingContext()}
              .staleMarks=${this.staleMarks()}
              .isDismissed=${this.isDismissed}
              locale=${this.locale}
              @zfgs-highlight=${(event: CustomEvent<FindingEventDetail>) => void this.onHighlight(event)}
              @zfgs-mark=${(event: CustomEvent<MarkEventDetail>) => void this.onMark(event)}
              @zfgs-unmark=${(event: CustomEvent<FindingEventDetail>) => {
                const key = this.keys.get(event.detail.finding);
                if (key && session) void this.forgetMark(siteOf(session.report.url), key);
              }}
              @zfgs-forget-mark=${(event: CustomEvent<ReviewMark>) => void this.forgetMark(event.detail.site, event.detail.key)}
            ></zfgs-inspector-report>
          `
        : this.activity.kind === 'idle'
          ? this.renderIdle()
          : ''}
    `;
  }

  override render() {
    return html`
      <header>
        <h1>${t(this.locale, 'app.title')}</h1>
        <nav aria-label=${t(this.locale, 'nav.label')}>
          <div class="row">
            <button type="button" aria-pressed=${this.tab === 'report' ? 'true' : 'false'} @click=${() => (this.tab = 'report')}>${t(this.locale, 'nav.report')}</button>
            <button type="button" class="history-tab" aria-pressed=${this.tab === 'history' ? 'true' : 'false'} @click=${() => void this.showHistory()}>${t(this.locale, 'nav.history')}</button>
            <button type="button" @click=${() => void chrome.runtime.openOptionsPage()}>${t(this.locale, 'nav.options')}</button>
          </div>
        </nav>
      </header>
      <main>
        ${this.storageProblem ? html`<div class="alert storage-problem" role="alert">${this.storageProblem}</div>` : ''}
        ${this.tab === 'report'
          ? this.renderReportTab()
          : html`<zfgs-inspector-history
              .entries=${this.history}
              site=${this.session ? siteOf(this.session.report.url) : ''}
              ?isAllSites=${this.isHistoryAllSites || !this.session}
              locale=${this.locale}
              @zfgs-history-scope=${(event: CustomEvent<boolean>) => {
                this.isHistoryAllSites = event.detail;
                void this.loadHistory();
              }}
              @zfgs-open-audit=${(event: CustomEvent<number>) => void this.openAudit(event.detail)}
              @zfgs-delete-audit=${(event: CustomEvent<number>) => void this.removeAudit(event.detail)}
            ></zfgs-inspector-history>`}
      </main>
    `;
  }
}

function safePageKey(url: string): string {
  try {
    return pageKey(new URL(url));
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-app': ZfgsInspectorApp;
  }
}
