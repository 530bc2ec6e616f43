// `npm run bench`: every bench/*.bench.ts in name order (or those named on the command line), then a summary.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeChromium, reportedFigures } from './harness.ts';

const chosen = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => chosen.length === 0 || chosen.some((name) => file.includes(name)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n── ${file} ──`);
  try {
    const module = (await import(pathToFileURL(resolve(import.meta.dirname, file)).href)) as { default?: () => Promise<void> };
    await module.default?.();
  } catch (error) {
    failed = true;
    console.error(`${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
await closeChromium();

const withTargets = reportedFigures().filter((figure) => figure.target);
console.log(`\n── summary ──\n${reportedFigures().length} figures; ${withTargets.filter((f) => f.met).length} of ${withTargets.length} targets met`);
for (const figure of withTargets.filter((f) => f.met === false)) console.log(`not met: ${figure.name} (${figure.target})`);
process.exit(failed ? 1 : 0);
