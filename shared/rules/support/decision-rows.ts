// The rows of a decision list as records that share one text. The scanned cells of all rows are joined once,
// rows apart by ROW_SEPARATOR, so that searching a list (revoked? which procedure? a minor?) and scanning it for
// personal data are each one pass over one string, and no row needs a string, array or object of its own until
// a finding quotes it. A 50,000-row list is then 50,000 small records, not 250,000 objects.
import type { DecisionField } from '../../catalogue/profiles.ts';
import { scan } from '../../detectors/scan.ts';
import type { Target } from '../../extract/snapshot.ts';
import type { DecisionKind, PartyKind } from '../../schema/index.ts';
import type { DecisionRecord } from './decisions.ts';

/** Between two rows' texts: a blank line ends every number, name, address and sentence the detectors read. */
export const ROW_SEPARATOR = '\n\n\n';

/**
 * The texts of a list's rows, joined: read from the table's own rows when first asked (a list whose text no rule
 * reads never builds it), in one pass, so making a row's record adds nothing to it.
 */
export class ListText {
  private text: string | undefined;
  private rowStarts: number[] | undefined;

  /**
   * The rows from `firstRow` on are the list's; a row's text is its cells at `columns`, joined by spaces (all its
   * cells when it has as many as `columns` names: the columns are then every column of the table).
   */
  constructor(
    private readonly rows: readonly (readonly string[])[],
    private readonly firstRow: number,
    private readonly columns: readonly number[],
  ) {}

  get rowCount(): number {
    return Math.max(0, this.rows.length - this.firstRow);
  }

  /** Where each row's text starts in `joined`; it ends ROW_SEPARATOR.length before the next one starts. */
  get starts(): number[] {
    if (this.rowStarts === undefined) this.build();
    return this.rowStarts!;
  }

  /** Every row's text, ROW_SEPARATOR between them (built once, when first asked). */
  get joined(): string {
    if (this.text === undefined) this.build();
    return this.text!;
  }

  private columnsOf(row: readonly string[]): readonly number[] | undefined {
    return this.columns.length === row.length ? undefined : this.columns;
  }

  private build(): void {
    const { rows, firstRow } = this;
    // Pushed, not written into an array made at its final size: V8 makes an array of more than 100,000 holes a
    // dictionary, and a 10,000-row list has 130,000 parts.
    const parts: string[] = [];
    const starts: number[] = [];
    let length = 0;
    for (let index = firstRow; index < rows.length; index += 1) {
      const row = rows[index]!;
      const columns = this.columnsOf(row);
      const count = columns ? columns.length : row.length;
      if (index > firstRow) {
        parts.push(ROW_SEPARATOR);
        length += ROW_SEPARATOR.length;
      }
      starts.push(length);
      for (let column = 0; column < count; column += 1) {
        const cell = (columns ? row[columns[column]!] : row[column]) ?? '';
        if (column > 0) {
          parts.push(' ');
          length += 1;
        }
        parts.push(cell);
        length += cell.length;
      }
    }
    this.rowStarts = starts;
    this.text = parts.join('');
  }

  /** The row whose text holds `offset` of `joined` (or precedes it, for an offset in a separator). */
  rowAt(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  textOf(row: number): string {
    const end = row + 1 < this.starts.length ? this.starts[row + 1]! - ROW_SEPARATOR.length : this.joined.length;
    return this.joined.slice(this.starts[row], end);
  }

  /** The rows whose text `pattern` matches, by one pass of it over `joined` (a match never spans two rows). */
  rowsMatching(pattern: RegExp): Set<number> {
    const rows = new Set<number>();
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const joined = this.joined;
    for (let match = global.exec(joined); match !== null; match = global.exec(joined)) {
      const row = this.rowAt(match.index);
      rows.add(row);
      // On to the next row: one match is enough to say a row matches.
      global.lastIndex = row + 1 < this.starts.length ? this.starts[row + 1]! : joined.length;
    }
    return rows;
  }
}

/** A decision that is one row of a list table: what its text is, it reads from the list's shared text. */
export class ListRecord implements DecisionRecord {
  readonly source = 'table';
  readonly hasFullText = false;
  documentNumber?: string;
  party?: { kind: PartyKind; name: string };
  kind?: DecisionKind;
  procedure?: 'simple' | 'general';
  decisionDate?: string;
  publicationDate?: string;
  revocation?: { date?: string };

  constructor(
    readonly url: string,
    readonly target: Target,
    readonly table: Target,
    readonly fields: Set<DecisionField>,
    readonly list: ListText,
    readonly row: number,
  ) {}

  get text(): string {
    return this.list.textOf(this.row);
  }

  get texts(): { text: string; target: Target }[] {
    return [{ text: this.text, target: this.target }];
  }
}

/** The records among `records` whose text `pattern` matches: one pass over each list's text, not one per row. */
export function recordsMatching(records: readonly DecisionRecord[], pattern: RegExp): Set<DecisionRecord> {
  const matching = new Set<DecisionRecord>();
  const rowsByList = new Map<ListText, Set<number>>();
  for (const record of records) {
    if (record instanceof ListRecord) {
      let rows = rowsByList.get(record.list);
      if (!rows) rowsByList.set(record.list, (rows = record.list.rowsMatching(pattern)));
      if (rows.has(record.row)) matching.add(record);
    } else if (record.texts.some(({ text }) => pattern.test(text))) {
      matching.add(record);
    }
  }
  return matching;
}

const flaggedRowsByList = new WeakMap<ListText, Set<number>>();

/** The rows of a list in which one scan of the whole list's text finds anything (scanned once per list). */
function rowsWithFindings(list: ListText): Set<number> {
  let rows = flaggedRowsByList.get(list);
  if (!rows) {
    rows = new Set();
    for (const finding of scan(list.joined)) rows.add(list.rowAt(finding.start));
    flaggedRowsByList.set(list, rows);
  }
  return rows;
}

/**
 * Whether a decision's texts hold no personal data, known without scanning them on their own: a list row of a
 * party that is not a natural person, in which the scan of its whole list found nothing.
 */
export function isKnownClean(record: DecisionRecord): boolean {
  return record instanceof ListRecord && record.party?.kind !== 'natural' && !rowsWithFindings(record.list).has(record.row);
}
