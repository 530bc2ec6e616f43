// The preset procedures and expandProcedure(): every preset is a valid, connected flowchart, and a procedure's
// adjustments override, add and remove steps as the schema documents.
import { expect } from '@open-wc/testing';
import { PROCEDURE_PRESETS, validate } from '../../../shared/schema/index.ts';
import { expandProcedure, PROCEDURE_PRESET_GRAPHS } from '../../../shared/schema/procedure-presets.ts';

describe('procedure presets', () => {
  it('defines a graph for every preset name, valid as a fully drawn procedure', () => {
    expect(Object.keys(PROCEDURE_PRESET_GRAPHS).sort()).to.deep.equal([...PROCEDURE_PRESETS].sort());
    for (const [id, graph] of Object.entries(PROCEDURE_PRESET_GRAPHS)) {
      expect(validate('procedure', { id, title: graph.title, steps: graph.steps, edges: graph.edges }).issues, id).to.deep.equal([]);
    }
  });

  it('reaches every step from the single start and reaches an end from every step', () => {
    for (const [id, graph] of Object.entries(PROCEDURE_PRESET_GRAPHS)) {
      const starts = graph.steps.filter((step) => step.kind === 'start');
      expect(starts, id).to.have.length(1);
      const next = (from: string) => graph.edges.filter((edge) => edge.from === from).map((edge) => edge.to);
      const reached = new Set([starts[0]!.id]);
      for (const stepId of reached) for (const to of next(stepId)) reached.add(to);
      expect([...reached].sort(), id).to.deep.equal(graph.steps.map((step) => step.id).sort());
      const ends = new Set(graph.steps.filter((step) => step.kind === 'end').map((step) => step.id));
      for (const step of graph.steps) {
        const seen = new Set([step.id]);
        for (const stepId of seen) for (const to of next(stepId)) seen.add(to);
        expect([...seen].some((stepId) => ends.has(stepId)), `${id}: ${step.id} reaches an end`).to.equal(true);
      }
      for (const decision of graph.steps.filter((step) => step.kind === 'decision')) {
        expect(graph.edges.filter((edge) => edge.from === decision.id && edge.label).length, `${id}: ${decision.id} branches`).to.be.at.least(2);
      }
    }
  });

  it('overrides preset steps field by field, adds new ones, removes omitted ones with their edges, replaces edges', () => {
    const graph = expandProcedure({
      id: 'local-licence',
      title: '本地许可流程',
      preset: 'licence',
      steps: [
        { id: 'review', label: '材料审查', unit: '审批科' },
        { id: 'site-check', label: '现场核查' },
      ],
      edges: [
        { from: 'review', to: 'site-check' },
        { from: 'review', to: 'grant', label: '无需核查' },
      ],
      omit: ['supplement'],
    });
    expect(graph.title).to.equal('本地许可流程');
    const presetReview = PROCEDURE_PRESET_GRAPHS.licence.steps.find((step) => step.id === 'review')!;
    expect(graph.steps.find((step) => step.id === 'review')).to.deep.equal({ ...presetReview, label: '材料审查', unit: '审批科' });
    expect(graph.steps.find((step) => step.id === 'grant')?.timeLimit, 'untouched preset fields stay').to.equal(PROCEDURE_PRESET_GRAPHS.licence.steps.find((step) => step.id === 'grant')!.timeLimit);
    expect(graph.steps.map((step) => step.id)).to.include('site-check').and.not.include('supplement');
    expect(graph.edges.some((edge) => edge.from === 'supplement' || edge.to === 'supplement')).to.equal(false);
    expect(graph.edges.filter((edge) => edge.from === 'review' && edge.to === 'grant')).to.deep.equal([{ from: 'review', to: 'grant', label: '无需核查' }]);
  });

  it('leaves a procedure without preset as drawn', () => {
    const steps = [{ id: 'a', label: 'A', kind: 'start' as const }, { id: 'b', label: 'B', kind: 'end' as const }];
    expect(expandProcedure({ id: 'p', title: 'P', steps, edges: [{ from: 'a', to: 'b' }] })).to.deep.equal({ title: 'P', steps, edges: [{ from: 'a', to: 'b' }] });
  });
});
