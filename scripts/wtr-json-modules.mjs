// web-test-runner plugin: a .json file imported as a module (`import data from './x.json'`, as Vite, esbuild
// and tsx allow) is served as `export default …` with a JavaScript type; fetched, it stays JSON. Chromium says
// which it is in Sec-Fetch-Dest (script for module imports, empty for fetch).
const isModuleImport = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';

export function jsonModules() {
  return {
    name: 'zfgs-json-modules',
    // Module imports get their own URL (…/x.json?module): the test runner serves modules with a year-long
    // max-age, and a test page that fetches the same file would otherwise be handed the cached JavaScript form.
    transformImport({ source }) {
      return source.endsWith('.json') ? `${source}?module` : undefined;
    },
    resolveMimeType(context) {
      return isModuleImport(context) ? 'js' : undefined;
    },
    transform(context) {
      return isModuleImport(context) ? { body: `export default ${context.body};`, transformCache: false } : undefined;
    },
  };
}
