// Bytes of a fetched page → text, in the page's own encoding: the Content-Type charset first, then a byte
// order mark, then a <meta charset> / http-equiv in the first 1024 bytes (the HTML prescan), else UTF-8 —
// and when UTF-8 fails to decode, GB18030, the superset of GBK and GB2312 that legacy Chinese CMSs use.
// TextDecoder knows every WHATWG label (gbk, gb2312, gb18030, big5 …).
export interface Decoded {
  text: string;
  /** The encoding used (TextDecoder's canonical name). */
  encoding: string;
  /** Where it came from. */
  source: 'header' | 'bom' | 'meta' | 'fallback';
}

export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset named by a <meta> in the first 1024 bytes, read as ASCII. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an unknown label: try the next source
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const candidates: [string | undefined, Decoded['source']][] = [
    [bomEncoding(bytes), 'bom'],
    [charsetFromContentType(contentType), 'header'],
    [charsetFromMeta(bytes), 'meta'],
  ];
  for (const [label, source] of candidates) {
    const decoder = decoderFor(label);
    // A "utf-16" meta on a byte stream without BOM is a lie the HTML standard overrides with UTF-8.
    if (decoder && !(source === 'meta' && decoder.encoding.startsWith('utf-16'))) {
      return { text: decoder.decode(bytes), encoding: decoder.encoding, source };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'fallback' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', source: 'fallback' };
  }
}
