// Disclosure data read from zfgs- data islands: exact, schema-validated evidence. A `disclosure` island
// holds every section; section and item islands (officers, officer …) hold one. Each section is validated
// on its own so one bad section does not hide the good ones.
import type { DataIsland, Snapshot, Target } from '../../extract/snapshot.ts';
import { validate, type SchemaKind, type SchemaOutput, type ValidationIssue } from '../../schema/index.ts';

/** The sections of a Disclosure, by the key it has there (also the SchemaKind of the section). */
export type SectionKind =
  | 'agency' | 'duties' | 'officers' | 'legalBasis' | 'procedures' | 'serviceGuides' | 'powerList' | 'inspections'
  | 'remedy' | 'complaint' | 'staffBoard' | 'decisions' | 'statistics' | 'legalReviewCatalogue' | 'avRecording';

/** Islands holding one item of a section: read as a section of one item. */
const ITEM_KINDS: Partial<Record<SchemaKind, SectionKind>> = {
  officer: 'officers', procedure: 'procedures', serviceGuide: 'serviceGuides', decision: 'decisions',
};

export type SectionData<K extends SectionKind> = SchemaOutput<K>;

export interface Section<K extends SectionKind = SectionKind> {
  kind: K;
  url: string;
  island: DataIsland;
  target: Target;
  /** Valid data, or undefined when `issues` says why not. */
  data: SectionData<K> | undefined;
  issues: ValidationIssue[];
  /** JSON path of the section inside its island: $ or $.officers. */
  path: string;
  /**
   * How many items the widget deliberately left out (data-zfgs-withheld="minor" or "minor:N": a minor's decision
   * may not be published, hz-gs 11) — withholding, not a gap.
   */
  withheld?: number;
}

/** The count data-zfgs-withheld gives: `minor` is one, `minor:3` three. */
function withheldCount(island: DataIsland): number | undefined {
  const annotation = island.annotations['withheld'];
  if (annotation === undefined) return undefined;
  const count = Number(annotation.split(':')[1] ?? 1);
  return Number.isInteger(count) && count > 0 ? count : 1;
}

const cache = new WeakMap<Snapshot, Section[]>();

function readIsland(snapshot: Snapshot, island: DataIsland): Section[] {
  const withheld = withheldCount(island);
  const base = { url: snapshot.url, island, target: island.target, ...(withheld === undefined ? {} : { withheld }) };
  if (island.error !== undefined) {
    const kind = (island.kind === 'disclosure' ? 'agency' : (ITEM_KINDS[island.kind as SchemaKind] ?? island.kind)) as SectionKind;
    return [{ ...base, kind, data: undefined, path: '$', issues: [{ path: '$', code: 'unreadable', message: { 'zh-CN': `JSON 无法解析：${island.error}`, en: `the JSON does not parse: ${island.error}` } }] }];
  }
  if (island.kind === 'disclosure') {
    const data = island.data;
    if (!data || typeof data !== 'object') {
      return [{ ...base, kind: 'agency', data: undefined, path: '$', issues: validate('disclosure', data).issues }];
    }
    const sections: Section[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (key === 'schemaVersion') continue;
      const result = validate(key as SchemaKind, value);
      sections.push({ ...base, kind: key as SectionKind, path: `$.${key}`, data: result.ok ? (result.value as never) : undefined, issues: result.ok ? [] : result.issues });
    }
    return sections;
  }
  const sectionKind = ITEM_KINDS[island.kind as SchemaKind];
  // A withheld item's island publishes nothing of it (null): a section of no items, not invalid data.
  if (sectionKind && withheld !== undefined && island.data === null) return [{ ...base, kind: sectionKind, path: '$', data: { items: [] } as never, issues: [] }];
  const result = validate(island.kind as SchemaKind, island.data);
  if (sectionKind) {
    const updated = typeof (island.data as { updated?: unknown })?.updated === 'string' ? (island.data as { updated: string }).updated : undefined;
    const data = result.ok ? ({ updated, items: [result.value] } as never) : undefined;
    return [{ ...base, kind: sectionKind, path: '$', data, issues: result.ok ? [] : result.issues }];
  }
  return [{ ...base, kind: island.kind as SectionKind, path: '$', data: result.ok ? (result.value as never) : undefined, issues: result.ok ? [] : result.issues }];
}

/**
 * Every section the page's islands carry, validated. An island labelled data-zfgs-nested belongs to a widget
 * inside another widget whose island already holds its data: read once, from the outer island.
 */
export function sectionsOf(snapshot: Snapshot): Section[] {
  let sections = cache.get(snapshot);
  if (!sections) {
    sections = snapshot.islands.flatMap((island) => (island.annotations['nested'] === undefined ? readIsland(snapshot, island) : []));
    cache.set(snapshot, sections);
  }
  return sections;
}

/** The sections of one kind. */
export function sectionsOfKind<K extends SectionKind>(snapshot: Snapshot, kind: K): Section<K>[] {
  return sectionsOf(snapshot).filter((section): section is Section<K> => section.kind === kind);
}
