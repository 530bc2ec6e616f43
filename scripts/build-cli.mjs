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
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
