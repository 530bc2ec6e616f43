// Large results cross from the page to the side panel gzipped and base64-encoded: chrome.scripting hands a
// returned string over as one value, but a 10,000-row table's Snapshot is 12 MB of JSON and its transfer
// alone took longer than the audit. Gzip (CompressionStream, native) shrinks such repetitive JSON ~30×.
// Used on both sides: packJson in the injected script, unpackJson in the panel.
export async function packJson(value: unknown): Promise<string> {
  const compressed = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(compressed).arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and there is a limit to those.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export async function unpackJson<T>(packed: string): Promise<T> {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as T;
}
