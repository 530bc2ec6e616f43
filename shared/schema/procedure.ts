// procedure-flowchart (hz-gs 6(4); zc 14; hb (四); qp 二(一)2; wh-gs 5(3)) and legal-review-flowchart (hz-sh; wh-sh).
// A procedure is a directed graph of steps. It is either drawn in full (steps + edges) or starts from a
// built-in preset named after the regulations and adjusts it: steps with a preset's id override its
// fields, new ids are added, `omit` removes steps (and their edges), edges are added.
import * as v from 'valibot';
import { text, uniqueBy, updated } from './common.ts';

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

/** Ids of steps and procedures: lowercase letters, digits and hyphens (they become DOM ids and anchors). */
const stepId = () => v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'stepId'));

export const StepSchema = v.strictObject({
  id: stepId(),
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
  /** Step ids (the procedure's own, or its preset's). */
  from: stepId(),
  to: stepId(),
  /** Branch label (是 / 否 / 需要听证). */
  label: v.optional(text()),
  /** The condition under which this branch is taken, in words. */
  condition: v.optional(text()),
});
export type Edge = v.InferOutput<typeof EdgeSchema>;

/**
 * A graph drawn in full (no preset) has no edge to or from a step it does not define; reported at the edge's
 * `from` / `to`. With a preset, edges may name the preset's steps, which the flowchart widget checks.
 * JSON Schema: `"x-zfgs-knownSteps": true` on the procedure.
 */
function knownSteps<TProcedure>() {
  const check = v.rawCheck<TProcedure>(({ dataset, addIssue }) => {
    const procedure = dataset.value as { preset?: unknown; steps?: unknown; edges?: unknown } | null;
    if (procedure === null || typeof procedure !== 'object' || procedure.preset !== undefined || !Array.isArray(procedure.edges)) return;
    const steps: unknown[] = Array.isArray(procedure.steps) ? procedure.steps : [];
    const ids = new Set(steps.map((step) => (step !== null && typeof step === 'object' ? (step as { id?: unknown }).id : undefined)));
    procedure.edges.forEach((edge: unknown, index: number) => {
      if (edge === null || typeof edge !== 'object') return;
      for (const end of ['from', 'to'] as const) {
        const id = (edge as Record<string, unknown>)[end];
        if (typeof id !== 'string' || ids.has(id)) continue;
        addIssue({
          message: 'unknownStep',
          input: id,
          path: [
            { type: 'object', origin: 'value', input: procedure as Record<string, unknown>, key: 'edges', value: procedure.edges },
            { type: 'array', origin: 'value', input: procedure.edges as unknown[], key: index, value: edge },
            { type: 'object', origin: 'value', input: edge as Record<string, unknown>, key: end, value: id },
          ],
        });
      }
    });
  });
  return Object.assign(check, { jsonSchemaKeyword: ['x-zfgs-knownSteps', true] as const });
}

export const ProcedureSchema = v.pipe(
  v.strictObject({
    id: stepId(),
    title: text(),
    preset: v.optional(v.picklist(PROCEDURE_PRESETS, 'unknownKind')),
    description: v.optional(text()),
    steps: v.optional(v.pipe(v.array(StepSchema), uniqueBy('id'))),
    edges: v.optional(v.array(EdgeSchema)),
    /** Preset step ids to remove. */
    omit: v.optional(v.array(stepId())),
  }),
  v.forward(
    v.partialCheck([['preset'], ['steps']], (input) => input.preset !== undefined || (input.steps?.length ?? 0) > 0, 'stepsOrPreset'),
    ['steps'],
  ),
  knownSteps(),
);
export type Procedure = v.InferOutput<typeof ProcedureSchema>;

export const ProceduresSectionSchema = v.strictObject({ updated: updated(), items: v.pipe(v.array(ProcedureSchema), uniqueBy('id')) });
export type ProceduresSection = v.InferOutput<typeof ProceduresSectionSchema>;
