// Label evidence points at the section holding the item, not at a header or breadcrumb whose 地址 / 电话 come first.
import { expect } from '@open-wc/testing';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { audit } from '../../../shared/engine/run.ts';
import { documentFrom, removeDocuments, resolveTarget } from '../support/documents.ts';

afterEach(removeDocuments);

const HEADER = `<div id="header"><p>江城市东湖区市场监督管理局　地址：江城市东湖区湖滨路88号　电话：0700-86612315</p>
  <p>您现在的位置：<a href="/">首页</a> &gt; <a href="/zfgs/">行政执法公示</a> &gt; 投诉举报</p></div>`;

async function labelsFinding(body: string) {
  const doc = await documentFrom(`<html><head><title>投诉举报</title></head><body>${body}</body></html>`);
  const report = audit([extractSnapshot(doc)], { profile: 'baseline', now: '2024-05-20' });
  const finding = report.results.find((result) => result.id === 'complaint-channel')!.findings.find((each) => each.reason === 'labels')!;
  return { doc, element: resolveTarget(doc, finding.target) };
}

describe('label evidence', () => {
  it('points into the section that names the item when the header’s labels come first', async () => {
    const { doc, element } = await labelsFinding(`${HEADER}<div id="main"><h2>投诉举报渠道</h2>
      <p>受理部门：江城市东湖区市场监督管理局投诉举报中心</p><p>投诉电话：0700-12315</p><p>通讯地址：江城市东湖区湖滨路88号</p></div>`);
    expect(doc.getElementById('header')!.contains(element), element.outerHTML).to.equal(false);
    expect(doc.getElementById('main')!.contains(element), element.outerHTML).to.equal(true);
  });

  it('points at the heading naming the item when every label found is before it', async () => {
    const { element } = await labelsFinding(`${HEADER}<div id="main"><h2 id="named">投诉举报</h2><p>请拨打上方电话，或到上述地址投诉。</p></div>`);
    expect(element.id).to.equal('named');
  });

  it('keeps the first label when nothing names the item apart from the page', async () => {
    const { element } = await labelsFinding('<div id="main"><p id="first">投诉电话：0700-12315</p><p>通讯地址：江城市东湖区湖滨路88号</p></div>');
    expect(element.id).to.equal('first');
  });
});
