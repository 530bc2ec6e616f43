// The CLI is bundled by esbuild into cli/dist/zfgs.js so that `npx zfgs` runs on plain Node after
// `npm install` (package.json "prepare" calls this). Node packages stay external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

// chinese-days is bundled: its package "main" is a UMD file whose named exports plain Node cannot import
// (bundlers read its ES "module" build instead); every other package stays external.
const BUNDLED = new Set(['chinese-days']);
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

export async function buildCli() {
  await build({
    entryPoints: ['cli/zfgs.ts'],
    outfile: 'cli/dist/zfgs.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    sourcemap: true,
    logLevel: 'warning',
  });
  // `zfgs audit <url>` evaluates the extraction inside the rendered page: a self-contained classic script.
  await build({
    entryPoints: ['shared/extract/page-extractor.ts'],
    outfile: 'cli/dist/page-extractor.js',
    bundle: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
