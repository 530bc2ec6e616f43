// A Procedure as drawn: its preset (if any) merged with the webmaster's adjustments, with the schema's semantics:
// a step whose id is a preset's overrides that step's fields, new ids are added (after the preset's steps, in
// the order given), `omit` removes steps, edges are added. Two refinements keep an adjusted preset whole:
// - an omitted step is bridged: its predecessors are joined to its successors (the first edge's label kept),
//   so omitting 公开处罚决定 from a chain does not leave the chain broken;
// - an added edge with the same from → to as a preset edge replaces it (relabel a branch without omitting).
// Edges naming a step that does not exist are reported (zh-CN/en), never drawn to nowhere.
import type { Edge, Procedure, Step } from '../../shared/schema/procedure.ts';
import type { IssueCode } from '../../shared/schema/codes.ts';
import type { ValidationIssue } from '../../shared/schema/validate.ts';
import { PRESET_PROCEDURES } from './presets.ts';

export interface ResolvedProcedure {
  title: string;
  description?: string;
  steps: Step[];
  edges: Edge[];
  /** Problems a schema cannot see: edges to unknown steps, omitting unknown steps. */
  issues: ValidationIssue[];
}

const edgeKey = (edge: Edge) => `${edge.from}\u0000${edge.to}`;

function mergeSteps(base: readonly Step[], own: readonly Step[]): Step[] {
  const byId = new Map(base.map((step) => [step.id, { ...step }]));
  const added: Step[] = [];
  for (const step of own) {
    const preset = byId.get(step.id);
    if (preset) byId.set(step.id, { ...preset, ...step });
    else added.push(step);
  }
  return [...byId.values(), ...added];
}

/** Removes `id`, joining each predecessor to each successor so the flow stays connected. */
function bridge(edges: Edge[], id: string): Edge[] {
  const incoming = edges.filter((edge) => edge.to === id && edge.from !== id);
  const outgoing = edges.filter((edge) => edge.from === id && edge.to !== id);
  const kept = edges.filter((edge) => edge.from !== id && edge.to !== id);
  const keys = new Set(kept.map(edgeKey));
  for (const into of incoming) {
    for (const out of outgoing) {
      const joined: Edge = { ...into, to: out.to };
      if (joined.from === joined.to || keys.has(edgeKey(joined))) continue;
      keys.add(edgeKey(joined));
      kept.push(joined);
    }
  }
  return kept;
}

function issue(path: string, code: IssueCode, zh: string, en: string): ValidationIssue {
  return { path, code, message: { 'zh-CN': zh, en } };
}

export function resolveProcedure(procedure: Procedure): ResolvedProcedure {
  const preset = procedure.preset ? PRESET_PROCEDURES[procedure.preset] : undefined;
  const issues: ValidationIssue[] = [];
  let steps = mergeSteps(preset?.steps ?? [], procedure.steps ?? []);
  let edges: Edge[] = [...(preset?.edges ?? [])];

  const ownEdgeKeys = new Set((procedure.edges ?? []).map(edgeKey));
  edges = [...edges.filter((edge) => !ownEdgeKeys.has(edgeKey(edge))), ...(procedure.edges ?? [])];

  (procedure.omit ?? []).forEach((id, index) => {
    if (!steps.some((step) => step.id === id)) {
      issues.push(issue(`$.omit[${index}]`, 'unknownStep', `没有标识为 ${id} 的步骤可以省略`, `there is no step ${id} to omit`));
      return;
    }
    steps = steps.filter((step) => step.id !== id);
    edges = bridge(edges, id);
  });

  const ids = new Set(steps.map((step) => step.id));
  const ownEdges = procedure.edges ?? [];
  const valid = edges.filter((edge) => {
    const ownIndex = ownEdges.indexOf(edge);
    for (const end of ['from', 'to'] as const) {
      if (ids.has(edge[end])) continue;
      const path = ownIndex >= 0 ? `$.edges[${ownIndex}].${end}` : '$.omit';
      issues.push(issue(path, 'unknownStep', `连线指向不存在的步骤 ${edge[end]}`, `the connection names a step that does not exist: ${edge[end]}`));
      return false;
    }
    return true;
  });

  const resolved: ResolvedProcedure = { title: procedure.title, steps, edges: valid, issues };
  if (procedure.description !== undefined) resolved.description = procedure.description;
  return resolved;
}
