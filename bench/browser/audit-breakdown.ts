// Runs in Chromium (bundled by pageWithModule): where the full audit's time goes, phase by phase, timed inside
// the page with performance.now — extraction, the shared page index and decision records, each rule (the
// personal-data scan inside it taken out and summed on its own) and snippets; the whole audit is timed apart.
// Used by bench/profile-audit.ts (not a benchmark: it has no reference and no target).
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { imposes } from '../../shared/catalogue/profiles.ts';
import { capFindings } from '../../shared/engine/aggregate.ts';
import { audit, createContext } from '../../shared/engine/run.ts';
import { extractSnapshot } from '../../shared/extract/extract.ts';
import { ruleFor } from '../../shared/rules/index.ts';
import { personalDataIn } from '../../shared/rules/support/decision-leaks.ts';
import { decisionsOnPage } from '../../shared/rules/support/decisions.ts';
import { pageOf } from '../../shared/rules/support/page.ts';
import type { RuleContext } from '../../shared/rules/types.ts';

export { buildDecisionPage, treeWalkerMs } from './audit-page.ts';

const OPTIONS = { profile: 'hz', now: '2024-12-20', site: true } as const;

/** Milliseconds per phase of one audit of the current document. */
export function breakdownOnce(): Record<string, number> {
  const phases: Record<string, number> = {};
  const add = (name: string, ms: number) => {
    phases[name] = (phases[name] ?? 0) + ms;
  };
  let started = performance.now();
  const snapshot = extractSnapshot(document);
  add('extraction', performance.now() - started);

  started = performance.now();
  pageOf(snapshot);
  add('page index (pageOf)', performance.now() - started);
  started = performance.now();
  const records = decisionsOnPage(snapshot);
  add('decision records', performance.now() - started);

  const base = createContext(OPTIONS.profile, OPTIONS.now, OPTIONS.site);
  started = performance.now();
  personalDataIn(records, base);
  add('personal-data scan of the decisions', performance.now() - started);
  let scanMs = 0;
  const context: RuleContext = {
    ...base,
    scan(text, options) {
      const t0 = performance.now();
      try {
        return base.scan(text, options);
      } finally {
        scanMs += performance.now() - t0;
      }
    },
  };
  for (const entry of CATALOGUE) {
    if (!imposes(entry.profiles, context.profile.id)) continue;
    const rule = ruleFor(entry.id);
    if (!rule) continue;
    const scanBefore = scanMs;
    started = performance.now();
    const findings = rule.evaluate([snapshot], context);
    add(`rule ${entry.id}`, performance.now() - started - (scanMs - scanBefore));
    const snippetScanBefore = scanMs;
    started = performance.now();
    for (const finding of capFindings(findings)) if (typeof finding.snippet === 'function') finding.snippet();
    add('snippets (kept findings)', performance.now() - started - (scanMs - snippetScanBefore));
  }
  add('personal-data scan (other calls: snippets)', scanMs);
  return phases;
}

/** Median per phase over `runs` audits (after one warm-up), plus the median of the whole audit. */
export function breakdown(runs: number): { phases: Record<string, number>; fullMs: number } {
  breakdownOnce();
  const samples: Record<string, number[]> = {};
  for (let run = 0; run < runs; run += 1) {
    for (const [name, ms] of Object.entries(breakdownOnce())) (samples[name] ??= []).push(ms);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const phases = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const full: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    audit([extractSnapshot(document)], OPTIONS);
    full.push(performance.now() - t0);
  }
  return { phases, fullMs: median(full) };
}

/** Audits the page `runs` times (for a CPU profile around it). */
export function auditRepeatedly(runs: number): number {
  let findings = 0;
  for (let run = 0; run < runs; run += 1) findings += audit([extractSnapshot(document)], OPTIONS).results.length;
  return findings;
}
