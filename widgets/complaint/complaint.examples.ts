// Named examples of zfgs-complaint: the gallery, the tests and the axe run all read these.
import type { ComplaintSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/complaint.json';
import { defineExamples } from '../base/examples.ts';

export const complaintExamples = defineExamples({
  tag: 'zfgs-complaint',
  kind: 'complaint',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关（江城市东湖区市场监督管理局，虚构）', en: 'The sample agency (fictional Donghu district bureau)' },
      data: sample as ComplaintSection,
    },
    {
      name: 'every-field',
      title: { 'zh-CN': '填写了全部字段的渠道与只有电话的渠道', en: 'A channel with every field and one with a phone only' },
      data: {
        updated: '2024-03-01',
        items: [
          {
            department: '示例市市场监督管理局投诉举报中心',
            address: '示例市滨江区江南大道 1 号',
            postalCode: '310051',
            phone: '12315',
            website: 'https://www.12315.cn/',
            email: 'tousu@scjg.example.gov.cn',
            hours: '工作日 8:30–12:00，13:30–17:00',
            procedure: '自收到投诉之日起 7 个工作日内决定是否受理，并告知投诉人；受理后 60 日内作出处理决定并反馈。',
          },
          {
            department: '示例市司法局行政执法监督科',
            address: '示例市上城区解放路 2 号',
            phone: '0571-87000000',
            procedure: '对行政执法行为的投诉，15 个工作日内答复。',
          },
        ],
      },
    },
    {
      name: 'minimal',
      title: { 'zh-CN': '只有受理部门（其余字段均可选）', en: 'Department only (every other field is optional)' },
      data: { updated: '2024-01-15', items: [{ department: '示例县综合行政执法局办公室' }] },
    },
    {
      name: 'long-text',
      title: { 'zh-CN': '长文本（窄屏换行）', en: 'Long text (wraps on narrow screens)' },
      data: {
        updated: '2024-02-29',
        items: [
          {
            department: '示例市某某区某某街道综合行政执法队（与某某街道城市管理办公室合署办公）投诉举报受理窗口',
            address: '示例市某某区某某街道某某路某某号某某大厦某某层某某室（乘坐地铁某号线至某某站 C 口出站后步行约 500 米）',
            website: 'https://www.example.gov.cn/col/col1229000000/index.html?uid=0000000&pageNum=1&a-very-long-query-string=true',
            procedure:
              '投诉举报人可通过电话、信函、网站或者当面提出。执法队收到后登记，3 个工作日内分送承办人员；承办人员应当自受理之日起 15 个工作日内调查核实，作出处理意见，并将处理结果书面告知投诉举报人。情况复杂的，经负责人批准可以延长 15 个工作日，并告知延长理由。'.repeat(2),
          },
        ],
      },
    },
  ],
});
