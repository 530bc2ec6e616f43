// What dist/widgets/ ships beside the bundles: custom-elements.json (analysed from the widgets' JSDoc, written at
// the repository root where editors look for it, then copied), type declarations (dist/widgets/types/) and the
// optional design tokens (tokens.css).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

export function buildWidgetExtras() {
  mkdirSync(resolve(root, 'dist/widgets'), { recursive: true });
  run(bin('cem'), ['analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);
  copyFileSync(resolve(root, 'custom-elements.json'), resolve(root, 'dist/widgets/custom-elements.json'));
  rmSync(resolve(root, 'dist/widgets/types'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', 'tsconfig.widgets-types.json']);
  copyFileSync(resolve(root, 'widgets/tokens.css'), resolve(root, 'dist/widgets/tokens.css'));
}
