import { expect } from '@open-wc/testing';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { documentFrom, removeDocuments, resolveTarget } from '../support/documents.ts';

afterEach(removeDocuments);

describe('extractSnapshot: text runs', () => {
  it('makes one run per block, splits at <br>, collapses &nbsp; and joins CJK lines as the browser shows them', async () => {
    const doc = await documentFrom(`<body><div>执法&nbsp;&nbsp;主体：<font color="red">某某局</font>
      <p>办公地址：杭州市
      上城区解放路1号</p>尾部<br>第二行</div></body>`);
    const snapshot = extractSnapshot(doc);
    expect(snapshot.text.map((run) => run.text)).to.deep.equal(['执法 主体：某某局', '办公地址：杭州市上城区解放路1号', '尾部', '第二行']);
    expect(resolveTarget(doc, snapshot.text[1]!.target).localName).to.equal('p');
    expect(resolveTarget(doc, snapshot.text[0]!.target)).to.equal(resolveTarget(doc, snapshot.text[2]!.target));
  });

  it('gives every run a target that resolves to exactly its element, with unique ids as anchors', async () => {
    const doc = await documentFrom(`<body><div id="main"><ul><li>甲</li><li>乙</li></ul></div>
      <div class="x"><p>丙</p><p>丁</p></div><div class="x"><p>戊</p></div><span id="dup">a</span><span id="dup">b</span></body>`);
    const snapshot = extractSnapshot(doc);
    for (const run of snapshot.text) expect(resolveTarget(doc, run.target).textContent).to.contain(run.text);
    expect(snapshot.text[0]!.target).to.deep.equal(['#main > ul > li:nth-of-type(1)']);
    expect(snapshot.text.find((run) => run.text === '戊')!.target).to.deep.equal(['html > body > div:nth-of-type(3) > p']);
  });

  it('skips scripts, styles, hidden and display:none content', async () => {
    const doc = await documentFrom(`<body><style>p{}</style><script>var x = 1</script><p hidden>藏</p>
      <div style="color:red; display: none">也藏</div><p>见</p><template><p>模板</p></template><noscript>无脚本</noscript></body>`);
    expect(extractSnapshot(doc).text.map((run) => run.text)).to.deep.equal(['见']);
  });

  it('walks a 2,000-level DOM without recursion and still targets its deepest text', () => {
    // An inert document: Chromium's own layout of 2,000 nested boxes is not what is tested here.
    const doc = document.implementation.createHTMLDocument('');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 2000; depth += 1) parent = parent.appendChild(doc.createElement(depth % 2 ? 'div' : 'span'));
    parent.textContent = '最深处';
    const snapshot = extractSnapshot(doc);
    const run = snapshot.text.find((item) => item.text === '最深处')!;
    expect(resolveTarget(doc, run.target)).to.equal(parent);
  });

  it('stops collecting text at maxTextLength and says it was truncated', async () => {
    const doc = await documentFrom(`<body>${'<p>行政执法公示</p>'.repeat(100)}</body>`);
    const snapshot = extractSnapshot(doc, { maxTextLength: 60 });
    expect(snapshot.limits.truncated).to.equal(true);
    expect(snapshot.text.length).to.be.within(10, 12);
    expect(extractSnapshot(doc).limits.truncated).to.equal(false);
  });

  it('reads no layout: neither getComputedStyle nor innerText is touched', async () => {
    const doc = await documentFrom('<body><table><tr><th>姓名</th></tr><tr><td>张三</td></tr></table><p>正文</p></body>');
    const view = doc.defaultView! as Window & typeof globalThis;
    const touched: string[] = [];
    view.getComputedStyle = (() => { touched.push('getComputedStyle'); throw new Error('layout read'); }) as typeof getComputedStyle;
    Object.defineProperty(view.HTMLElement.prototype, 'innerText', { get() { touched.push('innerText'); return ''; } });
    Object.defineProperty(view.HTMLElement.prototype, 'offsetWidth', { get() { touched.push('offsetWidth'); return 0; } });
    const snapshot = extractSnapshot(doc);
    expect(touched).to.deep.equal([]);
    expect(snapshot.text.map((run) => run.text)).to.include('正文');
  });

  it('never throws on an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.remove();
    const snapshot = extractSnapshot(doc);
    expect(snapshot.text).to.deep.equal([]);
  });
});

describe('extractSnapshot: shadow roots and frames', () => {
  it('crosses open shadow roots with one selector per level and leaves out light DOM no slot shows', async () => {
    const doc = await documentFrom(`<body><zfgs-officers id="w"><p>后备内容</p>
      <script type="application/json" data-zfgs-kind="officers" data-zfgs-version="1.0" data-zfgs-source="cms">{"updated":"2024-01-02","items":[]}</script>
      </zfgs-officers><div><x-card><span slot="title">投影标题</span></x-card></div></body>`);
    const host = doc.getElementById('w')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<section><h2>执法人员</h2><div><p>张三</p></div></section><section><p>李四</p></section>';
    const card = doc.querySelector('x-card')!;
    card.attachShadow({ mode: 'open' }).innerHTML = '<div><slot name="title"></slot></div>';
    const inner = doc.createElement('x-inner');
    host.shadowRoot!.querySelector('div')!.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>王五</p>';

    const snapshot = extractSnapshot(doc);
    const texts = snapshot.text.map((run) => run.text);
    expect(texts).to.include.members(['执法人员', '张三', '李四', '王五', '投影标题']);
    expect(texts).not.to.include('后备内容');
    const wang = snapshot.text.find((run) => run.text === '王五')!;
    expect(wang.target).to.have.length(3);
    expect(resolveTarget(doc, wang.target).textContent).to.equal('王五');
    const li = snapshot.text.find((run) => run.text === '李四')!;
    expect(li.target[0]).to.equal('#w');
    expect(resolveTarget(doc, li.target).textContent).to.equal('李四');
    // Slotted text belongs to its own tree: its run is the host's (the nearest block in the light DOM).
    expect(resolveTarget(doc, snapshot.text.find((run) => run.text === '投影标题')!.target).localName).to.equal('x-card');
    expect(snapshot.headings).to.deep.include({ level: 2, text: '执法人员', target: ['#w', ':host > section:nth-of-type(1) > h2'] });
    expect(snapshot.islands).to.have.length(1);
    expect(snapshot.islands[0]).to.deep.include({ kind: 'officers', version: '1.0', annotations: { source: 'cms' }, data: { updated: '2024-01-02', items: [] } });
    expect(resolveTarget(doc, snapshot.islands[0]!.target).localName).to.equal('script');
  });

  it('enters same-origin frames and counts frames it cannot read', async () => {
    const inner = '<p>框架内文字</p><a href="/files/a.pdf">附件</a>';
    const doc = await documentFrom(`<body><p>外层</p><iframe srcdoc="${inner.replace(/"/g, '&quot;')}"></iframe>
      <iframe src="http://127.0.0.2:1/other-origin.html"></iframe></body>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const snapshot = extractSnapshot(doc);
    const run = snapshot.text.find((item) => item.text === '框架内文字')!;
    expect(run.target).to.have.length(2);
    expect(resolveTarget(doc, run.target).textContent).to.equal('框架内文字');
    expect(snapshot.limits.skippedFrames).to.equal(1);
  });
});

describe('extractSnapshot: headings, links, images, islands', () => {
  it('collects headings (h1–h6 and role=heading), absolute links, attachments and image alt texts', async () => {
    const doc = await documentFrom(`<head><base href="http://gov.example/zfgs/"></head><body>
      <h1>行政执法公示</h1><div role="heading" aria-level="3">执法人员</div>
      <a href="ry.html"> 执法人员 名单 </a><a href="/down.jsp?id=1&amp;filename=2023.PDF">裁量基准</a>
      <a href="lct.html"><img src="lct.jpg" alt="行政处罚流程图"></a><a href="f.ofd">公文</a><a href="x.htm">页面</a></body>`);
    const snapshot = extractSnapshot(doc);
    expect(snapshot.headings.map((item) => [item.level, item.text])).to.deep.equal([[1, '行政执法公示'], [3, '执法人员']]);
    expect(snapshot.links.map((item) => [item.href, item.text])).to.deep.equal([
      ['http://gov.example/zfgs/ry.html', '执法人员 名单'],
      ['http://gov.example/down.jsp?id=1&filename=2023.PDF', '裁量基准'],
      ['http://gov.example/zfgs/lct.html', '行政处罚流程图'],
      ['http://gov.example/zfgs/f.ofd', '公文'],
      ['http://gov.example/zfgs/x.htm', '页面'],
    ]);
    expect(snapshot.attachments.map((item) => item.extension)).to.deep.equal(['pdf', 'ofd']);
    expect(snapshot.images).to.deep.equal([{ src: 'http://gov.example/zfgs/lct.jpg', alt: '行政处罚流程图', target: ['html > body > a:nth-of-type(3) > img'] }]);
  });

  it('captures an island that does not parse as an error instead of throwing', async () => {
    const doc = await documentFrom(`<body><script type="application/json" data-zfgs-kind="agency">{"name": </script>
      <script type="application/json">{"not":"an island"}</script></body>`);
    const [island, ...others] = extractSnapshot(doc).islands;
    expect(others).to.deep.equal([]);
    expect(island!.kind).to.equal('agency');
    expect(island!.data).to.equal(undefined);
    expect(island!.error).to.be.a('string').and.not.equal('');
  });
});

describe('extractSnapshot: tables', () => {
  it('reads th headers, rows and row targets', async () => {
    const doc = await documentFrom(`<body><table><caption>执法人员名单</caption><thead><tr><th>姓名</th><th>执法证号</th></tr></thead>
      <tbody><tr><td>张三</td><td>33010012345</td></tr><tr><td>李四</td><td>33010012346</td></tr></tbody></table></body>`);
    const [table] = extractSnapshot(doc).tables;
    expect(table).to.deep.include({ caption: '执法人员名单', headers: ['姓名', '执法证号'], rows: [['张三', '33010012345'], ['李四', '33010012346']] });
    expect(resolveTarget(doc, table!.rowTargets![1]!).textContent).to.contain('李四');
  });

  it('reads legacy tables: td headers in <b>, a title row, &nbsp; cells and nested layout tables kept apart', async () => {
    const doc = await documentFrom(`<body><table width="100%" border="0"><tr><td>
      <table border="1"><tr><td colspan="3"><font size="4"><b>行政处罚结果公示</b></font></td></tr>
      <tr><td><b>决定书文号</b></td><td><b>当事人</b></td><td><b>决定日期</b></td></tr>
      <tr><td>杭市监罚〔2023〕12号</td><td>某某公司</td><td>2023年4月20日</td></tr></table>
      </td><td>&nbsp;右栏&nbsp;</td></tr></table></body>`);
    const tables = extractSnapshot(doc).tables;
    const inner = tables.find((table) => table.caption === '行政处罚结果公示')!;
    expect(inner.headers).to.deep.equal(['决定书文号', '当事人', '决定日期']);
    expect(inner.rows).to.deep.equal([['杭市监罚〔2023〕12号', '某某公司', '2023年4月20日']]);
    const layout = tables.find((table) => table !== inner)!;
    expect(layout.rows).to.deep.equal([['', '右栏']]);
  });

  it('leaves headers empty when the first row holds data', async () => {
    const doc = await documentFrom('<body><table><tr><td>决定书文号</td><td>杭市监罚〔2023〕12号</td></tr><tr><td>决定日期</td><td>2023-04-20</td></tr></table></body>');
    const [table] = extractSnapshot(doc).tables;
    expect(table!.headers).to.deep.equal([]);
    expect(table!.rows).to.have.length(2);
  });
});

describe('extractSnapshot: dates', () => {
  it('finds dates in every common written form with their run and offset', async () => {
    const doc = await documentFrom(`<body><p>决定日期：2023年4月20日</p><p>发布时间：2023-04-25 10:30</p>
      <p>2023.4.20 与 2023/4/21</p><p>二〇二三年四月二十日</p><p>2023年4月</p><p>2023年2月30日 不是日期</p></body>`);
    const snapshot = extractSnapshot(doc);
    expect(snapshot.dates.map((date) => [date.iso, date.raw, date.run, date.offset, date.precision])).to.deep.equal([
      ['2023-04-20', '2023年4月20日', 0, 5, undefined],
      ['2023-04-25', '2023-04-25', 1, 5, undefined],
      ['2023-04-20', '2023.4.20', 2, 0, undefined],
      ['2023-04-21', '2023/4/21', 2, 12, undefined],
      ['2023-04-20', '二〇二三年四月二十日', 3, 0, undefined],
      ['2023-04', '2023年4月', 4, 0, 'month'],
    ]);
  });
});

describe('extractSnapshot: long tables', () => {
  it('keeps the cells of a table of more than 200 rows in its rows only, and short tables’ cells as runs too', async () => {
    const rows = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `<tr><td>${prefix}${index}</td><td>2024-01-0${(index % 9) + 1}</td></tr>`).join('');
    const doc = await documentFrom(`<body><p>前</p><table>${rows(3, '短')}</table><table>${rows(250, '长')}</table><p>后</p></body>`);
    const snapshot = extractSnapshot(doc);
    expect(snapshot.text.map((run) => run.text)).to.deep.equal(['前', '短0', '2024-01-01', '短1', '2024-01-02', '短2', '2024-01-03', '后']);
    expect(snapshot.tables[1]!.rows).to.have.length(250);
    expect(snapshot.tables[1]!.rowTargets).to.have.length(250);
    expect(snapshot.dates.map((date) => [date.iso, snapshot.text[date.run]!.text])).to.deep.equal([
      ['2024-01-01', '2024-01-01'], ['2024-01-02', '2024-01-02'], ['2024-01-03', '2024-01-03'],
    ]);
  });

  it('reads every row of a long list — plain, with a link, with an id, empty or hidden — with a target that resolves to it', async () => {
    const row = (index: number) => {
      if (index === 5) return `<tr><td>行${index}</td><td><a href="/cf/${index}.html">查看决定书</a></td></tr>`;
      if (index === 6) return `<tr id="r6"><td>行${index}</td><td>2024-01-06</td></tr>`;
      if (index === 7) return '<tr><td></td><td> </td></tr>';
      if (index === 8) return `<tr hidden><td>藏${index}</td><td>x</td></tr>`;
      if (index === 9) return `<tr><td style="display:none">藏${index}</td><td>行${index}</td></tr>`;
      return `<tr><td align="center">行${index}</td><td>&nbsp;2024-01-0${(index % 9) + 1} </td></tr>`;
    };
    const doc = await documentFrom(`<body><table><thead><tr><th>名称</th><th>日期</th></tr></thead>
      <tbody>${Array.from({ length: 240 }, (_, index) => row(index)).join('\n')}</tbody></table></body>`);
    const [table] = extractSnapshot(doc).tables;
    expect(table!.headers).to.deep.equal(['名称', '日期']);
    expect(table!.rows).to.have.length(238);
    expect(table!.rows.slice(0, 8)).to.deep.equal([
      ['行0', '2024-01-01'], ['行1', '2024-01-02'], ['行2', '2024-01-03'], ['行3', '2024-01-04'], ['行4', '2024-01-05'],
      ['行5', '查看决定书'], ['行6', '2024-01-06'], ['行9'],
    ]);
    table!.rows.forEach((cells, index) => expect(resolveTarget(doc, table!.rowTargets![index]!).textContent).to.contain(cells.at(-1)));
    expect(table!.rowTargets![6]).to.deep.equal(['#r6']);
    expect(extractSnapshot(doc).links.map((link) => link.text)).to.deep.equal(['查看决定书']);
  });

  it('reads a long list inside a shadow root with targets through its host', async () => {
    const doc = await documentFrom('<body><div id="host"></div></body>');
    const rows = Array.from({ length: 210 }, (_, index) => `<tr><td>行${index}</td></tr>`).join('');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = `<table>${rows}</table>`;
    const [table] = extractSnapshot(doc).tables;
    expect(table!.rows).to.have.length(210);
    expect(table!.rowTargets![209]).to.deep.equal(['#host', ':host > table:nth-of-type(1) > tbody > tr:nth-of-type(210)']);
    expect(resolveTarget(doc, table!.rowTargets![209]!).textContent).to.equal('行209');
  });

  it('tells a long list’s cells from the other elements its rows hold', async () => {
    const row = (index: number) => {
      if (index === 3) return `<tr><th>头${index}</th><td>行${index}</td></tr>`;
      if (index === 4) return `<tr><td>行${index}</td><script>void 0</script><td>尾${index}</td></tr>`;
      return `<tr><td>行${index}</td><td>值${index}</td></tr>`;
    };
    const doc = await documentFrom(`<body><table><tr><th>名称</th><th>值</th></tr>${Array.from({ length: 220 }, (_, index) => row(index)).join('')}</table></body>`);
    // An element no parser puts in a row, put there by a script: its text is no cell's.
    const note = doc.createElement('x-note');
    note.textContent = '注';
    doc.querySelectorAll('tr')[6]!.append(note);
    const [table] = extractSnapshot(doc).tables;
    expect(table!.headers).to.deep.equal(['名称', '值']);
    expect(table!.rows).to.have.length(220);
    expect(table!.rows.slice(2, 7)).to.deep.equal([['行2', '值2'], ['头3', '行3'], ['行4', '尾4'], ['行5', '值5'], ['行6', '值6']]);
    table!.rows.forEach((cells, index) => expect(resolveTarget(doc, table!.rowTargets![index]!).textContent).to.contain(cells.at(-1)));
  });

  it('counts a table’s rows, not only those holding text, in deciding it is long', async () => {
    const rows = Array.from({ length: 201 }, (_, index) => (index < 3 ? `<tr><td>格${index}</td></tr>` : '<tr><td></td></tr>')).join('');
    const doc = await documentFrom(`<body><table>${rows}</table></body>`);
    const snapshot = extractSnapshot(doc);
    expect(snapshot.tables[0]!.rows).to.deep.equal([['格0'], ['格1'], ['格2']]);
    expect(snapshot.text).to.deep.equal([]);
  });
});
