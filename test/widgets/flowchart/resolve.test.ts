import { expect } from '@open-wc/testing';
import { PROCEDURE_PRESETS } from '../../../shared/schema/procedure.ts';
import { validate } from '../../../shared/schema/validate.ts';
import { PRESET_PROCEDURES } from '../../../widgets/flowchart/presets.ts';
import { resolveProcedure } from '../../../widgets/flowchart/resolve.ts';
import { layoutProcedure } from '../../../widgets/flowchart/layout.ts';
import sampleProcedures from '../../../demo/data/procedures.json';
import type { ProceduresSection } from '../../../shared/schema/index.ts';
import { layoutProblems } from './layout-invariants.ts';

describe('flowchart presets', () => {
  for (const preset of PROCEDURE_PRESETS) {
    it(`${preset} is valid procedure data with one start, at least one end, and every step reachable from the start`, () => {
      const { title, steps, edges } = PRESET_PROCEDURES[preset];
      expect(validate('procedure', { id: preset, title, steps, edges }).issues).to.deep.equal([]);
      expect(steps.filter((step) => step.kind === 'start')).to.have.length(1);
      expect(steps.some((step) => step.kind === 'end')).to.equal(true);
      const ids = new Set(steps.map((step) => step.id));
      for (const edge of edges) expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from}→${edge.to}`).to.equal(true);
      const reached = new Set([steps.find((step) => step.kind === 'start')!.id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const edge of edges) if (reached.has(edge.from) && !reached.has(edge.to)) grew = Boolean(reached.add(edge.to));
      }
      expect([...ids].filter((id) => !reached.has(id))).to.deep.equal([]);
    });

    it(`${preset} cites an article for every ordinary step`, () => {
      for (const step of PRESET_PROCEDURES[preset].steps.filter((s) => (s.kind ?? 'step') === 'step')) {
        expect(step.note ?? '', step.id).to.match(/第[一二三四五六七八九十百]+条|转入/);
      }
    });
  }

  it('follows the time limits of the laws', () => {
    const limit = (preset: keyof typeof PRESET_PROCEDURES, id: string) => PRESET_PROCEDURES[preset].steps.find((step) => step.id === id)?.timeLimit;
    expect(limit('penalty-general', 'decide')).to.contain('90日'); // 行政处罚法 第六十条
    expect(limit('penalty-general', 'deliver')).to.contain('7日内'); // 第六十一条
    expect(limit('licence', 'grant')).to.contain('20日'); // 行政许可法 第四十二条
    expect(limit('licence', 'issue')).to.contain('10日'); // 第四十四条
    expect(limit('coercion', 'ascertain')).to.contain('30日'); // 行政强制法 第二十五条
    expect(limit('legal-review', 'submit')).to.contain('7个工作日'); // 杭州审核办法 第九条
  });
});

describe('adjusting a preset', () => {
  it('overrides a preset step by id, adds new steps and edges, and keeps the rest', () => {
    const resolved = resolveProcedure({
      id: 'wh',
      title: '武汉民政法制审核',
      preset: 'legal-review',
      steps: [
        { id: 'review', label: '法制审核', timeLimit: '5个工作日；复杂的经批准延长3个工作日' },
        { id: 're-review', label: '申请复审一次' },
      ],
      edges: [
        { from: 'rework', to: 're-review', label: '不同意审核意见' },
        { from: 're-review', to: 'decide' },
      ],
    });
    const review = resolved.steps.find((step) => step.id === 'review')!;
    expect(review.timeLimit).to.equal('5个工作日；复杂的经批准延长3个工作日');
    expect(review.unit).to.equal('法制审核机构'); // kept from the preset
    expect(resolved.steps.map((step) => step.id)).to.include('re-review');
    expect(resolved.edges).to.deep.include({ from: 'rework', to: 're-review', label: '不同意审核意见' });
    expect(resolved.edges).to.deep.include({ from: 'rework', to: 'submit', label: '再次报送' });
    expect(resolved.issues).to.deep.equal([]);
  });

  it('omits a step and bridges its neighbours so the chain stays whole', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'penalty-general', omit: ['publish'] });
    expect(resolved.steps.map((step) => step.id)).not.to.include('publish');
    expect(resolved.edges.some((edge) => edge.from === 'publish' || edge.to === 'publish')).to.equal(false);
    expect(resolved.edges).to.deep.include({ from: 'deliver', to: 'execute' });
  });

  it('keeps the branch label when bridging an omitted branch step', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'penalty-general', omit: ['legal-review'] });
    expect(resolved.edges.filter((edge) => edge.from === 'review-needed' && edge.to === 'notify')).to.have.length(1);
  });

  it('relabels a preset edge given again with the same ends', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'inspection', edges: [{ from: 'found', to: 'rectify', label: '发现问题' }] });
    const matching = resolved.edges.filter((edge) => edge.from === 'found' && edge.to === 'rectify');
    expect(matching).to.deep.equal([{ from: 'found', to: 'rectify', label: '发现问题' }]);
  });

  it('reports edges to unknown steps and omissions of unknown steps, in Chinese and English, instead of drawing them', () => {
    const resolved = resolveProcedure({ id: 'p', title: 't', preset: 'inspection', omit: ['nowhere'], edges: [{ from: 'plan', to: 'ghost' }] });
    expect(resolved.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([
      ['$.omit[0]', 'unknownStep'],
      ['$.edges[0].to', 'unknownStep'],
    ]);
    expect(resolved.issues[1]!.message['zh-CN']).to.contain('ghost');
    expect(resolved.issues[1]!.message.en).to.contain('ghost');
    expect(resolved.edges.some((edge) => edge.to === 'ghost')).to.equal(false);
  });

  it('draws a procedure of its own without a preset', () => {
    const resolved = resolveProcedure({ id: 'own', title: '自定义', steps: [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }], edges: [{ from: 'a', to: 'b' }] });
    expect(resolved.steps).to.have.length(2);
    expect(resolved.edges).to.have.length(1);
  });
});

describe('the sample agency\'s procedures', () => {
  for (const procedure of (sampleProcedures as ProceduresSection).items) {
    it(`draws “${procedure.title}” with every adjustment naming a step that exists`, () => {
      const resolved = resolveProcedure(procedure);
      expect(resolved.issues).to.deep.equal([]);
      expect(layoutProblems(layoutProcedure(resolved.steps, resolved.edges), resolved.edges.length)).to.deep.equal([]);
    });
  }
});
