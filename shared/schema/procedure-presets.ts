// The built-in procedures a Procedure can start from (`preset`), drawn from the national laws every agency
// follows (行政处罚法, 行政许可法, 行政强制法) and the legal-review articles of the regulations (hz-sh 9–13,
// wh-sh 8–15), and `expandProcedure`, which applies a procedure's adjustments to its preset. Only the flowchart
// widget and the builder import this file; validation does not need it.
import type { Edge, Procedure, ProcedurePreset, Step } from './procedure.ts';

export interface ProcedureGraph {
  title: string;
  steps: Step[];
  edges: Edge[];
}

const edge = (from: string, to: string, label?: string): Edge => (label ? { from, to, label } : { from, to });

export const PROCEDURE_PRESET_GRAPHS: Record<ProcedurePreset, ProcedureGraph> = {
  'penalty-general': {
    title: '行政处罚一般程序',
    steps: [
      { id: 'source', kind: 'start', label: '案件来源', note: '监督检查、投诉举报、其他机关移送、上级交办' },
      { id: 'file', label: '立案', note: '经核查符合立案条件的，报负责人批准立案' },
      { id: 'investigate', label: '调查取证', note: '执法人员不少于两人，主动出示执法证件' },
      { id: 'notify', label: '告知', note: '告知拟作出的行政处罚内容及事实、理由、依据，和陈述、申辩、要求听证的权利' },
      { id: 'hearing-requested', kind: 'decision', label: '当事人是否要求听证', timeLimit: '告知后5日内提出' },
      { id: 'hearing', label: '组织听证', timeLimit: '听证7日前通知当事人' },
      { id: 'statement', label: '听取陈述、申辩并复核' },
      { id: 'review-needed', kind: 'decision', label: '是否属于法制审核范围' },
      { id: 'legal-review', label: '法制审核' },
      { id: 'collective-needed', kind: 'decision', label: '是否情节复杂或者重大违法行为' },
      { id: 'collective', label: '负责人集体讨论决定' },
      { id: 'decide', label: '作出行政处罚决定', timeLimit: '立案之日起90日内' },
      { id: 'deliver', label: '送达行政处罚决定书', timeLimit: '宣告后当场交付，不在场的7日内送达' },
      { id: 'publish', label: '公示行政处罚决定信息', timeLimit: '决定之日起7个工作日内' },
      { id: 'execute', label: '执行', timeLimit: '罚款自收到决定书之日起15日内缴纳' },
      { id: 'close', kind: 'end', label: '结案归档' },
    ],
    edges: [
      edge('source', 'file'),
      edge('file', 'investigate'),
      edge('investigate', 'notify'),
      edge('notify', 'hearing-requested'),
      edge('hearing-requested', 'hearing', '是'),
      edge('hearing-requested', 'statement', '否'),
      edge('hearing', 'review-needed'),
      edge('statement', 'review-needed'),
      edge('review-needed', 'legal-review', '是'),
      edge('review-needed', 'collective-needed', '否'),
      edge('legal-review', 'collective-needed'),
      edge('collective-needed', 'collective', '是'),
      edge('collective-needed', 'decide', '否'),
      edge('collective', 'decide'),
      edge('decide', 'deliver'),
      edge('deliver', 'publish'),
      edge('publish', 'execute'),
      edge('execute', 'close'),
    ],
  },
  'penalty-simple': {
    title: '行政处罚简易程序',
    steps: [
      { id: 'found', kind: 'start', label: '当场发现违法行为', note: '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告' },
      { id: 'show-id', label: '出示执法证件' },
      { id: 'notify', label: '告知违法事实、处罚理由和依据，以及陈述、申辩的权利' },
      { id: 'statement', label: '听取陈述、申辩' },
      { id: 'decide', label: '当场作出行政处罚决定', note: '填写预定格式、编有号码的行政处罚决定书，当场交付当事人' },
      { id: 'report', label: '报所属行政机关备案' },
      { id: 'execute', kind: 'end', label: '执行' },
    ],
    edges: [edge('found', 'show-id'), edge('show-id', 'notify'), edge('notify', 'statement'), edge('statement', 'decide'), edge('decide', 'report'), edge('report', 'execute')],
  },
  licence: {
    title: '行政许可',
    steps: [
      { id: 'apply', kind: 'start', label: '提出申请' },
      { id: 'complete', kind: 'decision', label: '材料是否齐全、符合法定形式' },
      { id: 'supplement', label: '一次性告知需要补正的全部内容', timeLimit: '当场或者5日内' },
      { id: 'accept', label: '受理' },
      { id: 'review', label: '审查' },
      { id: 'grant', kind: 'decision', label: '是否准予许可', timeLimit: '受理之日起20日内作出决定' },
      { id: 'issue', label: '颁发、送达许可证件', timeLimit: '作出决定之日起10日内' },
      { id: 'refuse', label: '书面说明理由，告知申请行政复议或者提起行政诉讼的权利' },
      { id: 'publish', label: '公开许可决定信息', timeLimit: '决定之日起7个工作日内' },
      { id: 'end', kind: 'end', label: '办结' },
    ],
    edges: [
      edge('apply', 'complete'),
      edge('complete', 'supplement', '否'),
      edge('supplement', 'apply'),
      edge('complete', 'accept', '是'),
      edge('accept', 'review'),
      edge('review', 'grant'),
      edge('grant', 'issue', '准予'),
      edge('grant', 'refuse', '不予'),
      edge('issue', 'publish'),
      edge('refuse', 'publish'),
      edge('publish', 'end'),
    ],
  },
  coercion: {
    title: '行政强制措施',
    steps: [
      { id: 'found', kind: 'start', label: '发现需要采取行政强制措施的情形' },
      { id: 'approve', label: '报负责人批准', note: '情况紧急需当场实施的，24小时内报告并补办批准手续' },
      { id: 'notify', label: '通知当事人到场，告知理由、依据以及当事人的权利和救济途径' },
      { id: 'statement', label: '听取当事人的陈述和申辩' },
      { id: 'record', label: '制作现场笔录' },
      { id: 'decide', label: '制作并当场交付查封、扣押决定书和清单' },
      { id: 'ascertain', label: '查明事实，作出处理', timeLimit: '查封、扣押不超过30日，情况复杂的经批准可延长不超过30日' },
      { id: 'end', kind: 'end', label: '依法没收、销毁或者解除查封、扣押' },
    ],
    edges: [edge('found', 'approve'), edge('approve', 'notify'), edge('notify', 'statement'), edge('statement', 'record'), edge('record', 'decide'), edge('decide', 'ascertain'), edge('ascertain', 'end')],
  },
  inspection: {
    title: '行政检查',
    steps: [
      { id: 'plan', kind: 'start', label: '制定检查计划' },
      { id: 'prepare', label: '确定检查对象和检查人员' },
      { id: 'inspect', label: '实施检查', note: '执法人员不少于两人，出示执法证件，制作检查记录' },
      { id: 'found', kind: 'decision', label: '是否发现违法行为或者问题' },
      { id: 'rectify', label: '责令改正或者依法立案查处' },
      { id: 'publish', label: '公示检查结果' },
      { id: 'end', kind: 'end', label: '归档' },
    ],
    edges: [edge('plan', 'prepare'), edge('prepare', 'inspect'), edge('inspect', 'found'), edge('found', 'rectify', '是'), edge('found', 'publish', '否'), edge('rectify', 'publish'), edge('publish', 'end')],
  },
  'legal-review': {
    title: '重大执法决定法制审核',
    steps: [
      { id: 'submit', kind: 'start', label: '承办机构送审', note: '提交拟作出的决定及相关证据、依据等材料' },
      { id: 'complete', kind: 'decision', label: '送审材料是否齐全' },
      { id: 'return', label: '退回补充材料' },
      { id: 'review', label: '法制审核机构审核', timeLimit: '在本机关规定的审核时限内' },
      { id: 'agree', kind: 'decision', label: '审核意见' },
      { id: 'approve-opinion', label: '出具同意的书面审核意见' },
      { id: 'problem-opinion', label: '出具存在问题的书面审核意见' },
      { id: 'rework', label: '承办机构研究处理后再次送审' },
      { id: 'decide', label: '机关负责人决定；需要的，集体讨论决定' },
      { id: 'archive', kind: 'end', label: '审核意见归入执法案卷' },
    ],
    edges: [
      edge('submit', 'complete'),
      edge('complete', 'return', '否'),
      edge('return', 'submit'),
      edge('complete', 'review', '是'),
      edge('review', 'agree'),
      edge('agree', 'approve-opinion', '同意'),
      edge('agree', 'problem-opinion', '存在问题'),
      edge('problem-opinion', 'rework'),
      edge('rework', 'submit'),
      edge('approve-opinion', 'decide'),
      edge('decide', 'archive'),
    ],
  },
};

/**
 * The full graph of a procedure: its preset's steps and edges, with the procedure's steps overriding the preset
 * step of the same id field by field (new ids are added), its `omit` ids removed together with their edges, and
 * its edges added (an edge with the same from and to replaces the preset's). Without a preset, the procedure's
 * own steps and edges.
 */
export function expandProcedure(procedure: Procedure): ProcedureGraph {
  const preset = procedure.preset ? PROCEDURE_PRESET_GRAPHS[procedure.preset] : undefined;
  const omitted = new Set(procedure.omit ?? []);
  const steps = new Map<string, Step>();
  for (const step of [...(preset?.steps ?? []), ...(procedure.steps ?? [])]) steps.set(step.id, { ...steps.get(step.id), ...step });
  for (const id of omitted) steps.delete(id);
  const edges = new Map<string, Edge>();
  for (const each of [...(preset?.edges ?? []), ...(procedure.edges ?? [])]) {
    if (!omitted.has(each.from) && !omitted.has(each.to)) edges.set(`${each.from}\u0000${each.to}`, each);
  }
  return { title: procedure.title, steps: [...steps.values()], edges: [...edges.values()] };
}
