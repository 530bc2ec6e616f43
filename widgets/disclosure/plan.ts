// Which block of a Disclosure goes where in a 公示 column, and which widget shows it. Phases follow the regulations:
// 事前 (hz-gs 6), 事中 (hz-gs 7), 事后 (hz-gs 8). A section is shown by the first candidate widget defined on the
// page whose static `kind` is the section's kind (given the section) or its item kind (one element per item).
import type { Disclosure, SchemaKind } from '../../shared/schema/index.ts';

export type SectionKey = Exclude<keyof Disclosure, 'schemaVersion'>;
export type Phase = 'pre' | 'during' | 'post';

export interface SectionPlan {
  key: SectionKey;
  phase: Phase;
  /** Candidate widget tags, in order of preference. */
  tags: string[];
  /** The kind of one item, for widgets that show one item each (a flowchart per procedure). */
  itemKind?: SchemaKind;
}

export const PHASES: readonly Phase[] = ['pre', 'during', 'post'];

export const SECTION_PLAN: readonly SectionPlan[] = [
  { key: 'agency', phase: 'pre', tags: ['zfgs-agency'] },
  { key: 'duties', phase: 'pre', tags: ['zfgs-duties', 'zfgs-agency'] },
  { key: 'officers', phase: 'pre', tags: ['zfgs-officers'] },
  { key: 'legalBasis', phase: 'pre', tags: ['zfgs-legal-basis'] },
  { key: 'procedures', phase: 'pre', tags: ['zfgs-flowchart'], itemKind: 'procedure' },
  { key: 'serviceGuides', phase: 'pre', tags: ['zfgs-service-guide', 'zfgs-service-guides'], itemKind: 'serviceGuide' },
  { key: 'powerList', phase: 'pre', tags: ['zfgs-power-list'] },
  { key: 'inspections', phase: 'pre', tags: ['zfgs-inspection-list'] },
  { key: 'legalReviewCatalogue', phase: 'pre', tags: ['zfgs-legal-review-catalogue'] },
  { key: 'avRecording', phase: 'pre', tags: ['zfgs-av-recording'] },
  { key: 'remedy', phase: 'pre', tags: ['zfgs-remedy'] },
  { key: 'complaint', phase: 'pre', tags: ['zfgs-complaint'] },
  { key: 'staffBoard', phase: 'during', tags: ['zfgs-staff-board'] },
  { key: 'decisions', phase: 'post', tags: ['zfgs-decisions'] },
  { key: 'statistics', phase: 'post', tags: ['zfgs-statistics'] },
];

/** How a section is shown: by a widget given the whole section, by one widget per item, or by the built-in view. */
export type Presenter = { tag: string; perItem: boolean } | { builtIn: true };

type KindOf = (tag: string) => string | undefined;

/** The widget for `plan` among the elements defined now (`kindOf` reads a tag's static kind). */
export function presenterFor(plan: SectionPlan, kindOf: KindOf): Presenter {
  for (const tag of plan.tags) {
    const kind = kindOf(tag);
    if (kind === plan.key) return { tag, perItem: false };
    if (plan.itemKind && kind === plan.itemKind) return { tag, perItem: true };
  }
  return { builtIn: true };
}

/** The static `kind` of a defined custom element, if it is a zfgs- widget. */
export function definedKind(tag: string): string | undefined {
  const element = customElements.get(tag) as (CustomElementConstructor & { kind?: unknown }) | undefined;
  return typeof element?.kind === 'string' ? element.kind : undefined;
}
