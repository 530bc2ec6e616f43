// "Show in page": injects the highlighter into the audited tab (activeTab) and asks it to outline the
// finding's element. Answers with what happened, for the panel to say.
import highlightScript from '../content/highlight.iife.ts?script&iife';
import type { HighlightResult } from '../content/highlight.iife.ts';
import { withTimeout } from './read-tab.ts';

export type HighlightAnswer = HighlightResult['status'] | 'hidden' | 'page-changed' | 'unavailable';

function samePage(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b);
    left.hash = '';
    right.hash = '';
    return left.href === right.href;
  } catch {
    return a === b;
  }
}

export async function highlightInTab(tabId: number, pageUrl: string, target: readonly string[], label: string): Promise<HighlightAnswer> {
  try {
    const tab = await chrome.tabs.get(tabId);
    if (tab.url && !samePage(tab.url, pageUrl)) return 'page-changed';
    const run = async () => {
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [highlightScript] });
      const [result] = await chrome.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (selectors: string[], text: string) =>
          (globalThis as typeof globalThis & { zfgsHighlight: (target: string[], label: string) => unknown }).zfgsHighlight(selectors, text),
        args: [[...target], label],
      });
      return result?.result as HighlightResult | undefined;
    };
    const answer = await withTimeout(run(), 10_000, () => new Error('timeout'));
    if (!answer) return 'unavailable';
    if (answer.status === 'shown' && answer.hidden) return 'hidden';
    return answer.status;
  } catch {
    return 'unavailable';
  }
}

export async function clearHighlight(tabId: number): Promise<void> {
  try {
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => (globalThis as typeof globalThis & { zfgsClearHighlight?: () => void }).zfgsClearHighlight?.(),
    });
  } catch {
    // the tab is gone or elsewhere: nothing to clear
  }
}
