// Service worker. Listeners are registered at top level and keep no state in globals (the worker may
// be stopped at any time). The toolbar click opens the side panel synchronously, before any await:
// `openPanelOnActionClick` would skip action.onClicked, and activeTab would never be granted.
chrome.action.onClicked.addListener((tab) => {
  if (tab.windowId !== undefined) void chrome.sidePanel.open({ windowId: tab.windowId });
});
