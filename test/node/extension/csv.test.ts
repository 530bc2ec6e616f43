import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { csvField, toCsv } from '../../../extension/export/csv.ts';
import { COLUMNS, type FindingRow } from '../../../extension/export/finding-rows.ts';

const row = (overrides: Partial<FindingRow>): FindingRow => ({ ...Object.fromEntries(COLUMNS.map((column) => [column, ''])), ...overrides }) as FindingRow;

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and parses back to the same cells', () => {
    const rows = [
      row({ rule: 'decision-redaction', snippet: '当事人：张三，身份证号 330106********1234，电话 138****5678', note: 'line one\nline "two", with comma' }),
      row({ rule: 'officer-list', reason: '缺少执法证号' }),
    ];
    const csv = toCsv(COLUMNS, rows);
    assert.ok(csv.startsWith('\uFEFF'));
    const records = parse(csv, { bom: true, relax_column_count: false }) as string[][];
    assert.deepEqual(records[0], [...COLUMNS]);
    assert.equal(records.length, 3);
    assert.equal(records[1]![COLUMNS.indexOf('snippet')], rows[0]!.snippet);
    assert.equal(records[1]![COLUMNS.indexOf('note')], rows[0]!.note);
    assert.equal(records[2]![COLUMNS.indexOf('reason')], '缺少执法证号');
  });

  it('quotes a cell a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvField('+86 571'), `"'+86 571"`);
    assert.equal(csvField('plain'), 'plain');
  });
});
