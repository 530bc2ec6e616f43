import { expect } from '@open-wc/testing';
import { convertTable, readCell, readDate } from '../../../demo/builder/convert.ts';
import { isKnownHeader, normaliseHeader, suggestMapping, unmappedRequired } from '../../../demo/builder/mapping.ts';
import { decodeText, parseCsv, tableOf } from '../../../demo/builder/parse.ts';
import { targetById } from '../../../demo/builder/targets.ts';

const officers = targetById('officers')!;
const decisions = targetById('decisions')!;

describe('builder: reading spreadsheets', () => {
  it('parses CSV with quotes, embedded commas and newlines, and a BOM', () => {
    const sheet = parseCsv('\uFEFF姓名,执法证号,备注\n张三,33010012345,"一行,含逗号"\n李四,33010012346,"两行\n文字"\n');
    expect(sheet.rows).to.deep.equal([
      ['姓名', '执法证号', '备注'],
      ['张三', '33010012345', '一行,含逗号'],
      ['李四', '33010012346', '两行\n文字'],
    ]);
  });

  it('decodes a CSV saved by Excel on Chinese Windows (GBK), and UTF-8 as UTF-8', () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd]); // 姓名,张三
    expect(decodeText(gbk.buffer)).to.equal('姓名,张三');
    expect(decodeText(new TextEncoder().encode('姓名,张三').buffer)).to.equal('姓名,张三');
  });

  it('skips a title line above the header row and keeps spreadsheet row numbers', () => {
    const sheet = parseCsv('示例市市场监督管理局行政执法人员名单,,\n姓名,执法证号,有效期至\n张三,33010012345,2026-12-31\n,,\n李四,33010012346,2027-01-31\n');
    const table = tableOf(sheet, (header) => isKnownHeader(officers, header));
    expect(table.headers).to.deep.equal(['姓名', '执法证号', '有效期至']);
    expect(table.rows.map((row) => row.number)).to.deep.equal([3, 5]);
  });
});

describe('builder: suggesting the column mapping', () => {
  it('normalises headers: full width, brackets, required marks, spaces', () => {
    expect(normaliseHeader('*执法证号（必填）')).to.equal('执法证号');
    expect(normaliseHeader(' 有效期至(yyyy-mm-dd) ')).to.equal('有效期至');
  });

  it('maps the Chinese headers of an officer list, and leaves unknown columns out', () => {
    const mapping = suggestMapping(['序号', '姓名', '执法证号', '所在单位', '有效期至', '执法类别', '备注'], officers);
    expect(mapping).to.deep.equal([null, 'name', 'certificateNumber', 'unit', 'validUntil', 'category', null]);
  });

  it('maps a decision list, each field fed by one column at most', () => {
    const mapping = suggestMapping(['行政处罚决定书文号', '案件名称', '当事人名称', '统一社会信用代码', '法定代表人（负责人）', '处罚依据', '处罚内容', '处罚机关', '处罚决定日期', '公示日期', '依据'], decisions);
    expect(mapping).to.deep.equal(['documentNumber', 'caseName', 'party.name', 'party.uscc', 'party.legalRepresentative', 'legalBasis', 'content', 'enforcingBody', 'decisionDate', 'publicationDate', null]);
    expect(unmappedRequired(mapping, decisions).map((field) => field.path)).to.deep.equal(['kind']);
  });
});

describe('builder: reading cells', () => {
  it('reads the date forms Chinese spreadsheets use, and refuses impossible dates', () => {
    for (const written of ['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日', '２０２４年３月５日', '20240305']) expect(readDate(written), written).to.equal('2024-03-05');
    expect(readDate(45356)).to.equal('2024-03-05'); // an Excel day number
    expect(readDate(new Date(Date.UTC(2024, 2, 5)))).to.equal('2024-03-05');
    expect(readDate('2023-02-30')).to.equal(undefined);
    expect(readDate('下周')).to.equal(undefined);
  });

  it('reads closed values by their Chinese names and says which values are allowed', () => {
    const status = officers.fields.find((field) => field.path === 'status')!.type;
    expect(readCell('暂停执法', status)).to.deep.equal({ value: 'suspended' });
    expect(readCell('revoked', status)).to.deep.equal({ value: 'revoked' });
    const unknown = readCell('休假', status);
    expect(unknown).to.have.property('problem', 'choice');
    expect((unknown as { message: { 'zh-CN': string } }).message['zh-CN']).to.contain('有效、暂停、注销');
  });

  it('flags numbers too long for a spreadsheet number cell instead of publishing a wrong certificate number', () => {
    expect(readCell(3301001234567890000, { kind: 'text' })).to.have.property('problem', 'longNumber');
    expect(readCell(33010012345, { kind: 'text' })).to.deep.equal({ value: '33010012345' });
  });
});

describe('builder: problems per row and cell', () => {
  it('pins unreadable cells and schema issues to their row and column, in Chinese and English', () => {
    const table = tableOf(
      parseCsv('姓名,执法证号,有效期起,有效期至,证件状态\n张三,33010012345,2021-01-01,2026-12-31,有效\n,33010012346,2021-01-01,下周,有效\n王五,,2025-01-01,2024-01-01,休假\n'),
      (header) => isKnownHeader(officers, header),
    );
    const mapping = suggestMapping(table.headers, officers);
    const { rows, problems } = convertTable(table, mapping, officers);
    expect(rows[0]!.item).to.deep.equal({ name: '张三', certificateNumber: '33010012345', validFrom: '2021-01-01', validUntil: '2026-12-31', status: 'valid' });
    const where = problems.map((each) => `${each.row}:${each.column}:${each.field}:${each.code}`);
    expect(where).to.have.members(['3:3:validUntil:date', '3:0:name:missing', '4:4:status:choice', '4:3:validUntil:dateOrder', '4:1:certificateNumber:certificateRequired']);
    for (const each of problems) expect(each.message['zh-CN'] && each.message.en, where.join()).to.be.a('string').and.not.equal('');
  });

  it('fills a field without a column from its stated fallback: officers as valid, a party kind from its credit code', () => {
    const table = tableOf(parseCsv('姓名,执法证号\n张三,33010012345\n'), (header) => isKnownHeader(officers, header));
    const { rows } = convertTable(table, suggestMapping(table.headers, officers), officers);
    expect(rows[0]!.item['status']).to.equal('valid');

    const decisionTable = tableOf(
      parseCsv('文号,案件名称,当事人,统一社会信用代码,法律依据,执法决定,决定类别,执法主体,决定日期,公开日期\n杭西市监罚〔2024〕1号,某案,某公司,91330106MA2H7Q5K0U,《食品安全法》,罚款,行政处罚,某局,2024-05-20,2024-05-22\n杭西市监罚〔2024〕2号,某案,周某,,《食品安全法》,警告,行政处罚,某局,2024-05-20,2024-05-22\n'),
      (header) => isKnownHeader(decisions, header),
    );
    const converted = convertTable(decisionTable, suggestMapping(decisionTable.headers, decisions), decisions);
    expect(converted.rows.map((row) => (row.item['party'] as { kind: string }).kind)).to.deep.equal(['legal', 'natural']);
    expect(converted.problems).to.deep.equal([]);
  });
});
