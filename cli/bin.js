#!/usr/bin/env node
// Entry point of `zfgs` (package.json "bin"); the TypeScript CLI is bundled to cli/dist by `npm run prepare`.
import './dist/zfgs.js';
