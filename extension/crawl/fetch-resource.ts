// One request of a site audit: a page or an attachment of the audited site, fetched at the user's request.
// Says precisely why a resource could not be read (redirect loop, off-site redirect, HTTP status, too large,
// timeout) instead of failing the whole audit.
export type FetchProblem =
  | 'redirect-loop'
  | 'redirected-off-site'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'aborted';

export type Fetched =
  | { ok: true; url: string; finalUrl: string; contentType: string; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; url: string; problem: FetchProblem; detail: string };

export interface FetchLimits {
  signal: AbortSignal;
  maxBytes: number;
  timeoutMs?: number;
  /** The origin every final URL must stay on. */
  origin: string;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return 'too-large';
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** fetch() follows up to 20 redirects and then fails like a network error; a manual probe tells them apart. */
async function redirectsAgain(fetchLike: FetchLike, url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetchLike(url, { redirect: 'manual', signal, cache: 'no-store' });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}

export async function fetchResource(url: string, limits: FetchLimits, fetchLike: FetchLike = fetch): Promise<Fetched> {
  const timeout = AbortSignal.timeout(limits.timeoutMs ?? 30_000);
  const signal = AbortSignal.any([limits.signal, timeout]);
  const failed = (problem: FetchProblem, detail: string): Fetched => ({ ok: false, url, problem, detail });
  let response: Response;
  try {
    response = await fetchLike(url, { signal, redirect: 'follow', credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    if (limits.signal.aborted) return failed('aborted', 'cancelled');
    if (timeout.aborted) return failed('timeout', `no answer in ${Math.round((limits.timeoutMs ?? 30_000) / 1000)} s`);
    if (await redirectsAgain(fetchLike, url, limits.signal)) return failed('redirect-loop', 'too many redirects');
    return failed('network', error instanceof Error ? error.message : String(error));
  }
  const finalUrl = response.url || url;
  if (new URL(finalUrl).origin !== limits.origin) {
    await response.body?.cancel();
    return failed('redirected-off-site', finalUrl);
  }
  if (!response.ok) {
    await response.body?.cancel();
    return failed('http-status', `HTTP ${response.status}`);
  }
  try {
    const bytes = await readCapped(response, limits.maxBytes);
    if (bytes === 'too-large') return failed('too-large', `> ${Math.round(limits.maxBytes / 1_048_576)} MiB`);
    return { ok: true, url, finalUrl, contentType: response.headers.get('content-type') ?? '', bytes };
  } catch (error) {
    if (limits.signal.aborted) return failed('aborted', 'cancelled');
    if (timeout.aborted) return failed('timeout', 'body not received in time');
    return failed('network', error instanceof Error ? error.message : String(error));
  }
}
