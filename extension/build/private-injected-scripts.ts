// Vite plugin: keeps the injected scripts private. CRXJS lists every `?script` file under
// web_accessible_resources for all http(s) pages, which a loader-style (ESM) script needs but an IIFE
// injected with chrome.scripting.executeScript({ files }) does not — and listing them would let any web
// page detect the extension by fetching them. Runs after CRXJS has written manifest.json.
import type { Plugin, Rollup } from 'vite';

export function privateInjectedScripts(): Plugin {
  return {
    name: 'zfgs-private-injected-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'] as Rollup.OutputAsset | undefined;
        if (!asset || asset.type !== 'asset') return;
        const manifest = JSON.parse(String(asset.source)) as { web_accessible_resources?: { resources: string[] }[] };
        const kept = (manifest.web_accessible_resources ?? [])
          .map((entry) => ({ ...entry, resources: entry.resources.filter((resource) => !/(^|\/)[^/]*\.iife(\.ts-[\w-]+)?\.js$/.test(resource)) }))
          .filter((entry) => entry.resources.length > 0);
        if (kept.length > 0) manifest.web_accessible_resources = kept;
        else delete manifest.web_accessible_resources;
        asset.source = `${JSON.stringify(manifest, null, 2)}\n`;
      },
    },
  };
}
