// `npm run build`: every Vite target of vite.config.ts, then the CLI. Stops at the first failure.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { buildCli } from './build-cli.mjs';
import { buildWidgetExtras } from './build-widget-extras.mjs';
import { demoEntries, widgetEntries } from './entries.mjs';

const only = process.argv.slice(2);
const isEmpty = { 'widget-parts': () => Object.keys(widgetEntries()).length === 0, demo: () => Object.keys(demoEntries()).length === 0 };
const modes = ['widgets', 'widget-parts', 'extension', 'demo']
  .filter((mode) => only.length === 0 || only.includes(mode))
  .filter((mode) => !isEmpty[mode]?.());

if (only.length === 0) rmSync('dist', { recursive: true, force: true });
for (const mode of modes) {
  const started = performance.now();
  await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });
  console.log(`built ${mode} in ${Math.round(performance.now() - started)} ms`);
}
if (modes.includes('widgets')) {
  const started = performance.now();
  buildWidgetExtras();
  console.log(`built custom-elements.json, widget types and tokens in ${Math.round(performance.now() - started)} ms`);
}
// The JSON Schema of the data model, for CMSs that validate their exports (README, "Data model").
if (only.length === 0 || only.includes('schema')) {
  mkdirSync('dist/schema', { recursive: true });
  copyFileSync('shared/schema/zfgs-disclosure.schema.json', 'dist/schema/zfgs-disclosure.schema.json');
  console.log('copied dist/schema/zfgs-disclosure.schema.json');
}
if (only.length === 0 || only.includes('cli')) {
  await buildCli();
  console.log('built cli');
}
