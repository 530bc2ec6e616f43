// One config, one target per mode (scripts/build.mjs runs them in turn):
//   widgets      dist/widgets/zfgs.js — every widget in one self-contained ES module (the CMS embed)
//   widget-parts dist/widgets/<name>.js — one module per widget, sharing chunks
//   extension    dist/extension/ — the unpacked Manifest V3 extension (CRXJS)
//   demo         dist/demo/ — the scripts of the demo site's gallery and builder
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './extension/manifest.config.ts';
import { pdfCmaps } from './extension/build/pdf-cmaps.ts';
import { privateInjectedScripts } from './extension/build/private-injected-scripts.ts';
import { extensionIcons } from './extension/build/icons.ts';
import { widgetEntries, demoEntries } from './scripts/entries.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

const root = import.meta.dirname;

const common: UserConfig = {
  publicDir: false,
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: false, reportCompressedSize: false },
};

const targets: Record<string, () => UserConfig> = {
  widgets: () => ({
    ...common,
    plugins: [minifyCssLiterals()],
    build: {
      ...common.build,
      outDir: 'dist/widgets',
      lib: { entry: resolve(root, 'widgets/index.ts'), formats: ['es'], fileName: () => 'zfgs.js' },
      // A drop-in file for CMS pages, not a library to re-bundle: minify whitespace too (Vite's lib mode keeps it).
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  }),
  'widget-parts': () => ({
    ...common,
    plugins: [minifyCssLiterals()],
    build: {
      ...common.build,
      outDir: 'dist/widgets',
      lib: { entry: widgetEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
    },
  }),
  extension: () => ({
    ...common,
    root: resolve(root, 'extension'),
    plugins: [extensionIcons(), crx({ manifest }), pdfCmaps(), privateInjectedScripts()],
    build: { ...common.build, outDir: resolve(root, 'dist/extension'), emptyOutDir: true },
  }),
  demo: () => ({
    ...common,
    build: {
      ...common.build,
      outDir: 'dist/demo',
      lib: { entry: demoEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  }),
};

export default defineConfig(({ mode }) => {
  const target = targets[mode];
  if (!target) throw new Error(`vite.config.ts: unknown mode "${mode}"; use one of ${Object.keys(targets).join(', ')}`);
  return target();
});
