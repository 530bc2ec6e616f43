// The built-in procedures a Procedure can start from (`preset`), and `expandProcedure`, which applies a procedure's
// adjustments to its preset. The graphs have one source, preset-graphs.ts (data only, each step citing its
// article), which the flowchart widget draws too; validation does not import this file at all.
import type { Edge, Procedure, Step } from './procedure.ts';
import { PRESET_PROCEDURES, type PresetProcedure } from './preset-graphs.ts';

export type ProcedureGraph = PresetProcedure;

export const PROCEDURE_PRESET_GRAPHS: Readonly<Record<keyof typeof PRESET_PROCEDURES, ProcedureGraph>> = PRESET_PROCEDURES;

/**
 * The full graph of a procedure: its preset's steps and edges, with the procedure's steps overriding the preset
 * step of the same id field by field (new ids are added), its `omit` ids removed together with their edges, and
 * its edges added (an edge with the same from and to replaces the preset's). Without a preset, the procedure's
 * own steps and edges.
 */
export function expandProcedure(procedure: Procedure): ProcedureGraph {
  const preset = procedure.preset ? PROCEDURE_PRESET_GRAPHS[procedure.preset] : undefined;
  const omitted = new Set(procedure.omit ?? []);
  const steps = new Map<string, Step>();
  for (const step of [...(preset?.steps ?? []), ...(procedure.steps ?? [])]) steps.set(step.id, { ...steps.get(step.id), ...step });
  for (const id of omitted) steps.delete(id);
  const edges = new Map<string, Edge>();
  for (const each of [...(preset?.edges ?? []), ...(procedure.edges ?? [])]) {
    if (!omitted.has(each.from) && !omitted.has(each.to)) edges.set(`${each.from}\u0000${each.to}`, each);
  }
  return { title: procedure.title, steps: [...steps.values()], edges: [...edges.values()] };
}
