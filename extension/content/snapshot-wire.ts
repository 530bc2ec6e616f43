// How a Snapshot crosses from the tab to the side panel: as JSON, with its targets front-coded. A 10,000-row
// table gives 90,000 text runs whose selectors differ only at the end (… > tr:nth-of-type(10) > td:nth-of-type(9));
// they were two thirds of a 12 MB Snapshot. Each selector is sent as the length of the prefix it shares with the
// selector at the same level of the previous target, and the rest. Lossless, one linear pass each way.
import type { Snapshot, Target, TextRun } from '../../shared/extract/snapshot.ts';

/** A selector, or [characters shared with the previous selector at its level, the rest]. */
export type WireSelector = string | [number, string];
export type WireTarget = WireSelector[];

/** Shorter shared prefixes are not worth the pair. */
const MIN_SHARED = 8;

function sharedPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
}

export function encodeTargets(targets: readonly Target[]): WireTarget[] {
  const previous: string[] = [];
  return targets.map((target) =>
    target.map((selector, level) => {
      const before = previous[level];
      previous[level] = selector;
      const shared = before === undefined ? 0 : sharedPrefix(before, selector);
      return shared >= MIN_SHARED ? [shared, selector.slice(shared)] : selector;
    }),
  );
}

export function decodeTargets(wire: readonly WireTarget[]): Target[] {
  const previous: string[] = [];
  return wire.map((target) =>
    target.map((part, level) => {
      const selector = typeof part === 'string' ? part : (previous[level] ?? '').slice(0, part[0]) + part[1];
      previous[level] = selector;
      return selector;
    }),
  );
}

export interface WireSnapshot extends Omit<Snapshot, 'text' | 'tables'> {
  text: { texts: string[]; targets: WireTarget[] };
  tables: (Omit<Snapshot['tables'][number], 'rowTargets'> & { rowTargets?: WireTarget[] })[];
}

export function toWire(snapshot: Snapshot): WireSnapshot {
  return {
    ...snapshot,
    text: { texts: snapshot.text.map((run) => run.text), targets: encodeTargets(snapshot.text.map((run) => run.target)) },
    tables: snapshot.tables.map((table) => (table.rowTargets ? { ...table, rowTargets: encodeTargets(table.rowTargets) } : { ...table })),
  };
}

export function fromWire(wire: WireSnapshot): Snapshot {
  const targets = decodeTargets(wire.text.targets);
  const text: TextRun[] = wire.text.texts.map((value, index) => ({ text: value, target: targets[index] ?? [] }));
  return {
    ...wire,
    text,
    tables: wire.tables.map(({ rowTargets, ...table }) => (rowTargets ? { ...table, rowTargets: decodeTargets(rowTargets) } : table)),
  };
}
