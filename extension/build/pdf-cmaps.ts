// Vite plugin: copies pdf.js's packed CMaps for Chinese fonts (GB, CNS, the Unicode ones, Identity) into
// dist/extension/pdfjs/cmaps/, so PDF text extraction works offline from the extension's own files. Japanese
// and Korean CMaps are left out: government PDFs here are Chinese, and they are a megabyte.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const CHINESE = /^(Adobe-(GB1|CNS1)|GB|GBK|GBK2K|GBKp|GBpc|GBT|GBTpc|UniGB|B5|B5pc|CNS|ETen|ETenms|ETHK|HKdla|HKdlb|HKgccs|HKm314|HKm471|HKscs|UniCNS|Identity)\b/;

export function pdfCmaps(directory = 'pdfjs/cmaps'): Plugin {
  return {
    name: 'zfgs-pdf-cmaps',
    apply: 'build',
    generateBundle() {
      const source = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
      for (const file of readdirSync(source)) {
        if (file.endsWith('.bcmap') && CHINESE.test(file)) {
          this.emitFile({ type: 'asset', fileName: `${directory}/${file}`, source: readFileSync(join(source, file)) });
        }
      }
    },
  };
}
