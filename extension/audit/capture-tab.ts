// The evidence screenshot: the visible part of the audited tab, taken under the activeTab grant right after
// the page was read. Only possible while that tab is the one shown in its window; otherwise say why.
import { dataUrlBytes, sha256Hex, type Evidence } from './evidence.ts';

export async function captureTab(tabId: number): Promise<Pick<Evidence, 'screenshot' | 'screenshotError'>> {
  try {
    const tab = await chrome.tabs.get(tabId);
    if (!tab.active) return { screenshotError: 'the audited tab was not the visible tab' };
    const dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 85 });
    return { screenshot: { dataUrl, sha256: await sha256Hex(dataUrlBytes(dataUrl)) } };
  } catch (error) {
    return { screenshotError: error instanceof Error ? error.message : String(error) };
  }
}
