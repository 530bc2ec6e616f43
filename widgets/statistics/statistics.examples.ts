// Named examples of zfgs-statistics (fictional figures).
import type { StatisticsSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/statistics.json';
import { defineExamples } from '../base/examples.ts';

export const statisticsExamples = defineExamples({
  tag: 'zfgs-statistics',
  kind: 'statistics',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关 2023—2025 年数据（含“无此职权”和 0 件）', en: 'The sample agency, 2023–2025 ("no such power" and 0)' },
      data: sample as StatisticsSection,
    },
    {
      name: 'two-years-with-fines',
      title: { 'zh-CN': '两年数据、罚没金额与说明', en: 'Two years with fines and notes' },
      data: {
        updated: '2024-01-25',
        items: [
          {
            year: 2023,
            counts: { licence: 12873, penalty: 1532, coercion: 214, levy: 'no-power', payment: 'no-power', inspection: 8650, confirmation: 37, reward: 0, adjudication: 'no-power', other: 5 },
            finesYuan: 18654300,
            notes: '行政处罚含简易程序 412 件；行政强制均为查封、扣押。',
          },
          {
            year: 2022,
            counts: { licence: 11540, penalty: 1689, coercion: 198, levy: 'no-power', payment: 'no-power', inspection: 7932, confirmation: 41, reward: 2, adjudication: 'no-power', other: 3 },
            finesYuan: 21033800,
          },
        ],
      },
    },
    {
      name: 'no-power-and-zero',
      title: { 'zh-CN': '“无此职权”与“0 件”分开表述，未报告的类别注明', en: '"No such power" kept apart from 0; unreported kinds marked' },
      data: {
        updated: '2024-01-10',
        items: [{ year: 2023, counts: { licence: 'no-power', penalty: 0, coercion: 'no-power', inspection: 126, reward: 0 } }],
      },
    },
    {
      name: 'one-year-with-chart-year',
      title: { 'zh-CN': '图表显示指定年份（year="2022"）', en: 'Chart of a chosen year (year="2022")' },
      attributes: { year: '2022' },
      data: {
        updated: '2024-01-20',
        items: [
          { year: 2023, counts: { penalty: 88, inspection: 410 } },
          { year: 2022, counts: { penalty: 97, inspection: 377 } },
          { year: 2021, counts: { penalty: 120, inspection: 295 } },
        ],
      },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '尚未公布（空列表）', en: 'Not yet published (empty list)' },
      data: { updated: '2024-01-02', items: [] },
    },
  ],
});
