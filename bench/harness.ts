// Benchmark harness: repeat a function until enough time has passed, take the median, and print each
// figure beside a reference measured in the same run (tests never assert on time; benchmarks report).
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

export interface Timing {
  /** Median of the runs, milliseconds. */
  medianMs: number;
  runs: number;
}

/** Runs `fn` at least `minRuns` times and for at least `minMs`, after `warmup` unmeasured runs. */
export async function measure(fn: () => unknown, { minMs = 400, minRuns = 5, warmup = 1 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)] ?? 0, runs: samples.length };
}

export interface Figure {
  /** What was measured, e.g. "scan throughput, Node". */
  name: string;
  value: number;
  unit: string;
  reference: { name: string; value: number; unit?: string };
  /** value / reference.value unless given (e.g. a throughput ratio taken the other way). */
  ratio?: number;
  /** The target, in words: "≥ 1.5×", "≤ 8×". */
  target?: string;
  /** Whether the target is met, when there is one. */
  met?: boolean;
}

const figures: Figure[] = [];

export function report(figure: Figure): void {
  const ratio = figure.ratio ?? figure.value / figure.reference.value;
  figures.push({ ...figure, ratio });
  const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
  const target = figure.target ? `  target ${figure.target}: ${figure.met === undefined ? '—' : figure.met ? 'met' : 'NOT MET'}` : '';
  console.log(
    `${figure.name}: ${fmt(figure.value)} ${figure.unit}  |  ${figure.reference.name}: ${fmt(figure.reference.value)} ${figure.reference.unit ?? figure.unit}  |  ratio ${fmt(ratio)}×${target}`,
  );
}

export function reportedFigures(): readonly Figure[] {
  return figures;
}

/** One Chromium for all browser benchmarks of a run. */
let browserPromise: Promise<Browser> | undefined;
export function chromium(): Promise<Browser> {
  browserPromise ??= (async () => {
    const executablePath = findChrome();
    if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH');
    return puppeteer.launch({ executablePath, headless: true, pipe: true, args: CHROME_ARGS, protocolTimeout: 600_000 });
  })();
  return browserPromise;
}

export async function closeChromium(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

/**
 * Bundles a TypeScript module for the browser and loads it into a fresh page as `window.__bench`,
 * so a benchmark can call its exports with page.evaluate.
 */
export async function pageWithModule(entry: string): Promise<Page> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: '__bench', write: false, target: 'es2022', logLevel: 'warning' });
  const page = await (await chromium()).newPage();
  await page.goto('about:blank');
  await page.evaluate(result.outputFiles[0]!.text);
  return page;
}
