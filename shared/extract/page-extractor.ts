// The extraction as a classic script for pages the CLI renders in Chromium: bundled by scripts/build-cli.mjs
// into cli/dist/page-extractor.js and evaluated in the page, where it defines two global functions: wait for
// the zfgs- widgets to settle, then extract.
import { extractSnapshot } from './extract.ts';
import { widgetsSettled } from './widgets-settled.ts';

Object.assign(globalThis, { __zfgsExtractSnapshot: extractSnapshot, __zfgsWidgetsSettled: widgetsSettled });
