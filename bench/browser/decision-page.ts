// A legacy-CMS decision list of `rows` penalty decisions (行政处罚决定公示), the page the extension benchmark
// audits. Deterministic: the same rows every run.
export function decisionPageHtml(rows: number): string {
  const cells: string[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const month = 1 + (i % 12);
    const day = 1 + (i % 27);
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const published = `2025-${String(month).padStart(2, '0')}-${String(Math.min(day + 2, 28)).padStart(2, '0')}`;
    cells.push(
      `<tr><td>江综执罚〔2025〕${i}号</td><td>某某商户${i}占道经营案</td><td>江城市某某商行${i}</td><td>占用城市道路从事经营活动</td>` +
        `<td>《城市道路管理条例》第二十七条</td><td>罚款人民币${(i % 9) + 1}百元</td><td>江城市综合行政执法局</td><td>${date}</td><td>${published}</td></tr>`,
    );
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>行政处罚决定公示</title></head><body>
<h1>行政处罚决定公示</h1>
<table id="decisions"><caption>行政处罚决定（${rows} 件）</caption>
<thead><tr><th>决定书文号</th><th>案件名称</th><th>当事人名称</th><th>主要违法事实</th><th>处罚依据</th><th>处罚内容</th><th>处罚机关</th><th>作出决定日期</th><th>公示日期</th></tr></thead>
<tbody>${cells.join('\n')}</tbody></table></body></html>`;
}
