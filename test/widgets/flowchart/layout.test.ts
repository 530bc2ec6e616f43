import { expect } from '@open-wc/testing';
import { PROCEDURE_PRESETS, type Edge, type Step } from '../../../shared/schema/procedure.ts';
import { layoutProcedure } from '../../../widgets/flowchart/layout.ts';
import { resolveProcedure } from '../../../widgets/flowchart/resolve.ts';
import { wrapText } from '../../../widgets/flowchart/text-measure.ts';
import { layoutProblems } from './layout-invariants.ts';

const details = (step: Step) => [step.unit ? `承办：${step.unit}` : '', step.timeLimit ? `时限：${step.timeLimit}` : ''].filter(Boolean);
const steps = (...ids: string[]): Step[] => ids.map((id) => ({ id, label: `步骤 ${id}` }));
const edges = (...pairs: [string, string, string?][]): Edge[] => pairs.map(([from, to, label]) => (label ? { from, to, label } : { from, to }));

/** Graphs that stress the layout: cycles, long edges, fan-out, parallel edges, self-loops, disconnected parts. */
const STRESS: Record<string, { steps: Step[]; edges: Edge[] }> = {
  'a long edge skipping layers': { steps: steps('a', 'b', 'c', 'd', 'e'), edges: edges(['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'e', '直接办结']) },
  'a cycle through three steps': { steps: steps('a', 'b', 'c', 'd'), edges: edges(['a', 'b'], ['b', 'c'], ['c', 'b', '退回'], ['c', 'd'], ['d', 'a', '重新开始']) },
  'a fan-out of six labelled branches': {
    steps: [{ id: 'root', kind: 'decision', label: '分流' }, ...steps('p', 'q', 'r', 's', 't', 'u'), { id: 'end', kind: 'end', label: '结束' }],
    edges: edges(['root', 'p', '一'], ['root', 'q', '二'], ['root', 'r', '三'], ['root', 's', '四'], ['root', 't', '五'], ['root', 'u', '六'], ['p', 'end'], ['q', 'end'], ['r', 'end'], ['s', 'end'], ['t', 'end'], ['u', 'end']),
  },
  'parallel edges and a self-loop': { steps: steps('a', 'b'), edges: edges(['a', 'b', '是'], ['a', 'b', '否'], ['b', 'b', '重复核查']) },
  'two disconnected parts and an isolated step': { steps: steps('a', 'b', 'c', 'd', 'lonely'), edges: edges(['a', 'b'], ['c', 'd']) },
  'crossing-prone wiring': {
    steps: steps('a', 'b', 'c', 'x', 'y', 'z'),
    edges: edges(['a', 'z'], ['b', 'y'], ['c', 'x'], ['a', 'x'], ['c', 'z']),
  },
  'a graph without steps': { steps: [], edges: [] },
};

describe('flowchart layout', () => {
  for (const preset of PROCEDURE_PRESETS) {
    it(`draws the ${preset} preset with no overlapping boxes, every edge from border to border, no shared lines`, () => {
      const resolved = resolveProcedure({ id: 'p', title: 't', preset });
      const layout = layoutProcedure(resolved.steps, resolved.edges, { details });
      expect(layoutProblems(layout, resolved.edges.length)).to.deep.equal([]);
      expect(layout.nodes.map((node) => node.id)).to.deep.equal(resolved.steps.map((step) => step.id));
    });
  }

  for (const [name, graph] of Object.entries(STRESS)) {
    it(`lays out ${name} without collisions`, () => {
      const layout = layoutProcedure(graph.steps, graph.edges);
      expect(layoutProblems(layout, graph.edges.length)).to.deep.equal([]);
    });
  }

  it('lays out 300 seeded random graphs (cycles, loops, labels, both font sizes) without a single collision', () => {
    let seed = 20240501;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const failures: string[] = [];
    for (let graph = 0; graph < 300; graph += 1) {
      const count = 2 + Math.floor(random() * 20);
      const randomSteps: Step[] = Array.from({ length: count }, (_, i) => ({
        id: `s${i}`,
        label: '步骤'.repeat(1 + Math.floor(random() * 8)),
        kind: pick(['start', 'step', 'decision', 'end'] as const),
      }));
      const randomEdges: Edge[] = Array.from({ length: Math.floor(random() * count * 2) }, () => {
        const label = pick(['是', '否', '需要补正', '齐全、符合法定形式', '']);
        const edge: Edge = { from: `s${Math.floor(random() * count)}`, to: `s${Math.floor(random() * count)}` };
        return label ? { ...edge, label } : edge;
      });
      const layout = layoutProcedure(randomSteps, randomEdges, { fontSize: pick([14, 20]) });
      const problems = layoutProblems(layout, randomEdges.length);
      if (problems.length > 0) failures.push(`graph ${graph}: ${problems.join('; ')}`);
    }
    expect(failures).to.deep.equal([]);
  });

  it('lays out larger text (适老化) without collisions, and larger', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'penalty-general' });
    const normal = layoutProcedure(resolved.steps, resolved.edges, { details });
    const large = layoutProcedure(resolved.steps, resolved.edges, { details, fontSize: 20 });
    expect(layoutProblems(large, resolved.edges.length)).to.deep.equal([]);
    expect(large.width).to.be.greaterThan(normal.width);
    expect(large.height).to.be.greaterThan(normal.height);
  });

  it('is deterministic: the same graph gives exactly the same layout', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'licence' });
    const first = JSON.stringify(layoutProcedure(resolved.steps, resolved.edges, { details }));
    const second = JSON.stringify(layoutProcedure(structuredClone(resolved.steps), structuredClone(resolved.edges), { details }));
    expect(second).to.equal(first);
  });

  it('puts each edge below its source unless it loops back, and draws the 补正 loop upwards', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'licence' });
    const layout = layoutProcedure(resolved.steps, resolved.edges);
    const layer = new Map(layout.nodes.map((node) => [node.id, node.layer]));
    for (const edge of layout.edges) {
      if (edge.isBack) expect(layer.get(edge.to)!, `${edge.from}→${edge.to}`).to.be.lessThan(layer.get(edge.from)!);
      else expect(layer.get(edge.to)!, `${edge.from}→${edge.to}`).to.be.greaterThan(layer.get(edge.from)!);
    }
    const loop = layout.edges.find((edge) => edge.from === 'supplement' && edge.to === 'apply')!;
    expect(loop.isBack).to.equal(true);
    expect(loop.points[loop.points.length - 1]!.y).to.be.lessThan(loop.points[0]!.y);
    expect(layer.get('apply')).to.equal(0);
  });

  it('keeps a straight chain of steps in one column', () => {
    const layout = layoutProcedure(steps('a', 'b', 'c', 'd'), edges(['a', 'b'], ['b', 'c'], ['c', 'd']));
    for (const edge of layout.edges) expect(edge.points, `${edge.from}→${edge.to}`).to.have.length(2);
  });

  it('ignores edges naming unknown steps instead of failing', () => {
    const layout = layoutProcedure(steps('a', 'b'), edges(['a', 'b'], ['a', 'ghost']));
    expect(layout.edges.map((edge) => edge.index)).to.deep.equal([0]);
  });
});

describe('flowchart text wrapping', () => {
  it('wraps Chinese anywhere but never starts a line with closing punctuation', () => {
    const lines = wrapText('告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利', 14 * 11, 14);
    expect(lines.join('')).to.equal('告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利');
    for (const line of lines.slice(1)) expect('，。、；：）'.includes(line[0]!), line).to.equal(false);
  });

  it('keeps a Latin word or number whole when it fits on a line', () => {
    const lines = wrapText('收到决定书之日起15日内缴纳罚款', 14 * 8, 14);
    expect(lines.some((line) => line.includes('15'))).to.equal(true);
    expect(lines.every((line) => !line.endsWith('1'))).to.equal(true);
  });
});
