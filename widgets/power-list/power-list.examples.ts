// Named examples of zfgs-power-list.
import type { PowerListSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/power-list.json';
import { defineExamples } from '../base/examples.ts';

export const powerListExamples = defineExamples({
  tag: 'zfgs-power-list',
  kind: 'powerList',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关 28 项权力（两页）', en: 'The sample agency, 28 powers (two pages)' },
      data: sample as PowerListSection,
    },
    {
      name: 'required-fields-only',
      title: { 'zh-CN': '只有必填项：类别、名称、依据、实施主体', en: 'Required fields only: category, name, basis, unit' },
      data: {
        updated: '2024-04-01',
        items: [
          { category: 'penalty', name: '对未按规定公示食品经营许可证的行政处罚', basis: '《食品经营许可和备案管理办法》第五十二条', unit: '示例县市场监督管理局' },
          { category: 'inspection', name: '食品生产经营日常监督检查', basis: '《中华人民共和国食品安全法》第一百一十条', unit: '示例县市场监督管理局' },
        ],
      },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '空清单', en: 'An empty list' },
      data: { updated: '2024-01-01', items: [] },
    },
  ],
});
