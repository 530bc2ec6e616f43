// The Manifest V3 manifest, typed; the version follows package.json. Permissions are the minimum: activeTab
// (the toolbar click grants access to that one tab), scripting (inject the extractor and the highlighter on
// demand — no content script on all URLs), storage (settings; the audit request to the side panel) and
// sidePanel. Site hosts are optional and asked for, one origin at a time, when the user starts a site audit.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

/** Drawn at build time by build/icons.ts. */
const icons = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extensionName__',
  description: '__MSG_extensionDescription__',
  default_locale: 'zh_CN',
  version: pkg.version,
  minimum_chrome_version: '116',
  icons,
  action: { default_title: '__MSG_actionTitle__', default_icon: { 16: icons[16], 32: icons[32] } },
  commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+Z' }, description: '__MSG_actionTitle__' } },
  background: { service_worker: 'background.ts', type: 'module' },
  side_panel: { default_path: 'sidepanel/index.html' },
  options_ui: { page: 'options/index.html', open_in_tab: true },
  permissions: ['activeTab', 'scripting', 'storage', 'sidePanel'],
  optional_host_permissions: ['http://*/*', 'https://*/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
});
