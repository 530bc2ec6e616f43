// Named examples of zfgs-agency; the sample agency's duties come as a companion island.
import type { Agency, DutiesSection } from '../../shared/schema/index.ts';
import sampleAgency from '../../demo/data/agency.json';
import sampleDuties from '../../demo/data/duties.json';
import { defineExamples } from '../base/examples.ts';

export const agencyExamples = defineExamples({
  tag: 'zfgs-agency',
  kind: 'agency',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关：主体信息、职责权限（duties 数据岛）与受委托组织', en: 'The sample agency: identity, duties (duties island) and an entrusted organization' },
      attributes: { now: '2026-11-20' },
      data: sampleAgency as Agency,
      islands: [{ kind: 'duties', data: sampleDuties as DutiesSection }],
    },
    {
      name: 'minimal',
      title: { 'zh-CN': '只有必填项：名称、地址、电话', en: 'Required fields only: name, address, phone' },
      data: { updated: '2024-01-01', name: '示例县农业农村局', address: '示例县人民路 1 号', phone: '0700-5550100' },
    },
    {
      name: 'entrustment-ended',
      title: { 'zh-CN': '委托期限已过（以 now 判断）', en: 'An entrustment whose term has ended (judged on `now`)' },
      attributes: { now: '2026-11-20' },
      data: {
        updated: '2026-02-01',
        name: '示例县综合行政执法局',
        address: '示例县城关镇府前路 8 号',
        phone: '0700-5550200',
        entrustedOrganizations: [
          {
            name: '示例县某某镇人民政府',
            basis: '《中华人民共和国行政处罚法》第二十条',
            matters: ['对占道经营的行政处罚'],
            powers: '警告、二百元以下罚款',
            term: { from: '2023-01-01', until: '2025-12-31' },
            liability: '委托机关对受委托组织实施行政处罚的后果承担法律责任',
          },
        ],
      },
    },
  ],
});
