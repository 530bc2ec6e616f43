// A decision list read as records sharing one text: each row gets the answer its own scan gives, searches over
// the list find exactly the rows a row-by-row search finds, and a row's text is its scanned cells.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';
import { createContext } from '../../../shared/engine/run.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { decisionFinding, scanOptionsOf } from '../../../shared/rules/support/decision-findings.ts';
import { personalDataIn } from '../../../shared/rules/support/decision-leaks.ts';
import { isKnownClean, ListRecord, recordsMatching } from '../../../shared/rules/support/decision-rows.ts';
import { decisionsOf } from '../../../shared/rules/support/decisions.ts';
import { maskedSnippet } from '../../../shared/rules/support/snippet.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

const ROWS = [
  ['东湖市监处罚〔2024〕第1号', '江城市博远超市有限公司', '销售超过保质期的食品', '警告', '2024-04-25'],
  ['东湖市监处罚〔2024〕第2号', '江城市博远超市有限公司', '联系人王小明，电话13807001234', '罚款三千元', '2024-04-25'],
  ['东湖市监处罚〔2024〕第3号', '江城市嘉和商贸有限公司', '法定代表人身份证号420106198503121233', '罚款五千元', '2024-04-26'],
  ['东湖市监处罚〔2024〕第4号', '张某', '销售过期食品，联系电话13907001234', '警告', '2024-04-26'],
  ['东湖市监处罚〔2024〕第5号', '江城市泰和便利店', '经营者不明码标价，当事人系未成年人', '罚款三千元', ''],
  ['东湖市监处罚〔2024〕第6号', '江城市锦程餐饮管理有限公司', '未按规定公示许可证（适用简易程序）', '警告', '2024-04-27'],
];

async function listRecords() {
  const rows = ROWS.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  const doc = await documentFrom(`<body><table><tr><th>决定书文号</th><th>当事人</th><th>主要违法事实</th><th>处罚内容</th><th>处罚决定日期</th></tr>${rows}</table></body>`);
  return decisionsOf([extractSnapshot(doc)]);
}

describe('a decision list’s records', () => {
  it('read each row’s text from the list: its scanned cells, the dates left out', async () => {
    const records = await listRecords();
    expect(records).to.have.length(ROWS.length);
    records.forEach((record, index) => {
      expect(record).to.be.instanceOf(ListRecord);
      expect(record.texts.map(({ text }) => text)).to.deep.equal([ROWS[index]!.slice(0, 4).join(' ')]);
    });
    expect(records.map((record) => record.procedure)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, 'simple']);
  });

  it('give every row the personal data its own scan finds, from one scan of the list and rescans of the rows it flags', async () => {
    const records = await listRecords();
    const leaks = personalDataIn(records, createContext('baseline', '2024-05-20', false));
    for (const record of records) {
      const own = record.texts.map(({ text }) => scan(text, scanOptionsOf(record)));
      expect(leaks.get(record) ?? record.texts.map(() => []), record.texts[0]!.text).to.deep.equal(own);
    }
    expect([...leaks.keys()].map((record) => record.documentNumber)).to.deep.equal(['东湖市监处罚〔2024〕第2号', '东湖市监处罚〔2024〕第3号', '东湖市监处罚〔2024〕第4号']);
  });

  it('know a row clean when its list’s scan finds nothing in it, and give its findings the snippet a scan gives', async () => {
    const records = await listRecords();
    expect(records.map(isKnownClean)).to.deep.equal([true, false, false, false, true, true]);
    const context = createContext('baseline', '2024-05-20', false);
    for (const record of records) {
      const scanned = maskedSnippet(createContext('baseline', '2024-05-20', false), record.texts[0]!.text, 0, 0, scanOptionsOf(record));
      const snippet = decisionFinding(context, record, 'pass', 'checked').snippet;
      expect(typeof snippet === 'function' ? snippet() : snippet).to.equal(scanned);
    }
  });

  it('find the rows a pattern matches with one search of the list', async () => {
    const records = await listRecords();
    const matching = recordsMatching(records, /未成年|警告/);
    expect(records.filter((record) => matching.has(record)).map((record) => record.documentNumber)).to.deep.equal(
      records.filter((record) => /未成年|警告/.test(record.texts[0]!.text)).map((record) => record.documentNumber),
    );
  });
});
