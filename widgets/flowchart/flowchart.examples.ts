// Named examples of zfgs-flowchart: every built-in preset, presets adjusted by step id, and a procedure drawn in
// full. The gallery, the tests, the axe run and the XSS harness all read these.
import { defineExamples } from '../base/examples.ts';
import { PRESET_PROCEDURES } from './presets.ts';
import type { ProcedurePreset } from '../../shared/schema/procedure.ts';

const presetExample = (preset: ProcedurePreset, en: string) => ({
  name: `preset-${preset}`,
  title: { 'zh-CN': `预设流程：${PRESET_PROCEDURES[preset].title}`, en: `Preset: ${en}` },
  data: { id: preset, title: PRESET_PROCEDURES[preset].title, preset },
});

export const flowchartExamples = defineExamples({
  tag: 'zfgs-flowchart',
  kind: 'procedure',
  examples: [
    presetExample('penalty-general', 'administrative penalty, general procedure'),
    presetExample('penalty-simple', 'administrative penalty on the spot (simple procedure)'),
    presetExample('licence', 'administrative licence'),
    presetExample('coercion', 'administrative coercive measures (sealing up, seizure)'),
    presetExample('inspection', 'administrative inspection'),
    presetExample('legal-review', 'legal review of major enforcement decisions'),
    {
      name: 'licence-adjusted',
      title: { 'zh-CN': '调整预设：食品经营许可（承诺时限、承办机构、省略听证）', en: 'Adjusted preset: food business licence (pledged time limits, units, no hearing)' },
      data: {
        id: 'food-business-licence',
        title: '食品经营许可办理流程',
        preset: 'licence',
        description: '依据《中华人民共和国食品安全法》《食品经营许可和备案管理办法》。承诺时限短于法定时限。',
        steps: [
          { id: 'apply', label: '提出申请（线上“浙里办”或窗口）', unit: '行政服务中心市场监管窗口' },
          { id: 'review', label: '审查，必要时现场核查', unit: '食品经营监管科' },
          { id: 'grant', label: '作出决定', timeLimit: '承诺5个工作日（法定20日）' },
          { id: 'issue', label: '颁发许可证（可邮寄）', timeLimit: '决定之日起10日内' },
        ],
        omit: ['hearing-check', 'hearing'],
      },
    },
    {
      name: 'legal-review-wuhan',
      title: { 'zh-CN': '调整预设：武汉民政法制审核（5个工作日，复审一次）', en: 'Adjusted preset: Wuhan civil-affairs legal review (5 working days, one re-review)' },
      data: {
        id: 'wh-legal-review',
        title: '重大行政执法决定法制审核流程（武汉市民政系统）',
        preset: 'legal-review',
        steps: [
          { id: 'submit', label: '送法制机构审核', unit: '行政执法部门', timeLimit: '签发前送审', note: '提交情况说明、决定建议、证据材料等（武汉审核办法第八条、第九条）' },
          { id: 'review', label: '法制审核', unit: '规划发展处或区局法制部门', timeLimit: '收到完备材料之日起5个工作日；复杂的经局领导批准延长3个工作日', note: '武汉审核办法第十一条、第十五条' },
          { id: 're-review', label: '书面申请复审一次', unit: '行政执法部门', note: '武汉审核办法第十四条' },
          { id: 'leaders', label: '提请局领导作出决定', note: '武汉审核办法第十四条' },
        ],
        edges: [
          { from: 'agree', to: 're-review', label: '不同意审核意见' },
          { from: 're-review', to: 'leaders', label: '仍不同意' },
          { from: 're-review', to: 'decide', label: '复审同意' },
          { from: 'leaders', to: 'decide' },
        ],
      },
    },
    {
      name: 'own-steps',
      title: { 'zh-CN': '自定义流程：投诉举报处理（带条件说明）', en: 'A procedure of its own: handling a complaint (with conditions)' },
      data: {
        id: 'complaint-handling',
        title: '投诉举报处理流程',
        steps: [
          { id: 'receive', kind: 'start', label: '接收投诉举报', unit: '投诉举报中心' },
          { id: 'accept', kind: 'decision', label: '是否受理', timeLimit: '7个工作日内', note: '不予受理的，告知投诉人并说明理由' },
          { id: 'refuse', kind: 'end', label: '告知不予受理' },
          { id: 'handle', label: '调查处理', unit: '承办科室', timeLimit: '受理之日起60日内' },
          { id: 'reply', label: '反馈处理结果' },
          { id: 'done', kind: 'end', label: '办结' },
        ],
        edges: [
          { from: 'receive', to: 'accept' },
          { from: 'accept', to: 'handle', label: '受理', condition: '属于本部门职责且有具体事实' },
          { from: 'accept', to: 'refuse', label: '不予受理' },
          { from: 'handle', to: 'reply' },
          { from: 'reply', to: 'done' },
        ],
      },
    },
  ],
});
