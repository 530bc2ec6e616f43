// Built-in procedures, one per preset name of shared/schema/procedure.ts. Steps and time limits follow the law:
// - 行政处罚 presets: 《中华人民共和国行政处罚法》(2021年修订), national law, cited by its well-known articles
//   (the law itself is not among ../../shared/regulations; the article numbers are those of the 2021 text).
// - licence: 《中华人民共和国行政许可法》(2019年修正), national law, by article.
// - coercion: 《中华人民共和国行政强制法》, national law, by article: 行政强制措施 (查封、扣押), the measure an
//   enforcement agency takes most often; 行政强制执行 (第三十五条起) is a procedure of its own.
// - inspection: no national 行政检查 procedure law; steps from 行政处罚法 第四十二条、第五十五条 (two officers,
//   show certificates), 周村办法 (zc) 第十三条 (双随机), 武汉记录办法 (wh-jl) 第十二条 (records), 杭州公示办法
//   (hz-gs) 第七条、第八条、第十四条 (inform; publish results within 20 working days).
// - legal-review: 杭州市重大执法决定法制审核办法 (hz-sh) 第三、七、八、九、十、十一、十二条 and 武汉市民政系统重大行政执法
//   决定法制审核办法 (wh-sh) 第八、十七条 (collective decision; records). The review time follows hz-sh 第九条; Wuhan's
//   5 (+3) working days (wh-sh 第十五条) is a one-line adjustment (see the legal-review-wuhan example).
// Notes name the article so a citizen can look it up; a webmaster adjusts a preset by step id (README). Step ids
// are those of shared/schema/procedure-presets.ts wherever a step means the same, so procedure data written
// against either (the sample agency's) draws the same.
import type { Edge, ProcedurePreset, Step } from '../../shared/schema/procedure.ts';

export interface PresetProcedure {
  title: string;
  steps: Step[];
  edges: Edge[];
}

/** `a → b` edges, optionally labelled: [from, to, label?]. */
type EdgeSpec = [from: string, to: string, label?: string];
const edges = (specs: EdgeSpec[]): Edge[] => specs.map(([from, to, label]) => (label ? { from, to, label } : { from, to }));

/** 行政处罚一般程序 — 行政处罚法 第五章第三节, 第四十四条至第六十七条. */
const penaltyGeneral: PresetProcedure = {
  title: '行政处罚一般程序',
  steps: [
    { id: 'source', kind: 'start', label: '发现案件线索', note: '监督检查、投诉举报、上级交办、有关部门移送' },
    { id: 'file-decision', kind: 'decision', label: '是否符合立案标准', note: '行政处罚法第五十四条' },
    { id: 'no-file', kind: 'end', label: '不予立案' },
    { id: 'file', label: '立案', note: '行政处罚法第五十四条第二款' },
    {
      id: 'investigate',
      label: '调查取证',
      note: '执法人员不少于两人，主动出示执法证件（第四十二条、第五十五条）；先行登记保存的证据，7日内作出处理决定（第五十六条）',
    },
    { id: 'case-review', label: '调查终结，审查调查结果', note: '行政处罚法第五十七条' },
    { id: 'review-needed', kind: 'decision', label: '是否属于法制审核情形', note: '行政处罚法第五十八条' },
    { id: 'legal-review', label: '法制审核', unit: '法制审核机构', note: '未经审核或审核未通过的，不得作出决定（第五十八条）' },
    { id: 'notify', label: '告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利', note: '行政处罚法第四十四条' },
    { id: 'statement', label: '听取陈述、申辩', note: '行政处罚法第四十五条' },
    { id: 'hearing-requested', kind: 'decision', label: '当事人是否要求听证', timeLimit: '告知后5日内提出', note: '行政处罚法第六十三条、第六十四条' },
    { id: 'hearing', label: '举行听证', timeLimit: '举行7日前通知当事人', note: '行政处罚法第六十四条、第六十五条' },
    { id: 'collective-needed', kind: 'decision', label: '是否情节复杂或重大违法', note: '行政处罚法第五十七条第二款' },
    { id: 'collective', label: '行政机关负责人集体讨论决定', note: '行政处罚法第五十七条第二款' },
    { id: 'decide', kind: 'decision', label: '作出决定', timeLimit: '立案之日起90日内', note: '行政处罚法第五十七条、第六十条' },
    { id: 'no-penalty', kind: 'end', label: '不予行政处罚' },
    { id: 'transfer', kind: 'end', label: '移送司法机关', note: '行政处罚法第五十七条第一款第四项' },
    { id: 'document', label: '制作行政处罚决定书', note: '行政处罚法第五十九条' },
    { id: 'deliver', label: '送达', timeLimit: '宣告后当场交付；当事人不在场的，7日内送达', note: '行政处罚法第六十一条' },
    { id: 'publish', label: '公开处罚决定', timeLimit: '作出决定之日起7个工作日内', note: '行政处罚法第四十八条；杭州公示办法第十四条' },
    { id: 'execute', label: '履行或强制执行', timeLimit: '收到决定书之日起15日内缴纳罚款', note: '行政处罚法第六十七条、第七十二条' },
    { id: 'close', kind: 'end', label: '结案归档' },
  ],
  edges: edges([
    ['source', 'file-decision'],
    ['file-decision', 'file', '是'],
    ['file-decision', 'no-file', '否'],
    ['file', 'investigate'],
    ['investigate', 'case-review'],
    ['case-review', 'review-needed'],
    ['review-needed', 'legal-review', '是'],
    ['review-needed', 'notify', '否'],
    ['legal-review', 'notify'],
    ['notify', 'statement'],
    ['statement', 'hearing-requested'],
    ['hearing-requested', 'hearing', '是'],
    ['hearing-requested', 'collective-needed', '否'],
    ['hearing', 'collective-needed'],
    ['collective-needed', 'collective', '是'],
    ['collective-needed', 'decide', '否'],
    ['collective', 'decide'],
    ['decide', 'document', '给予处罚'],
    ['decide', 'no-penalty', '不予处罚'],
    ['decide', 'transfer', '涉嫌犯罪'],
    ['document', 'deliver'],
    ['deliver', 'publish'],
    ['publish', 'execute'],
    ['execute', 'close'],
  ]),
};

/** 行政处罚简易程序（当场处罚）— 行政处罚法 第五章第二节, 第五十一条至第五十三条. */
const penaltySimple: PresetProcedure = {
  title: '行政处罚简易程序',
  steps: [
    { id: 'found', kind: 'start', label: '现场发现违法行为' },
    {
      id: 'eligible',
      kind: 'decision',
      label: '是否符合当场处罚条件',
      note: '违法事实确凿并有法定依据，对公民处200元以下、对法人或其他组织处3000元以下罚款或者警告（第五十一条）',
    },
    { id: 'to-general', kind: 'end', label: '适用普通程序' },
    { id: 'show-id', label: '出示执法证件', note: '行政处罚法第五十二条' },
    { id: 'notify', label: '告知违法事实、处罚理由和依据及陈述、申辩权利', note: '行政处罚法第四十四条' },
    { id: 'statement', label: '听取陈述、申辩', note: '行政处罚法第四十五条' },
    { id: 'decide', label: '当场作出决定，填写预定格式、编有号码的决定书', note: '行政处罚法第五十二条' },
    { id: 'deliver', label: '当场交付决定书', timeLimit: '当场', note: '当事人拒绝签收的，在决定书上注明（第五十二条）' },
    { id: 'report', label: '报所属行政机关备案', note: '行政处罚法第五十二条第三款' },
    { id: 'pay', label: '缴纳罚款', timeLimit: '收到决定书之日起15日内', note: '符合第六十八条的可以当场收缴（第六十七条、第六十八条）' },
    { id: 'close', kind: 'end', label: '结案' },
  ],
  edges: edges([
    ['found', 'eligible'],
    ['eligible', 'show-id', '是'],
    ['eligible', 'to-general', '否'],
    ['show-id', 'notify'],
    ['notify', 'statement'],
    ['statement', 'decide'],
    ['decide', 'deliver'],
    ['deliver', 'report'],
    ['report', 'pay'],
    ['pay', 'close'],
  ]),
};

/** 行政许可 — 行政许可法 第四章, 第二十九条至第五十条. */
const licence: PresetProcedure = {
  title: '行政许可',
  steps: [
    { id: 'apply', kind: 'start', label: '提出申请', note: '行政许可法第二十九条' },
    { id: 'complete', kind: 'decision', label: '审查申请材料', note: '行政许可法第三十二条' },
    { id: 'not-accepted', kind: 'end', label: '不予受理，告知向有关机关申请', note: '行政许可法第三十二条第一款第二项' },
    {
      id: 'supplement',
      label: '一次告知需要补正的全部内容',
      timeLimit: '当场或者5日内',
      note: '逾期不告知的，自收到申请材料之日起即为受理（第三十二条第一款第四项）',
    },
    { id: 'accept', label: '受理，出具加盖专用印章和注明日期的书面凭证', note: '行政许可法第三十二条第二款' },
    { id: 'review', label: '审查', note: '需要核实的，指派两名以上工作人员核查（第三十四条）' },
    { id: 'hearing-check', kind: 'decision', label: '是否需要听证', note: '行政许可法第四十六条、第四十七条' },
    { id: 'hearing', label: '举行听证', timeLimit: '被告知后5日内申请，20日内组织', note: '行政许可法第四十七条、第四十八条' },
    {
      id: 'grant',
      kind: 'decision',
      label: '作出决定',
      timeLimit: '受理之日起20日内；经负责人批准可延长10日',
      note: '听证、检验、检测、鉴定和专家评审时间不计入（第四十二条、第四十五条）',
    },
    { id: 'issue', label: '颁发、送达行政许可证件', timeLimit: '作出决定之日起10日内', note: '行政许可法第四十四条' },
    { id: 'refuse', label: '书面决定不予许可，说明理由并告知复议、诉讼权利', note: '行政许可法第三十八条第二款' },
    { id: 'publish', label: '公开许可决定', timeLimit: '作出决定之日起7个工作日内', note: '行政许可法第四十条；杭州公示办法第十四条' },
    { id: 'end', kind: 'end', label: '办结' },
  ],
  edges: edges([
    ['apply', 'complete'],
    ['complete', 'accept', '齐全、符合法定形式'],
    ['complete', 'supplement', '需要补正'],
    ['complete', 'not-accepted', '不属本机关职权'],
    ['supplement', 'apply', '补正后重新提交'],
    ['accept', 'review'],
    ['review', 'hearing-check'],
    ['hearing-check', 'hearing', '是'],
    ['hearing-check', 'grant', '否'],
    ['hearing', 'grant'],
    ['grant', 'issue', '准予许可'],
    ['grant', 'refuse', '不予许可'],
    ['issue', 'publish'],
    ['refuse', 'publish'],
    ['publish', 'end'],
  ]),
};

/** 行政强制措施（查封、扣押）— 行政强制法 第十八条、第十九条、第二十四条至第二十八条. */
const coercion: PresetProcedure = {
  title: '行政强制措施（查封、扣押）',
  steps: [
    { id: 'found', kind: 'start', label: '发现需要采取行政强制措施的情形' },
    { id: 'urgent-check', kind: 'decision', label: '情况是否紧急', note: '行政强制法第十九条' },
    { id: 'approve', label: '报行政机关负责人批准', note: '行政强制法第十八条第一项' },
    {
      id: 'on-the-spot',
      label: '当场实施',
      timeLimit: '24小时内向负责人报告并补办批准手续',
      note: '负责人认为不应当采取的，应当立即解除（第十九条）',
    },
    { id: 'identify', label: '两名以上执法人员实施，出示执法身份证件，通知当事人到场', note: '行政强制法第十八条第二至四项' },
    { id: 'notify', label: '当场告知理由、依据、权利和救济途径，听取陈述、申辩', note: '行政强制法第十八条第五、六项' },
    { id: 'record', label: '制作现场笔录，当事人和执法人员签名或者盖章', note: '行政强制法第十八条第七至九项' },
    { id: 'decide', label: '制作并当场交付查封、扣押决定书和清单', note: '行政强制法第二十四条' },
    {
      id: 'ascertain',
      kind: 'decision',
      label: '查清事实，作出处理决定',
      timeLimit: '不超过30日；情况复杂的经负责人批准可延长不超过30日',
      note: '行政强制法第二十五条、第二十七条',
    },
    { id: 'confiscate', label: '依法没收或者销毁', note: '行政强制法第二十七条' },
    { id: 'release', label: '解除查封、扣押，立即退还财物', note: '行政强制法第二十八条' },
    { id: 'end', kind: 'end', label: '结束' },
  ],
  edges: edges([
    ['found', 'urgent-check'],
    ['urgent-check', 'approve', '否'],
    ['urgent-check', 'on-the-spot', '是'],
    ['approve', 'identify'],
    ['on-the-spot', 'identify'],
    ['identify', 'notify'],
    ['notify', 'record'],
    ['record', 'decide'],
    ['decide', 'ascertain'],
    ['ascertain', 'confiscate', '违法事实成立'],
    ['ascertain', 'release', '应当解除'],
    ['confiscate', 'end'],
    ['release', 'end'],
  ]),
};

/** 行政检查 — see the sources at the top of this file. */
const inspection: PresetProcedure = {
  title: '行政检查',
  steps: [
    { id: 'plan', kind: 'start', label: '制定检查计划', note: '随机抽取检查对象、随机选派执法检查人员（周村办法第十三条）' },
    { id: 'identify', label: '出示执法证件，告知检查事由、依据和权利义务', note: '执法人员不少于两人（行政处罚法第四十二条、第五十五条；杭州公示办法第七条）' },
    { id: 'inspect', label: '实施检查，制作现场检查笔录', note: '询问、现场检查、抽样取证均应记录（武汉记录办法第十二条）' },
    { id: 'found', kind: 'decision', label: '是否发现违法行为' },
    { id: 'rectify', label: '责令改正或者依法立案查处', note: '转入行政处罚程序' },
    { id: 'publish', label: '公示检查结果', timeLimit: '20个工作日内', note: '杭州公示办法第八条、第十四条' },
    { id: 'end', kind: 'end', label: '结束' },
  ],
  edges: edges([
    ['plan', 'identify'],
    ['identify', 'inspect'],
    ['inspect', 'found'],
    ['found', 'rectify', '是'],
    ['found', 'publish', '否'],
    ['rectify', 'publish'],
    ['publish', 'end'],
  ]),
};

/** 重大执法决定法制审核 — hz-sh and wh-sh; see the sources at the top of this file. */
const legalReview: PresetProcedure = {
  title: '重大执法决定法制审核',
  steps: [
    { id: 'proposed', kind: 'start', label: '拟作出执法决定', unit: '承办机构' },
    { id: 'catalogue-check', kind: 'decision', label: '是否属于重大执法决定', note: '对照法制审核目录清单（杭州审核办法第七条、第八条）' },
    { id: 'ordinary', kind: 'end', label: '按一般程序作出决定' },
    {
      id: 'submit',
      label: '送交法制审核',
      unit: '承办机构',
      timeLimit: '保证必要审核时间，一般不少于7个工作日',
      note: '报送拟作出的决定及证据、依据等材料（杭州审核办法第九条）',
    },
    {
      id: 'review',
      label: '法制审核',
      unit: '法制审核机构',
      note: '审核主体资格、程序、事实证据、法律适用、权限、文书、是否涉嫌犯罪（杭州审核办法第十条）',
    },
    { id: 'agree', kind: 'decision', label: '提出书面审核意见', unit: '法制审核机构', note: '杭州审核办法第十一条' },
    { id: 'rework', label: '研究处理审核意见', unit: '承办机构', note: '作出相应处理后再次报送（杭州审核办法第十一条）' },
    {
      id: 'decide',
      label: '负责人集体讨论，作出执法决定',
      note: '审核通过后提交本机关集体讨论决定（武汉审核办法第八条）；未经法制审核或者审核未通过的，不得作出决定（杭州审核办法第三条）',
    },
    { id: 'archive', kind: 'end', label: '审核意见归入执法案卷', note: '杭州审核办法第十二条；武汉审核办法第十七条' },
  ],
  edges: edges([
    ['proposed', 'catalogue-check'],
    ['catalogue-check', 'submit', '是'],
    ['catalogue-check', 'ordinary', '否'],
    ['submit', 'review'],
    ['review', 'agree'],
    ['agree', 'decide', '同意'],
    ['agree', 'rework', '存在问题'],
    ['rework', 'submit', '再次报送'],
    ['decide', 'archive'],
  ]),
};

export const PRESET_PROCEDURES: Readonly<Record<ProcedurePreset, PresetProcedure>> = {
  'penalty-general': penaltyGeneral,
  'penalty-simple': penaltySimple,
  licence,
  coercion,
  inspection,
  'legal-review': legalReview,
};
