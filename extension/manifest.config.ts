// The Manifest V3 manifest, typed; the version follows package.json.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extensionName__',
  description: '__MSG_extensionDescription__',
  default_locale: 'zh_CN',
  version: pkg.version,
  action: { default_title: '__MSG_actionTitle__' },
  background: { service_worker: 'background.ts', type: 'module' },
  side_panel: { default_path: 'sidepanel/index.html' },
  permissions: ['activeTab', 'scripting', 'storage', 'sidePanel'],
  optional_host_permissions: ['http://*/*', 'https://*/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
});
