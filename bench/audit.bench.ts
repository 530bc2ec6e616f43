// `npm run bench audit`: the full audit of generated decision pages (1,000 / 10,000 / 50,000 rows) — extraction,
// every rule and the personal-data scan, in Chromium — beside a bare TreeWalker pass over the same page's text
// nodes and document.body.innerText, and beside axe.run() (axe-core) on the 1,000-row page.
// Targets: each full audit within 8× its TreeWalker pass (cost linear in the page); at most 0.05× axe.run.
// Both are timed alike, warmed up for the same time (see steadyMedianMs in browser/audit-page.ts).
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { pageWithModule, report } from './harness.ts';
import type * as AuditPage from './browser/audit-page.ts';

const SIZES = [1_000, 10_000, 50_000];
const bench = (page: Page) => ({
  call: <T>(fn: (module: typeof AuditPage, arg: number) => T, arg = 0) =>
    page.evaluate((source, value) => new Function('module', 'value', `return (${source})(module, value)`)((window as unknown as { __bench: typeof AuditPage }).__bench, value), fn.toString(), arg) as Promise<Awaited<T>>,
});

async function axeRunMs(page: Page): Promise<number> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe;
    await axe.run(document); // warm-up
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await axe.run(document);
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[1]!;
  });
}

export default async function auditBench(): Promise<void> {
  const entry = new URL('./browser/audit-page.ts', import.meta.url).pathname;
  for (const rows of SIZES) {
    const page = await pageWithModule(entry);
    const { call } = bench(page);
    const characters = await call((module, size) => module.buildDecisionPage(size), rows);
    // The TreeWalker pass is timed before and after the audit (the mean of both is the reference): neither
    // order favours either.
    const walkerBefore = await call((module) => module.treeWalkerMs());
    const innerText = await call((module) => module.innerTextMs());
    // Many samples where they are cheap: with few, the median is often a garbage collector's pause.
    const full = await call((module, samples) => module.fullAuditMs(samples), rows >= 50_000 ? 5 : 15);
    const walker = (walkerBefore + (await call((module) => module.treeWalkerMs()))) / 2;
    const label = `full audit, ${rows.toLocaleString('en')} rows (${(characters / 1e6).toFixed(1)} M chars, ${full.findings} findings)`;
    report({ name: label, value: full.ms, unit: 'ms', reference: { name: 'bare TreeWalker pass', value: walker }, target: '≤ 8×', met: full.ms <= 8 * walker });
    report({ name: `  same page, full audit`, value: full.ms, unit: 'ms', reference: { name: 'document.body.innerText', value: innerText } });
    report({ name: `  same page, first audit (cold code)`, value: full.firstMs, unit: 'ms', reference: { name: 'bare TreeWalker pass', value: walker } });
    if (rows === 1_000) {
      const axe = await axeRunMs(page);
      report({ name: '  same page, full audit', value: full.ms, unit: 'ms', reference: { name: 'axe.run()', value: axe }, target: '≤ 0.05×', met: full.ms <= 0.05 * axe });
    }
    await page.close();
  }
}
