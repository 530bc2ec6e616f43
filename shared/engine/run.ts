// Snapshots + profile + now → AuditReport (issue: audit engine). Every catalogue entry gets a result; a rule
// that throws becomes `error` and the run goes on; what could not be checked is listed, not hidden.
import packageJson from '../../package.json';
import { CATALOGUE } from '../catalogue/catalogue.ts';
import { imposes, isProfileId, PROFILE_IDS, PROFILES } from '../catalogue/profiles.ts';
import type { CatalogueEntry, ProfileId } from '../catalogue/types.ts';
import { scan } from '../detectors/scan.ts';
import type { Finding as PersonalDataFinding, ScanOptions } from '../detectors/types.ts';
import type { Snapshot } from '../extract/snapshot.ts';
import { message } from '../i18n/rules/messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { ruleFor } from '../rules/index.ts';
import type { RuleContext, RuleFinding } from '../rules/types.ts';
import { isRealDate } from '../schema/common.ts';
import { capFindings, countOutcomes, outcomeOf, softenAdvisory } from './aggregate.ts';
import type { AuditReport, Finding, RuleResult } from './report.ts';

export const ENGINE_VERSION: string = packageJson.version;

export interface AuditOptions {
  profile?: ProfileId;
  /** YYYY-MM-DD; defaults to today. Every date rule judges against it. */
  now?: string;
  locale?: 'zh-CN' | 'en';
  /** Several Snapshots of one site: an item present on any page counts. */
  site?: boolean;
}

/** Bad options: the message says what is wrong in Chinese and English. */
export class AuditInputError extends Error {
  override name = 'AuditInputError';
}

function inputError(key: string, data: Record<string, string | number> = {}): AuditInputError {
  return new AuditInputError(`${message('zh-CN', key, data)} / ${message('en', key, data)}`);
}

/** Today in the local time zone, YYYY-MM-DD. */
export function today(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const optionsKeys = new WeakMap<ScanOptions, string>();

/** The scan options as a key (remembered per options object: rules pass the same object for a record). */
function optionsKey(options: ScanOptions): string {
  let key = optionsKeys.get(options);
  if (key === undefined) {
    key = `${options.party?.kind ?? ''}\u0001${options.party?.name ?? ''}\u0001${options.decisionDate ?? ''}\u0001${options.all ? 1 : 0}`;
    optionsKeys.set(options, key);
  }
  return key;
}

/** The context rules share for one run: the profile, the day, and a memoised personal-data scan. */
export function createContext(profile: ProfileId, now: string, isSite: boolean): RuleContext {
  // Keyed by the text itself: a string keeps its hash, so looking a row up again costs no new string; a text
  // is nearly always scanned with one set of options, so those are a short list, not a map.
  const scans = new Map<string, [string, PersonalDataFinding[]][]>();
  const known = (text: string, key: string) => scans.get(text)?.find(([knownKey]) => knownKey === key)?.[1];
  const remember = (text: string, key: string, found: PersonalDataFinding[]) => {
    const list = scans.get(text);
    if (list) list.push([key, found]);
    else scans.set(text, [[key, found]]);
  };
  return {
    profile: PROFILES[profile],
    now,
    isSite,
    scan(text, options = {}) {
      const key = optionsKey(options);
      let found = known(text, key);
      if (!found) {
        found = scan(text, options);
        remember(text, key, found);
      }
      return found;
    },
  };
}

function judge(entry: CatalogueEntry, snapshots: readonly Snapshot[], context: RuleContext): RuleResult {
  const base = { id: entry.id, severity: entry.severity, phase: entry.phase, cites: entry.cites };
  if (!imposes(entry.profiles, context.profile.id)) return { ...base, outcome: 'inapplicable', findings: [] };
  const rule = ruleFor(entry.id);
  if (!rule) return { ...base, outcome: 'error', findings: [], error: `no rule implements ${entry.id}` };
  const findings: RuleFinding[] = [];
  const errors: string[] = [];
  // Page mode: every page on its own. Site mode: the rule sees the whole site.
  const runs = context.isSite ? [snapshots] : snapshots.map((snapshot) => [snapshot]);
  for (const pages of runs) {
    try {
      findings.push(...rule.evaluate(pages, context));
    } catch (error) {
      const where = pages.length === 1 ? ` (${pages[0]!.url})` : '';
      errors.push(`${error instanceof Error ? error.message : String(error)}${where}`);
    }
  }
  const judged = entry.severity === 'advisory' ? softenAdvisory(findings) : findings;
  let kept: Finding[] = [];
  try {
    // Snippets are written only for the findings the report keeps.
    kept = capFindings(judged).map((finding) => (typeof finding.snippet === 'function' ? { ...finding, snippet: finding.snippet() } : (finding as Finding)));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const result: RuleResult = { ...base, outcome: errors.length > 0 ? 'error' : outcomeOf(judged), findings: kept };
  if (errors.length > 0) result.error = errors.join('; ');
  return result;
}

function notChecked(snapshots: readonly Snapshot[], profile: ProfileId, locale: Locale): AuditReport['notChecked'] {
  const items: AuditReport['notChecked'] = [];
  for (const entry of CATALOGUE) {
    if (!imposes(entry.profiles, profile)) continue;
    if (!entry.automatable) items.push({ id: entry.id, reason: message(locale, 'notChecked.notAutomatable') });
    else if (entry.hasManualPart) items.push({ id: entry.id, reason: message(locale, `${entry.id}.manual`) });
  }
  for (const snapshot of snapshots) {
    const { limits, url } = snapshot;
    if (limits.truncated) items.push({ id: 'extraction', reason: message(locale, 'notChecked.truncated', { url }) });
    if (limits.skippedFrames > 0) items.push({ id: 'extraction', reason: message(locale, 'notChecked.skippedFrames', { url, count: limits.skippedFrames }) });
    for (const note of limits.notes) items.push({ id: 'extraction', reason: message(locale, 'notChecked.note', { url, note }) });
  }
  return items;
}

/** Judges the Snapshots (one page, or with `site` the pages of one site) against every catalogue entry. */
export function audit(snapshots: readonly Snapshot[], options: AuditOptions = {}): AuditReport {
  const profile = options.profile ?? 'baseline';
  if (!isProfileId(profile)) throw inputError('error.profile', { value: String(profile), choices: PROFILE_IDS.join(' ') });
  const now = options.now ?? today();
  if (!isRealDate(now)) throw inputError('error.now', { value: String(now) });
  if (snapshots.length === 0) throw inputError('error.noSnapshots');
  const locale = options.locale ?? 'zh-CN';
  const context = createContext(profile, now, options.site === true);
  const results = CATALOGUE.map((entry) => judge(entry, snapshots, context));
  return {
    engine: { name: 'zfgs', version: ENGINE_VERSION },
    url: snapshots[0]!.url,
    pages: snapshots.map((snapshot) => snapshot.url),
    timestamp: new Date().toISOString(),
    now,
    profile,
    locale,
    counts: countOutcomes(results),
    results,
    notChecked: notChecked(snapshots, profile, locale),
  };
}
