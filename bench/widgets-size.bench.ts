// Size of the all-in-one CMS embed: dist/widgets/zfgs.js built fresh (vite mode `widgets`), gzip -9, against the
// budget of 45 KiB; the reference is Lit alone, minified and gzipped in the same run. Below the figure, what the
// bundle is made of (minified bytes by package or folder, from an esbuild metafile of the same entry).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { report } from './harness.ts';

const root = resolve(import.meta.dirname, '..');
const KIB = 1024;
const BUDGET_KIB = 45;

const gzipKib = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length / KIB;

async function builtBundle(): Promise<Uint8Array> {
  const outDir = mkdtempSync(join(tmpdir(), 'zfgs-size-'));
  try {
    await viteBuild({ configFile: resolve(root, 'vite.config.ts'), mode: 'widgets', logLevel: 'error', build: { outDir } });
    return readFileSync(join(outDir, 'zfgs.js'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function litAlone(): Promise<Uint8Array> {
  const result = await esbuild({
    stdin: { contents: "export { LitElement, html, svg, css, nothing } from 'lit';", resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.contents;
}

/** Minified bytes of widgets/index.ts by package (node_modules) or top two folders (widgets/officers, shared/i18n). */
async function composition(): Promise<[string, number][]> {
  const result = await esbuild({ entryPoints: [resolve(root, 'widgets/index.ts')], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2022', logLevel: 'error' });
  const output = Object.values(result.metafile.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = file.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1').replace(/^((?:shared|widgets)\/[^/]+).*$/, '$1');
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

export default async function widgetsSizeBench(): Promise<void> {
  const bundle = await builtBundle();
  const size = gzipKib(bundle);
  report({
    name: 'dist/widgets/zfgs.js gzip -9',
    value: size,
    unit: 'KiB',
    reference: { name: 'lit alone, minified + gzip -9', value: gzipKib(await litAlone()) },
    target: `≤ ${BUDGET_KIB} KiB`,
    met: size <= BUDGET_KIB,
  });
  console.log(`  raw ${(bundle.length / KIB).toFixed(1)} KiB; minified bytes by part:`);
  for (const [group, bytes] of await composition()) if (bytes >= 512) console.log(`    ${(bytes / KIB).toFixed(1).padStart(6)} KiB  ${group}`);
}
