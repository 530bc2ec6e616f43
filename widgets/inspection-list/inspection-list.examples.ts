// Named examples of zfgs-inspection-list.
import type { InspectionListSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/inspections.json';
import { defineExamples } from '../base/examples.ts';

export const inspectionListExamples = defineExamples({
  tag: 'zfgs-inspection-list',
  kind: 'inspections',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关：12 项抽查事项与 14 条结果（每种结论）', en: 'The sample agency: 12 matters and 14 results (every outcome)' },
      data: sample as InspectionListSection,
    },
    {
      name: 'items-without-results',
      title: { 'zh-CN': '只有事项清单，尚无结果', en: 'Matters only, no results yet' },
      data: {
        updated: '2024-02-20',
        items: [
          {
            name: '特种设备使用单位检查',
            basis: '《中华人民共和国特种设备安全法》第五十七条',
            body: '示例县市场监督管理局',
            target: '辖区内特种设备使用单位',
            content: '使用登记、定期检验、作业人员持证、安全管理制度',
            method: '双随机、现场检查',
            ratio: '5%',
            frequency: '每年 1 次',
          },
        ],
      },
    },
    {
      name: 'many-results',
      title: { 'zh-CN': '45 条结果（分页）', en: '45 results (paginated)' },
      data: {
        updated: '2024-06-30',
        items: [],
        results: Array.from({ length: 45 }, (_, index) => ({
          item: '食品销售者检查',
          target: `示例县第${index + 1}号便利店`,
          date: `2024-0${1 + (index % 6)}-${String(10 + (index % 18)).padStart(2, '0')}`,
          kind: 'random' as const,
          outcome: index % 9 === 0 ? ('non-compliant' as const) : ('compliant' as const),
          result: index % 9 === 0 ? '进货查验记录不全' : '未发现问题',
          ...(index % 9 === 0 ? { followUp: '责令限期改正' } : {}),
        })),
      },
    },
  ],
});
