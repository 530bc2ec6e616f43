// Named examples of zfgs-service-guide.
import type { ServiceGuidesSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/service-guides.json';
import { defineExamples } from '../base/examples.ts';

const sampleGuides = sample as ServiceGuidesSection;

export const serviceGuideExamples = defineExamples({
  tag: 'zfgs-service-guide',
  kind: 'serviceGuides',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关 5 个服务指南', en: 'The sample agency, 5 service guides' },
      data: sampleGuides,
    },
    {
      name: 'single-guide',
      title: { 'zh-CN': '单个服务指南（默认展开）', en: 'A single guide (open from the start)' },
      data: { updated: sampleGuides.updated, items: sampleGuides.items.slice(0, 1) },
    },
    {
      name: 'minimal',
      title: { 'zh-CN': '只有必填项，无需材料', en: 'Required fields only, no documents' },
      data: {
        updated: '2024-05-01',
        items: [{ name: '个体工商户年度报告', acceptingBody: '示例县市场监督管理局', conditions: ['已登记的个体工商户'], timeLimit: '即时办结', materials: [] }],
      },
    },
  ],
});
