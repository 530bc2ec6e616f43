// Build entry discovery, shared by vite.config.ts and scripts/build.mjs.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * @param {string} dir
 * @param {(name: string) => string} fileOf
 * @param {string[]} [skip]
 * @returns {Record<string, string>}
 */
function entriesOf(dir, fileOf, skip = []) {
  /** @type {Record<string, string>} */
  const entries = {};
  if (!existsSync(resolve(root, dir))) return entries;
  for (const name of readdirSync(resolve(root, dir)).sort()) {
    const file = resolve(root, dir, name, fileOf(name));
    if (!skip.includes(name) && existsSync(file)) entries[name] = file;
  }
  return entries;
}

/** widgets/<name>/<name>.ts for every widget folder (base/ holds no element of its own). */
export const widgetEntries = () => entriesOf('widgets', (name) => `${name}.ts`, ['base']);

/** The demo site's scripts: demo/<app>/main.ts (gallery, builder, pages …). */
export const demoEntries = () => entriesOf('demo', () => 'main.ts');
