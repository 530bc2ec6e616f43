// Named examples of zfgs-decisions (fictional agency and parties). The gallery, the tests, the axe run and the XSS
// harness all read these.
import type { Decision, DecisionKind } from '../../shared/schema/index.ts';
import { defineExamples } from '../base/examples.ts';
import { decisionExamples, penaltyDecision } from '../decision/decision.examples.ts';

const examples = decisionExamples.examples.map((example) => example.data);

const SHOPS = ['博远超市有限公司', '鑫源餐饮管理有限公司', '惠民大药房', '阳光眼镜店', '东湖小厨', '丰达建材经营部', '绿园果蔬店', '新视界网吧'];
const KINDS: DecisionKind[] = ['penalty', 'licence', 'penalty', 'coercion', 'licence', 'other'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` decisions spread over 2022–2026 and the four kinds, newest first, for paging and filtering. */
export function generatedDecisions(count: number): Decision[] {
  return Array.from({ length: count }, (_, i): Decision => {
    const year = 2026 - Math.floor((i * 5) / count);
    const month = 12 - (i % 12);
    const day = 1 + (i % 20);
    const kind = KINDS[i % KINDS.length]!;
    const shop = `江城市${SHOPS[i % SHOPS.length]}`;
    return {
      documentNumber: `东湖市监${kind === 'licence' ? '许准' : kind === 'coercion' ? '强制' : '处罚'}〔${year}〕第${1000 - i}号`,
      caseName: kind === 'licence' ? `${shop}食品经营许可` : `${shop}违法经营案（${i + 1}）`,
      party: { kind: 'legal', name: shop },
      legalBasis: '《中华人民共和国食品安全法》',
      content: kind === 'licence' ? '准予许可' : kind === 'coercion' ? '查封涉案物品' : '罚款5000元',
      kind,
      enforcingBody: '江城市东湖区市场监督管理局',
      decisionDate: `${year}-${pad(month)}-${pad(day)}`,
      publicationDate: `${year}-${pad(month)}-${pad(day + 3)}`,
    };
  });
}

export const decisionsExamples = defineExamples({
  tag: 'zfgs-decisions',
  kind: 'decisions',
  examples: [
    {
      name: 'sample-list',
      title: { 'zh-CN': '执法决定列表：处罚、许可、简易程序、已撤销', en: 'Decision list: penalties, licences, on the spot, revoked' },
      data: { updated: '2026-10-20', items: [examples[1]!, penaltyDecision, examples[2]!, examples[3]!] },
    },
    {
      name: 'many',
      title: { 'zh-CN': '250 条决定：搜索、筛选、分页', en: '250 decisions: search, filters, pages' },
      data: { updated: '2026-11-18', items: generatedDecisions(250) },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '尚无公开的决定', en: 'Nothing published yet' },
      data: { updated: '2026-01-05', items: [] },
    },
  ],
});
