// procedure-flowchart (hz-gs 6(4); zc 14; hb (四); qp 二(一)2; wh-gs 5(3)) and legal-review-flowchart (hz-sh; wh-sh).
// A procedure is a directed graph of steps. It is either drawn in full (steps + edges) or starts from a
// built-in preset named after the regulations and adjusts it: steps with a preset's id override its
// fields, new ids are added, `omit` removes steps (and their edges), edges are added.
import * as v from 'valibot';
import { text, updated } from './common.ts';

export const PROCEDURE_PRESETS = [
  'penalty-general', // 行政处罚一般程序
  'penalty-simple', // 行政处罚简易程序
  'licence', // 行政许可
  'coercion', // 行政强制
  'inspection', // 行政检查
  'legal-review', // 重大执法决定法制审核
] as const;
export type ProcedurePreset = (typeof PROCEDURE_PRESETS)[number];

export const STEP_KINDS = ['start', 'step', 'decision', 'end'] as const;

export const StepSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'stepId')),
  label: text(),
  /** start / end terminals, ordinary steps, and decisions (branches: 是否听证, 是否法制审核 …). */
  kind: v.optional(v.picklist(STEP_KINDS, 'unknownKind')),
  /** 承办机构 */
  unit: v.optional(text()),
  /** 时限 as published: 7个工作日, 当场 */
  timeLimit: v.optional(text()),
  note: v.optional(text()),
});
export type Step = v.InferOutput<typeof StepSchema>;

export const EdgeSchema = v.strictObject({
  from: text(),
  to: text(),
  /** Branch label (是 / 否 / 需要听证). */
  label: v.optional(text()),
  /** The condition under which this branch is taken, in words. */
  condition: v.optional(text()),
});
export type Edge = v.InferOutput<typeof EdgeSchema>;

function hasUniqueStepIds(steps: readonly { id: string }[] | undefined): boolean {
  const ids = (steps ?? []).map((step) => step.id);
  return new Set(ids).size === ids.length;
}

export const ProcedureSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'stepId')),
    title: text(),
    preset: v.optional(v.picklist(PROCEDURE_PRESETS, 'unknownKind')),
    description: v.optional(text()),
    steps: v.optional(v.array(StepSchema)),
    edges: v.optional(v.array(EdgeSchema)),
    /** Preset step ids to remove. */
    omit: v.optional(v.array(text())),
  }),
  v.forward(v.partialCheck([['steps']], (input) => hasUniqueStepIds(input.steps), 'duplicateId'), ['steps']),
  v.forward(
    v.partialCheck([['preset'], ['steps']], (input) => input.preset !== undefined || (input.steps?.length ?? 0) > 0, 'stepsOrPreset'),
    ['steps'],
  ),
);
export type Procedure = v.InferOutput<typeof ProcedureSchema>;

export const ProceduresSectionSchema = v.strictObject({ updated: updated(), items: v.array(ProcedureSchema) });
export type ProceduresSection = v.InferOutput<typeof ProceduresSectionSchema>;
