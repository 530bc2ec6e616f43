// A reference figure for every run: how fast this machine is today, in Node and in Chromium.
import { measure, pageWithModule, report } from './harness.ts';
import { makeText, sumCharCodes } from './browser/char-codes.ts';
import type * as CharCodes from './browser/char-codes.ts';

const SIZE = 4_000_000;

export default async function toolchainBench(): Promise<void> {
  const text = makeText(SIZE);
  const node = await measure(() => sumCharCodes(text));
  const page = await pageWithModule(new URL('./browser/char-codes.ts', import.meta.url).pathname);
  const browserMs = await page.evaluate((size) => (window as unknown as { __bench: typeof CharCodes }).__bench.charCodeLoopMs(size), SIZE);
  await page.close();
  const mbps = (ms: number) => (SIZE * 2) / 1e6 / (ms / 1000);
  report({ name: 'charCodeAt loop, Chromium', value: mbps(browserMs), unit: 'MB/s', reference: { name: 'same loop, Node', value: mbps(node.medianMs) } });
}
