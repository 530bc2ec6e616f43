// The CLI is bundled by esbuild into cli/dist/zfgs.js so that `npx zfgs` runs on plain Node after
// `npm install` (package.json "prepare" calls this). Node packages stay external.
import { build } from 'esbuild';

export async function buildCli() {
  await build({
    entryPoints: ['cli/zfgs.ts'],
    outfile: 'cli/dist/zfgs.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
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
