// The extraction as a classic script for pages the CLI renders in Chromium: bundled by scripts/build-cli.mjs
// into cli/dist/page-extractor.js and evaluated in the page, where it defines one global function.
import { extractSnapshot } from './extract.ts';

(globalThis as unknown as { __zfgsExtractSnapshot: typeof extractSnapshot }).__zfgsExtractSnapshot = extractSnapshot;
