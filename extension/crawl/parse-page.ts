// A fetched page's HTML → Snapshot, in the side panel: DOMParser builds an inert document (no scripts run,
// nothing is loaded), a <base> makes its relative links resolve against the page's own URL, widgets' `src`
// data is put in as their islands (widget-sources.ts), and the shared extractor reads it as it reads a tab.
import { extractSnapshot } from '../../shared/extract/extract.ts';
import type { ParsedPage } from './crawler.ts';
import { inlineWidgetSources, type FetchText } from './widget-sources.ts';

export async function parsePage(html: string, url: string, fetchText: FetchText, maxTextLength = 4_000_000): Promise<ParsedPage> {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const existingBase = document.querySelector('base[href]');
  const baseUrl = new URL(existingBase?.getAttribute('href') ?? '', url).href;
  if (existingBase) existingBase.setAttribute('href', baseUrl);
  else {
    const base = document.createElement('base');
    base.href = baseUrl;
    document.head.prepend(base);
  }
  const notes = await inlineWidgetSources(document, url, fetchText);
  const snapshot = extractSnapshot(document, { maxTextLength });
  snapshot.url = url;
  snapshot.limits.notes.push(...notes);
  const frameUrls = [...document.querySelectorAll('frame[src], iframe[src]')]
    .map((frame) => {
      try {
        return new URL(frame.getAttribute('src') ?? '', baseUrl).href;
      } catch {
        return '';
      }
    })
    .filter(Boolean);
  return { snapshot, frameUrls };
}
