// Loading a widget's `src`: every failure becomes a value naming the URL and what went wrong, never a throw.
import type { ZfgsLoadErrorDetail } from './events.ts';

export type FetchResult = { ok: true; data: unknown; url: string } | { ok: false; failure: ZfgsLoadErrorDetail };

export async function fetchJson(src: string, baseUrl: string, signal: AbortSignal): Promise<FetchResult> {
  let url = src;
  try {
    url = new URL(src, baseUrl).href;
  } catch (error) {
    return { ok: false, failure: { url: src, reason: 'network', detail: messageOf(error) } };
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, failure: { url, reason: 'network', detail: messageOf(error) } };
  }
  if (!response.ok) return { ok: false, failure: { url, reason: 'http', status: response.status, detail: response.statusText } };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: { url, reason: 'network', detail: messageOf(error) } };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown, url };
  } catch (error) {
    return { ok: false, failure: { url, reason: 'json', detail: messageOf(error) } };
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
