// `npm run profile:audit [-- rows …]`: where the full audit's time goes on the generated decision
// pages of audit.bench.ts — a phase breakdown timed inside the page, and the top self-time functions of a CPU
// profile (DevTools protocol Profiler) of repeated audits, with the garbage collector's share. A tool for
// finding what to make cheaper, not a benchmark (those print a reference beside each figure).
import type { Page } from 'puppeteer-core';
import { closeChromium, pageWithModule } from './harness.ts';
import type * as Breakdown from './browser/audit-breakdown.ts';

type Module = typeof Breakdown;
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const call = <T>(page: Page, fn: (module: Module, arg: number) => T, arg = 0) =>
  page.evaluate((source, value) => new Function('module', 'value', `return (${source})(module, value)`)((window as unknown as { __bench: Module }).__bench, value), fn.toString(), arg) as Promise<Awaited<T>>;

const fmt = (ms: number) => ms.toFixed(ms >= 100 ? 0 : ms >= 10 ? 1 : 2).padStart(8);

function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const entry = new URL('./browser/audit-breakdown.ts', import.meta.url).pathname;
try {
  for (const rows of sizes.length > 0 ? sizes : [1_000, 10_000, 50_000]) {
    const page = await pageWithModule(entry);
    await call(page, (module, size) => module.buildDecisionPage(size), rows);
    const walker = await call(page, (module) => module.treeWalkerMs());
    const runs = rows >= 50_000 ? 3 : rows >= 10_000 ? 7 : 15;
    const { phases, fullMs } = await call(page, (module, count) => module.breakdown(count), runs);
    const sum = Object.values(phases).reduce((total, ms) => total + ms, 0);
    console.log(`\n── ${rows.toLocaleString('en')} rows: full audit ${fullMs.toFixed(1)} ms (${(fullMs / walker).toFixed(1)}× the TreeWalker pass, ${walker.toFixed(2)} ms); phases (medians of ${runs}) ──`);
    for (const [name, ms] of Object.entries(phases).sort((a, b) => b[1] - a[1])) if (ms >= 0.05) console.log(`${fmt(ms)} ms  ${name}`);
    console.log(`${fmt(sum)} ms  sum of phases (the rest of the whole audit: ${(fullMs - sum).toFixed(1)} ms in judge, counts, report)`);

    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await call(page, (module, count) => module.auditRepeatedly(count), runs);
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    const times = selfTimes(profile);
    const total = times.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`CPU profile of ${runs} audits: ${total.toFixed(0)} ms; top self time:`);
    for (const [name, ms] of times.slice(0, 30)) console.log(`${fmt(ms / runs)} ms/audit  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
    await session.detach();
    await page.close();
  }
} finally {
  await closeChromium();
}
