// The data-island convention between widgets and the auditor. Every zfgs- widget keeps, in its light DOM,
//   <script type="application/json" data-zfgs-kind="officers" data-zfgs-version="1.0">{…}</script>
// holding exactly the schema data it renders (a SchemaKind of shared/schema). Content scripts cannot see page
// JavaScript objects, so this is what the extension reads. Annotations a widget adds for the auditor go in
// data-zfgs-* attributes of that script element, never into the JSON (which stays valid schema data).
export const ISLAND_SELECTOR = 'script[type="application/json"][data-zfgs-kind]';
export const ISLAND_KIND_ATTRIBUTE = 'data-zfgs-kind';
export const ISLAND_VERSION_ATTRIBUTE = 'data-zfgs-version';
