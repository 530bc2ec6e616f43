// Which column feeds which field. Suggested from the headers (姓名 → name, 执法证号 → certificateNumber, 文号 →
// documentNumber …), always shown to the webmaster and changeable: a wrong guess is one select away.
import type { ImportTarget, TargetField } from './targets.ts';

/** A field path per column; null for a column left out. */
export type Mapping = (string | null)[];

/**
 * How headers compare: full-width folded (NFKC), lower case, no spaces, no required-field marks and no notes in
 * brackets (执法证号（必填）, *姓名, 有效期至(yyyy-mm-dd)).
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/[\s*＊:：]/g, '');
}

/** How well a header names a field: 2 exactly, 1 when it contains one of the field's names, 0 not at all. */
function score(header: string, field: TargetField): number {
  const normalised = normaliseHeader(header);
  if (normalised === '') return 0;
  const names = [field.path, ...field.headers].map(normaliseHeader);
  if (names.includes(normalised)) return 2;
  return names.some((name) => name.length >= 2 && normalised.includes(name)) ? 1 : 0;
}

export function isKnownHeader(target: ImportTarget, header: string): boolean {
  return target.fields.some((field) => score(header, field) > 0);
}

/** The best field for each column; each field fed by one column at most (exact names win over partial ones). */
export function suggestMapping(headers: readonly string[], target: ImportTarget): Mapping {
  const mapping: Mapping = headers.map(() => null);
  const taken = new Set<string>();
  for (const wanted of [2, 1]) {
    headers.forEach((header, column) => {
      if (mapping[column] !== null) return;
      const field = target.fields.find((each) => !taken.has(each.path) && score(header, each) === wanted);
      if (!field) return;
      mapping[column] = field.path;
      taken.add(field.path);
    });
  }
  return mapping;
}

/** Required fields no column feeds. */
export function unmappedRequired(mapping: Mapping, target: ImportTarget): TargetField[] {
  return target.fields.filter((field) => field.isRequired && !mapping.includes(field.path) && !field.fallback);
}
