import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { docxText, wordXmlText } from '../../../extension/attachments/docx-text.ts';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.map((run) => `<w:r><w:t xml:space="preserve">${run}</w:t></w:r>`).join('')}</w:p>`;

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([name, xml]) => [name, strToU8(xml)])),
  });
}

describe('DOCX text', () => {
  it('reads paragraphs, runs split mid-word, tabs, breaks and entities', () => {
    const text = wordXmlText(`<w:body>${paragraph('当事人：张', '三')}${paragraph('身份证号&#xFF1A;330106199001011234')}<w:p><w:r><w:t>电话</w:t><w:tab/><w:t>13812345678 &amp; more</w:t><w:br/><w:t>next</w:t></w:r></w:p></w:body>`);
    assert.equal(text, '当事人：张三\n身份证号：330106199001011234\n电话\t13812345678 & more\nnext');
  });

  it('reads the document, then headers and footers', () => {
    const result = docxText(docx(paragraph('正文'), { 'word/footer1.xml': `<w:ftr ${NS}>${paragraph('页脚 电话 0571-87654321')}</w:ftr>`, 'word/media/image1.png': 'PNG' }));
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(result.parts.map((part) => [part.label, part.text]), [['document', '正文'], ['footer1', '页脚 电话 0571-87654321']]);
  });

  it('says why a file cannot be read: encrypted (compound file), not a ZIP, no document part', () => {
    const compound = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    assert.deepEqual(docxText(compound), { ok: false, reason: 'encrypted', detail: 'OLE compound file: password-protected' });
    assert.equal((docxText(strToU8('<html>error page</html>')) as { reason: string }).reason, 'corrupt');
    assert.equal((docxText(zipSync({ 'a.txt': strToU8('x') })) as { reason: string }).reason, 'corrupt');
  });
});
