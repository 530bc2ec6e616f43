// Throughput of scan() on a generated ~20 MB corpus of Chinese decisions (10 million UTF-16 code units),
// beside @redactpii/node (which finds none of the Chinese identifiers) and a trivial charCodeAt loop over the
// same string, measured in the same run, in Node and in Chromium. Targets (issue 3): at least 1.5× the
// throughput of @redactpii/node and at least 25% of the charCodeAt loop's. Then the scan's floor
// (browser/scan-floor.ts) beside the time those targets allow, so the gap is shown in one unit.
import { Redactor } from '@redactpii/node';
import { scan } from '../shared/detectors/scan.ts';
import { sumCharCodes } from './browser/char-codes.ts';
import { generateDecisionCorpus } from './browser/decision-corpus.ts';
import type * as ScanBench from './browser/scan-bench.ts';
import { budgetMs, buildFindings, findDigitRuns } from './browser/scan-floor.ts';
import { measure, pageWithModule, report } from './harness.ts';

const SIZE = 10_000_000;
const mbps = (chars: number, ms: number) => (chars * 2) / 1e6 / (ms / 1000);

/** What is timed in each place (browser/scan-bench.ts times the same in the page). */
type Timings = Omit<ScanBench.ScanTimings, 'leaks'>;

function reportTimings(where: string, t: Timings): void {
  const scanRate = mbps(t.chars, t.scanMs);
  const versusRedactpii = scanRate / mbps(t.chars, t.redactpiiMs);
  const versusLoop = scanRate / mbps(t.chars, t.loopMs);
  report({ name: `scan throughput, ${where}`, value: scanRate, unit: 'MB/s', reference: { name: '@redactpii/node redact()', value: mbps(t.chars, t.redactpiiMs) }, target: '≥ 1.5×', met: versusRedactpii >= 1.5 });
  report({ name: `scan throughput, ${where}`, value: scanRate, unit: 'MB/s', reference: { name: 'charCodeAt loop', value: mbps(t.chars, t.loopMs) }, target: '≥ 0.25×', met: versusLoop >= 0.25 });
  const budget = { name: 'time both targets allow (min of redactpii ÷ 1.5, loop ÷ 0.25)', value: budgetMs(t.redactpiiMs, t.loopMs) };
  report({ name: `scan, ${where}`, value: t.scanMs, unit: 'ms', reference: budget });
  report({ name: `scan floor, ${where}: digit runs found (regex, ${t.digitRunsMs.toFixed(1)} ms) + findings built (${t.findingsMs.toFixed(1)} ms)`, value: t.digitRunsMs + t.findingsMs, unit: 'ms', reference: budget });
}

export default async function scanBench(): Promise<void> {
  const text = generateDecisionCorpus({ size: SIZE });
  const redactor = new Redactor();
  // The references first, as in the page (browser/scan-bench.ts).
  const redactpiiMs = (await measure(() => redactor.redact(text), { minRuns: 5, minMs: 2000 })).medianMs;
  const loopMs = (await measure(() => sumCharCodes(text), { minRuns: 5, minMs: 1000 })).medianMs;
  const leaks = scan(text);
  console.log(`corpus: ${text.length} code units (${((text.length * 2) / 1e6).toFixed(1)} MB as UTF-16), ${leaks.length} leaks (one per ${Math.round(text.length / leaks.length)} characters)`);
  reportTimings('Node', {
    chars: text.length,
    scanMs: (await measure(() => scan(text), { minRuns: 5, minMs: 2000 })).medianMs,
    redactpiiMs,
    loopMs,
    digitRunsMs: (await measure(() => findDigitRuns(text), { minRuns: 5, minMs: 1000 })).medianMs,
    findingsMs: (await measure(() => buildFindings(text, leaks), { minRuns: 5, minMs: 1000 })).medianMs,
  });

  const page = await pageWithModule(new URL('./browser/scan-bench.ts', import.meta.url).pathname);
  try {
    reportTimings('Chromium', await page.evaluate((size) => (window as unknown as { __bench: typeof ScanBench }).__bench.scanTimings(size), SIZE));
  } finally {
    await page.close();
  }
}
