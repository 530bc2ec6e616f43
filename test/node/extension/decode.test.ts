import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, charsetFromMeta, decodeHtml } from '../../../extension/crawl/decode.ts';

// 行政执法公示 in GBK, written out so the test needs no encoder.
const GBK_TEXT = Uint8Array.from([0xd0, 0xd0, 0xd5, 0xfe, 0xd6, 0xb4, 0xb7, 0xa8, 0xb9, 0xab, 0xca, 0xbe]);
const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decoding fetched pages', () => {
  it('reads the charset of a Content-Type header, quoted or not', () => {
    assert.equal(charsetFromContentType('text/html; charset=GBK'), 'GBK');
    assert.equal(charsetFromContentType('text/html;charset="gb2312"'), 'gb2312');
    assert.equal(charsetFromContentType('text/html'), undefined);
  });

  it('finds <meta charset> and the http-equiv form in the first 1024 bytes', () => {
    assert.equal(charsetFromMeta(ascii('<html><head><meta charset="gbk"></head>')), 'gbk');
    assert.equal(charsetFromMeta(ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')), 'gb2312');
    assert.equal(charsetFromMeta(concat(ascii(' '.repeat(1100)), ascii('<meta charset="gbk">'))), undefined);
  });

  it('decodes a GBK page by its meta charset', () => {
    const page = concat(ascii('<meta charset="gb2312"><p>'), GBK_TEXT, ascii('</p>'));
    const decoded = decodeHtml(page, 'text/html');
    assert.match(decoded.text, /行政执法公示/);
    assert.equal(decoded.encoding, 'gbk');
    assert.equal(decoded.source, 'meta');
  });

  it('lets the header win over the meta, and a BOM over both', () => {
    const page = concat(ascii('<meta charset="utf-8"><p>'), GBK_TEXT);
    assert.match(decodeHtml(page, 'text/html; charset=gbk').text, /行政执法公示/);
    const bom = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), new TextEncoder().encode('<p>公示</p>'));
    const decoded = decodeHtml(bom, 'text/html; charset=gbk');
    assert.equal(decoded.source, 'bom');
    assert.match(decoded.text, /公示/);
  });

  it('falls back to GB18030 when an unlabelled page is not UTF-8, and ignores unknown labels', () => {
    const unlabelled = decodeHtml(concat(ascii('<p>'), GBK_TEXT), null);
    assert.equal(unlabelled.encoding, 'gb18030');
    assert.match(unlabelled.text, /行政执法公示/);
    const utf8 = decodeHtml(new TextEncoder().encode('<meta charset="x-klingon"><p>公示</p>'), 'text/html; charset=bogus');
    assert.equal(utf8.encoding, 'utf-8');
    assert.match(utf8.text, /公示/);
  });
});
