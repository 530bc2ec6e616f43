// Bytes of an HTML file → text, as a browser decides the encoding: byte order mark, then the HTTP charset,
// then a <meta charset> / http-equiv in the first 1,024 bytes; without any, UTF-8 when the bytes are valid
// UTF-8, else GB18030 (what a zh-CN browser assumes for legacy pages). GBK and GB2312 labels decode with
// the WHATWG gbk decoder. No Node APIs: TextDecoder exists in browsers and Node alike.
export interface DecodedHtml {
  text: string;
  /** The WHATWG encoding name used (utf-8, gbk, gb18030, utf-16le …). */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'header' | 'meta' | 'sniffed' | 'default';
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

function normalized(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function metaEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1];
  const encoding = label ? normalized(label) : undefined;
  // A page cannot declare itself UTF-16 in a meta it could read as ASCII (HTML's prescan rule).
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const decode = (encoding: string, source: DecodedHtml['source']): DecodedHtml => ({ text: new TextDecoder(encoding).decode(bytes), encoding, source });
  const bom = bomEncoding(bytes);
  if (bom) return decode(bom, 'bom'); // TextDecoder drops the BOM itself
  const fromHeader = /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? '')?.[1];
  const headerEncoding = fromHeader ? normalized(fromHeader) : undefined;
  if (headerEncoding) return decode(headerEncoding, 'header');
  const meta = metaEncoding(bytes);
  if (meta) return decode(meta, 'meta');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'default' };
  } catch {
    return decode('gb18030', 'sniffed');
  }
}
