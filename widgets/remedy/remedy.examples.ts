// Named examples of zfgs-remedy. Deadlines are those of 行政复议法 (60 日) and 行政诉讼法 (6 个月).
import type { RemedySection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/remedy.json';
import { defineExamples } from '../base/examples.ts';

export const remedyExamples = defineExamples({
  tag: 'zfgs-remedy',
  kind: 'remedy',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关（江城市东湖区市场监督管理局，虚构）', en: 'The sample agency (fictional Donghu district bureau)' },
      data: sample as RemedySection,
    },
    {
      name: 'with-notes',
      title: { 'zh-CN': '含申请方式、起诉方式和说明', en: 'With how to apply, how to sue, and notes' },
      data: {
        updated: '2024-01-01',
        reconsideration: {
          organs: [{ name: '示例市人民政府', address: '示例市解放东路 18 号 行政复议接待大厅', phone: '0571-85252000', website: 'https://www.example.gov.cn/xzfy/' }],
          deadline: { value: 60, unit: 'day' },
          how: '书面申请或者口头申请；也可以通过示例市行政复议网上申请平台提交。',
        },
        litigation: {
          courts: [{ name: '示例市西湖区人民法院', address: '示例市西湖区文三路 1 号', phone: '0571-87000123' }],
          deadline: { value: 6, unit: 'month' },
          how: '向有管辖权的人民法院递交起诉状，并按照被告人数提出副本。',
        },
        notes: '行政复议期间、行政诉讼期间，行政处罚不停止执行，法律另有规定的除外。',
      },
    },
    {
      name: 'minimal',
      title: { 'zh-CN': '只有必填项：机关名称与期限', en: 'Required fields only: names and deadlines' },
      data: {
        updated: '2024-02-01',
        reconsideration: { organs: [{ name: '示例县人民政府' }], deadline: { value: 60, unit: 'day' } },
        litigation: { courts: [{ name: '示例县人民法院' }], deadline: { value: 6, unit: 'month' } },
      },
    },
    {
      name: 'several-bodies',
      title: { 'zh-CN': '多个复议机关与法院；以工作日计的期限', en: 'Several bodies and courts; a deadline in working days' },
      data: {
        updated: '2024-03-15',
        reconsideration: {
          organs: [{ name: '示例市人民政府' }, { name: '示例省市场监督管理局', website: 'https://scjg.example.gov.cn/' }],
          deadline: { value: 60, unit: 'day' },
        },
        litigation: {
          courts: [{ name: '示例市上城区人民法院' }, { name: '示例市中级人民法院', phone: '0571-12368' }],
          deadline: { value: 15, unit: 'working-day' },
        },
      },
    },
  ],
});
