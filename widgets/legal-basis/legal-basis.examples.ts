// Named examples of zfgs-legal-basis.
import type { LegalBasisSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/legal-basis.json';
import { defineExamples } from '../base/examples.ts';

export const legalBasisExamples = defineExamples({
  tag: 'zfgs-legal-basis',
  kind: 'legalBasis',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关：15 件法律法规规章与裁量基准表', en: 'The sample agency: 15 laws, regulations and rules, and a discretion benchmark table' },
      data: sample as LegalBasisSection,
    },
    {
      name: 'documents-only',
      title: { 'zh-CN': '只有法律文件，无链接、无条款', en: 'Documents only, without links or articles' },
      data: {
        updated: '2024-02-01',
        documents: [
          { title: '中华人民共和国行政处罚法', issuer: '全国人民代表大会常务委员会', level: 'law' },
          { title: '示例省行政执法公示办法', issuer: '示例省人民政府', number: '示例省人民政府令第 1 号', level: 'rule', effectiveDate: '2020-01-01' },
        ],
      },
    },
    {
      name: 'benchmark-without-entries',
      title: { 'zh-CN': '裁量基准以链接公布（无表格）', en: 'A benchmark published as a link (no table)' },
      data: {
        updated: '2024-03-01',
        documents: [],
        benchmarks: [{ title: '示例市城市管理行政处罚裁量基准', issuer: '示例市城市管理局', url: 'https://www.example.gov.cn/cgj/cljz.html' }],
      },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '空列表', en: 'Empty lists' },
      data: { updated: '2024-01-01', documents: [] },
    },
  ],
});
