// Throughput of scan() on a generated ~20 MB corpus of Chinese decisions (10 million UTF-16 code units),
// beside @redactpii/node (which finds none of the Chinese identifiers) and a trivial charCodeAt loop over the
// same string, measured in the same run, in Node and in Chromium. Targets (issue 3): at least 1.5× the
// throughput of @redactpii/node and at least 25% of the charCodeAt loop's.
import { Redactor } from '@redactpii/node';
import { scan } from '../shared/detectors/scan.ts';
import { sumCharCodes } from './browser/char-codes.ts';
import { generateDecisionCorpus } from './browser/decision-corpus.ts';
import type * as ScanBench from './browser/scan-bench.ts';
import { measure, pageWithModule, report } from './harness.ts';

const SIZE = 10_000_000;
const mbps = (chars: number, ms: number) => (chars * 2) / 1e6 / (ms / 1000);

function reportPair(where: string, chars: number, scanMs: number, redactpiiMs: number, loopMs: number): void {
  const scanRate = mbps(chars, scanMs);
  const versusRedactpii = scanRate / mbps(chars, redactpiiMs);
  const versusLoop = scanRate / mbps(chars, loopMs);
  report({ name: `scan throughput, ${where}`, value: scanRate, unit: 'MB/s', reference: { name: '@redactpii/node redact()', value: mbps(chars, redactpiiMs) }, target: '≥ 1.5×', met: versusRedactpii >= 1.5 });
  report({ name: `scan throughput, ${where}`, value: scanRate, unit: 'MB/s', reference: { name: 'charCodeAt loop', value: mbps(chars, loopMs) }, target: '≥ 0.25×', met: versusLoop >= 0.25 });
}

export default async function scanBench(): Promise<void> {
  const text = generateDecisionCorpus({ size: SIZE });
  const leaks = scan(text).length;
  console.log(`corpus: ${text.length} code units (${((text.length * 2) / 1e6).toFixed(1)} MB as UTF-16), ${leaks} leaks (one per ${Math.round(text.length / leaks)} characters)`);
  const redactor = new Redactor();
  const node = {
    scan: await measure(() => scan(text), { minRuns: 5, minMs: 2000 }),
    redactpii: await measure(() => redactor.redact(text), { minRuns: 5, minMs: 2000 }),
    loop: await measure(() => sumCharCodes(text), { minRuns: 5, minMs: 1000 }),
  };
  reportPair('Node', text.length, node.scan.medianMs, node.redactpii.medianMs, node.loop.medianMs);

  const page = await pageWithModule(new URL('./browser/scan-bench.ts', import.meta.url).pathname);
  try {
    const browser = await page.evaluate((size) => (window as unknown as { __bench: typeof ScanBench }).__bench.scanTimings(size), SIZE);
    reportPair('Chromium', browser.chars, browser.scanMs, browser.redactpiiMs, browser.loopMs);
  } finally {
    await page.close();
  }
}
