// A decision's kind read from its document number: the shortcut (only the part before the first digit, which a
// list's rows share, is searched when no kind-word anchor follows) gives exactly what searching the whole number gives.
import { expect } from '@open-wc/testing';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { decisionsOf, KIND_ANCHORS, KIND_WORDS, kindOf } from '../../../shared/rules/support/decisions.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

describe('decision kinds from document numbers', () => {
  it('every kind word holds an anchor and no digit', () => {
    for (const [kind, words] of KIND_WORDS) {
      for (const word of words.source.split('|')) {
        const literal = word.replace(/\\/g, '');
        expect([...literal].some((char) => KIND_ANCHORS.has(char.charCodeAt(0))), `${kind}: ${word}`).to.equal(true);
        expect(/[0-9０-９]/.test(literal), `${kind}: ${word}`).to.equal(false);
      }
    }
  });

  it('a list row’s kind is the kind its whole number names', async () => {
    const numbers = ['东湖市监处罚〔2024〕第1号', '东湖市监〔2024〕许字第2号', '东湖市监〔2024〕3号', '东湖城管强〔2024〕4号',
      '２０２４查封５号', '2024-6', '东湖市监〔2024〕第7号警告', '东湖〔2024〕扣押8号', '东湖市监许〔2024〕9号罚款'];
    const rows = numbers.map((number, index) => `<tr><td>${number}</td><td>江城市博远超市有限公司${index}</td><td>销售过期食品</td><td>2024-04-25</td></tr>`).join('');
    const doc = await documentFrom(`<body><table><tr><th>决定书文号</th><th>当事人</th><th>主要违法事实</th><th>决定日期</th></tr>${rows}</table></body>`);
    const records = decisionsOf([extractSnapshot(doc)]);
    expect(records.map((record) => record.kind)).to.deep.equal(numbers.map((number) => kindOf(number)));
    expect(records.map((record) => record.kind)).to.deep.equal(['penalty', 'licence', undefined, 'coercion', 'coercion', undefined, 'penalty', 'coercion', 'penalty']);
  });
});
