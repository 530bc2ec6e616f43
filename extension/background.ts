// Service worker. Listeners are registered at top level and keep no state in globals (the worker may be
// stopped at any time). The toolbar click (or its keyboard shortcut) opens the side panel synchronously,
// before any await: `openPanelOnActionClick` would skip action.onClicked and activeTab would never be
// granted. Then it asks the panel to audit the tab; the panel does the work (it has DOMParser, the worker
// does not, and it lives as long as the user looks at the result). A panel already open hears the click itself
// too, sooner, and audits each click once (storage/click-twins.ts).
import { postAuditRequest } from './storage/audit-request.ts';

chrome.action.onClicked.addListener((tab) => {
  if (tab.windowId === undefined || tab.id === undefined) return;
  const opening = chrome.sidePanel.open({ windowId: tab.windowId });
  void postAuditRequest({ tabId: tab.id, windowId: tab.windowId, requestedAt: Date.now() });
  opening.catch((error: unknown) => console.error('zfgs: the side panel did not open', error));
});
