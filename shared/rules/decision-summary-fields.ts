// decision-summary-fields: each published decision shows the summary the profile names — hz: 文号, 案件名称,
// 当事人, 主要违法事实, 法律依据, 执法决定, 执法主体, 日期; elsewhere 执法机关, 执法对象, 执法类别, 执法结论
// (hz-gs 9; qp 二(一)4; hb (六)). A list table that lacks a column is reported once, for the table.
import type { DecisionField } from '../catalogue/profiles.ts';
import type { Target } from '../extract/snapshot.ts';
import type { RuleFinding as Finding } from './types.ts';
import { decisionsOf, type DecisionRecord } from './support/decisions.ts';
import { decisionFinding, passesByPage } from './support/decision-findings.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

interface TableTally {
  first: DecisionRecord;
  count: number;
  rowsBySet: Map<ReadonlySet<DecisionField>, number>;
  /** The field set of the rows just before, and how many in a row show it (not yet in rowsBySet). */
  runFields: ReadonlySet<DecisionField> | undefined;
  runLength: number;
}

function addRun(tally: TableTally): void {
  if (tally.runFields) tally.rowsBySet.set(tally.runFields, (tally.rowsBySet.get(tally.runFields) ?? 0) + tally.runLength);
  tally.runLength = 0;
}

export const decisionSummaryFields: Rule = {
  id: 'decision-summary-fields',
  reasons: ['missingColumn', 'missingField', 'emptyField', 'complete'],
  evaluate(snapshots, context) {
    const required = context.profile.decisionFields;
    const records = decisionsOf(snapshots);
    const findings: Finding[] = [];
    // A list's rows share a few field sets (one per combination of cells shown): each set is judged once.
    const completeness = new Map<ReadonlySet<DecisionField>, boolean>();
    let lastFields: ReadonlySet<DecisionField> | undefined;
    let isLastComplete = false;
    const showsAll = (fields: ReadonlySet<DecisionField>) => required.every((field) => fields.has(field));
    // (No closure inside: one that captured `record` would make every call allocate.)
    const isComplete = (record: DecisionRecord) => {
      if (record.fields === lastFields) return isLastComplete;
      let complete = completeness.get(record.fields);
      if (complete === undefined) completeness.set(record.fields, (complete = showsAll(record.fields)));
      lastFields = record.fields;
      isLastComplete = complete;
      return complete;
    };
    // Per list table: its first row, how many rows, and how many show each field set (rows share a few sets).
    const tables = new Map<Target, TableTally>();
    let last: TableTally | undefined;
    for (const record of records) {
      if (record.table) {
        let tally = last?.first.table === record.table ? last : tables.get(record.table);
        if (!tally) tables.set(record.table, (tally = { first: record, count: 0, rowsBySet: new Map(), runFields: undefined, runLength: 0 }));
        last = tally;
        tally.count += 1;
        // Rows showing the same fields come in runs: a run is added to the map when it ends.
        if (record.fields !== tally.runFields) {
          addRun(tally);
          tally.runFields = record.fields;
        }
        tally.runLength += 1;
        continue;
      }
      for (const field of required) {
        if (!record.fields.has(field)) findings.push(decisionFinding(context, record, 'fail', 'missingField', { field: `@field.${field}` }));
      }
    }
    for (const tally of tables.values()) addRun(tally);
    for (const { first, count, rowsBySet } of tables.values()) {
      for (const field of required) {
        let shown = 0;
        for (const [fields, rows] of rowsBySet) if (fields.has(field)) shown += rows;
        if (shown === 0) {
          findings.push({ status: 'fail', target: first.table!, url: first.url, snippet: lazySnippet(context, first.texts[0]?.text ?? ''), reason: 'missingColumn', data: { field: `@field.${field}`, count } });
        } else if (shown < count) {
          for (const row of records) if (row.table === first.table && !row.fields.has(field)) findings.push(decisionFinding(context, row, 'fail', 'emptyField', { field: `@field.${field}` }));
        }
      }
    }
    return [...findings, ...passesByPage(context, records, 'complete', isComplete)];
  },
};
