// Audits a page as the inspector does, from inside the page: the extraction and the engine bundled for the browser
// (esbuild, as the extension's build does), run once every zfgs- widget on the page has settled.
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import type { AuditReport } from '../../../shared/engine/report.ts';

const ENTRY = `
import { extractSnapshot } from './shared/extract/extract.ts';
import { audit } from './shared/engine/run.ts';
globalThis.__zfgsAuditPage = (options) => audit([extractSnapshot(document)], options);
globalThis.__zfgsPageText = () => extractSnapshot(document).text.map((run) => run.text).join('\\n');
`;

let bundle: Promise<string> | undefined;

function auditorScript(): Promise<string> {
  bundle ??= build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** Waits for every zfgs- widget (nested ones too) to settle. A string: tsx names function-valued constants. */
export const SETTLE_ALL = `(async () => {
  const widgets = (root) => [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('zfgs-') ? [element] : []),
    ...(element.shadowRoot ? widgets(element.shadowRoot) : []),
  ]);
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(widgets(document).map((element) => element.settled));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})()`;

/** The page's text as the evidence hashes it: the Snapshot's text runs joined by "\n". */
export async function pageTextInPage(page: Page): Promise<string> {
  await page.evaluate(await auditorScript());
  return page.evaluate(() => (globalThis as unknown as { __zfgsPageText(): string }).__zfgsPageText());
}

export async function auditPage(page: Page, options: { now: string; profile?: string; site?: boolean }): Promise<AuditReport> {
  await page.evaluate(SETTLE_ALL);
  await page.evaluate(await auditorScript());
  return page.evaluate((auditOptions) => (globalThis as unknown as { __zfgsAuditPage(options: unknown): AuditReport }).__zfgsAuditPage(auditOptions), options);
}
