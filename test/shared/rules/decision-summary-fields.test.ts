// decision-summary-fields on list tables: a column no row shows is one finding for the table (with how many rows
// it lacks), a cell left empty is a finding for its row, and the rows that show every field pass, counted per page.
import { expect } from '@open-wc/testing';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { createContext } from '../../../shared/engine/run.ts';
import { decisionSummaryFields } from '../../../shared/rules/decision-summary-fields.ts';
import { documentFrom, removeDocuments, resolveTarget } from '../support/documents.ts';

afterEach(removeDocuments);

const HEADER = '<tr><th>决定书文号</th><th>案件名称</th><th>当事人</th><th>主要违法事实</th><th>处罚依据</th><th>处罚内容</th><th>处罚机关</th><th>处罚决定日期</th></tr>';
const row = (index: number, party = `江城市博远超市有限公司${index}`) =>
  `<tr><td>东湖市监处罚〔2024〕第${index}号</td><td>销售过期食品案${index}</td><td>${party}</td><td>销售过期食品</td><td>《食品安全法》第一百二十四条</td><td>警告</td><td>江城市东湖区市场监督管理局</td><td>2024-04-25</td></tr>`;

describe('decision-summary-fields on list tables', () => {
  it('reports an empty cell on its row, a missing column once for its table, and counts the complete rows', async () => {
    // The first table lacks the 主要违法事实 column; in the second, row 2 leaves 当事人 empty.
    const withoutFacts = HEADER.replace('<th>主要违法事实</th>', '') + [1, 2, 3].map((index) => row(index).replace('<td>销售过期食品</td>', '')).join('');
    const doc = await documentFrom(`<body><table id="a">${withoutFacts}</table><table id="b">${HEADER}${row(4)}${row(5, ' ')}${row(6)}</table></body>`);
    const findings = decisionSummaryFields.evaluate([extractSnapshot(doc)], createContext('hz', '2024-12-20', false));
    const summary = findings.map((finding) => ({ status: finding.status, reason: finding.reason, data: finding.data, text: resolveTarget(doc, finding.target).id || resolveTarget(doc, finding.target).textContent!.slice(0, 15) }));
    expect(summary).to.deep.equal([
      { status: 'fail', reason: 'missingColumn', data: { field: '@field.facts', count: 3 }, text: 'a' },
      { status: 'fail', reason: 'emptyField', data: { field: '@field.party' }, text: '东湖市监处罚〔2024〕第5号' },
      { status: 'pass', reason: 'complete', data: { count: 2 }, text: 'b' },
    ]);
  });
});
