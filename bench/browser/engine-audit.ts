// Runs in the audited page (bundled by bench/extension.bench.ts): the engine's own audit of the page — extract
// the Snapshot from the live DOM and judge it — timed inside the page, no protocol round trips in the figure.
import { audit } from '../../shared/engine/run.ts';
import { extractSnapshot } from '../../shared/extract/extract.ts';

/** Runs `runs` audits `pauseMs` apart (the toolbar clicks it is compared with are as far apart). */
export async function auditPageMs(runs = 5, pauseMs = 0): Promise<{ medianMs: number; findings: number }> {
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i += 1) {
    if (i > 0 && pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const started = performance.now();
    const report = audit([extractSnapshot(document, { maxTextLength: 4_000_000 })], { locale: 'zh-CN' });
    times.push(performance.now() - started);
    findings = report.results.reduce((sum, result) => sum + result.findings.length, 0);
  }
  return { medianMs: times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, findings };
}
