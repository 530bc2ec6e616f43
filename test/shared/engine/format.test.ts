// The report renderers: every value derived from the page is escaped in HTML, both locales render, outcomes are
// words (never colour alone), and the text summary lists failures with citation, location, snippet and fix.
import { expect } from '@open-wc/testing';
import { escapeHtml, formatHtml } from '../../../shared/engine/format-html.ts';
import { formatText } from '../../../shared/engine/format-text.ts';
import type { AuditReport } from '../../../shared/engine/report.ts';
import { audit } from '../../../shared/engine/run.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

const HOSTILE = '<script>alert(1)</script>"\'&';

async function hostileReport(): Promise<AuditReport> {
  const doc = await documentFrom(`<title>${escapeHtml(HOSTILE)}</title><h1>执法人员名单</h1>
    <table><tr><th>姓名</th><th>执法证号</th><th>有效期至</th></tr><tr><td>${escapeHtml(HOSTILE)}</td><td>42990121003</td><td>2023-01-01</td></tr>
    <tr><td>贺刚辉</td><td>42990121004</td><td>2028-01-01</td></tr></table>`);
  const snapshot = extractSnapshot(doc);
  const report = audit([{ ...snapshot, url: 'javascript:alert(1)//<b>' }], { now: '2024-05-20' });
  return report;
}

describe('formatHtml()', () => {
  it('escapes everything that comes from the page and links nothing', async () => {
    const html = formatHtml(await hostileReport());
    expect(html).not.to.contain('<script>alert(1)');
    expect(html).not.to.contain('<b>');
    expect(html).not.to.match(/href=/);
    expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.contain('javascript:alert(1)//&lt;b&gt;');
  });

  it('is a printable Chinese document whose outcomes are words, and renders in English on request', async () => {
    const report = await hostileReport();
    const doc = new DOMParser().parseFromString(formatHtml(report), 'text/html');
    expect(doc.documentElement.lang).to.equal('zh-CN');
    expect(doc.querySelector('h1')!.textContent).to.equal('行政执法公示检查报告');
    expect(doc.querySelector('style')!.textContent).to.contain('@media print');
    const failed = doc.querySelector('article.rule--fail')!;
    expect(failed.querySelector('.outcome')!.textContent).to.equal('不合格');
    expect(failed.textContent).to.contain('《武汉市民政系统行政执法公示办法》5(4)');
    expect(doc.querySelector('dl.meta')!.textContent).to.contain('2024-05-20');
    const english = new DOMParser().parseFromString(formatHtml(report, 'en'), 'text/html');
    expect(english.documentElement.lang).to.equal('en');
    expect(english.querySelector('article.rule--fail .outcome')!.textContent).to.equal('Failed');
  });
});

describe('formatText()', () => {
  it('lists each failure with its citation, location, masked snippet and fix', async () => {
    const text = formatText(await hostileReport());
    const failure = text.slice(text.indexOf('公示了证件过期或被注销的执法人员'));
    expect(failure).to.match(/依据: 《武汉市民政系统行政执法公示办法》5\(4\)/);
    expect(failure).to.match(/执法证件已于 2023-01-01 到期/);
    expect(failure).to.match(/位置: html > body > table > tbody > tr:nth-of-type\(2\)/);
    expect(failure).to.match(/整改建议: 从名单中撤下/);
    expect(text).to.match(/结果统计: 不合格 \d+ · 待复核 \d+/);
  });
});
