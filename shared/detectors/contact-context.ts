// Context of a number or address: the field label written right before it, and whether it is the agency's
// own contact block (the footer after the remedy clause, or a line with 邮编 / 本局地址) or a hotline.
import { codeSet, indexWithin, NORM } from './chars.ts';
import { publicKind } from './finding-store.ts';
import { WordIndex, type WordMatch } from './keywords.ts';
import type { ScanState } from './scan-state.ts';
import { wordEntries, type WordEntry, type WordHandler } from './word-handler.ts';

export type LabelKind = 'id' | 'phone' | 'hotline' | 'work-phone' | 'account' | 'email' | 'certificate' | 'serial' | 'postal';

const LABEL_WORDS: Record<LabelKind, string> = {
  id: '身份证号码 身份证号 身份证 公民身份号码 公民身份证号码 身份证件号码 证件号码 居民身份证 居民身份证号码 驾驶证号 机动车驾驶证号 驾驶证号码 从业资格证号 纳税人识别号 社会保障号码 社保号',
  phone: '电话 联系电话 电话号码 手机 手机号 手机号码 联系方式 住宅电话 固定电话 家庭电话 座机 移动电话',
  'work-phone': '单位电话 办公电话 工作单位电话',
  hotline: '投诉举报电话 举报电话 投诉电话 监督电话 服务热线 客服热线 热线 咨询电话 值班电话 传真',
  account: '账号 帐号 卡号 账户 帐户 银行卡 银行账户 银行账号 收款银行卡 收款账户',
  email: '电子邮箱 邮箱 电子邮件 电邮',
  certificate: '执法证号 监督证号 执法证 证号 执法证件号',
  serial: '编号 许可证号 许可证编号 登记号 流水号 订单号 订单编号 合同编号 工单编号 报告编号 识别号 船舶识别号 案件编号 文号 批准文号 注册号 备案号 凭证号 批号 条码',
  postal: '邮编 邮政编码',
};

const LABELS = new WordIndex<LabelKind>(
  (Object.entries(LABEL_WORDS) as Array<[LabelKind, string]>).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)),
);

/** Last characters of the labels: most numbers have none of them before and need no lookup. */
const LABEL_LAST = new Uint8Array(65536);
for (const words of Object.values(LABEL_WORDS)) for (const word of words.split(' ')) LABEL_LAST[word.charCodeAt(word.length - 1)] = 1;

/** Words on a line that make its contact details the agency's. */
const AGENCY_LINE_WORDS = '邮编 邮政编码 本局地址 我局地址 本机关地址 本委地址 我委地址 本院地址 本队地址 本大队地址 本支队地址 本总队地址 本局联系电话';

export interface Label {
  kind: LabelKind;
  start: number;
}

const SKIPPED_BEFORE_VALUE = codeSet(':( \u3000【'); // : ( space ideographic-space 【 (after folding)

/** Reused by labelBefore: callers read the label of a value before asking for the next one and never keep it. */
const LABEL: Label = { kind: 'id', start: 0 };
const LABEL_MATCH: WordMatch<LabelKind> = { word: '', payload: 'id', start: 0, end: 0 };

/** The field label written right before `valueStart` (after skipping a colon, bracket or space); reused by the next call. */
export function labelBefore(text: string, valueStart: number): Label | undefined {
  let end = valueStart;
  while (end > 0 && valueStart - end < 3 && SKIPPED_BEFORE_VALUE[NORM[text.charCodeAt(end - 1)] ?? 0] === 1) end -= 1;
  if (end > 0 && !LABEL_LAST[NORM[text.charCodeAt(end - 1)] ?? 0]) return undefined;
  if (!LABELS.matchEndingInto(text, end, LABEL_MATCH)) return undefined;
  LABEL.kind = LABEL_MATCH.payload;
  LABEL.start = LABEL_MATCH.start;
  return LABEL;
}

/** Whether contact details at `index` are the agency's own (footer, or a line with its postal code/address). */
export function isAgencyContact(state: ScanState, index: number): boolean {
  return state.isInFooter(index) || (index >= state.agencyLineStart && index < state.agencyLineEnd);
}

const CONTACT_LEAKS = new Set(['mobile', 'landline', 'email']);

/**
 * 邮编 / 本局地址 …: the line is the agency's contact line. Contact details met earlier on it (地址…电话…邮编)
 * were taken for personal ones and are corrected here; later ones are seen as the agency's.
 */
const onAgencyLineWord: WordHandler = (state, match) => {
  const lineStart = state.lineStart(match.start);
  state.agencyLineStart = lineStart;
  state.agencyLineEnd = state.lineEnd(match.end);
  const { findings } = state;
  for (let k = findings.length - 1; k >= 0; k -= 1) {
    if (findings.startOf(k) < lineStart) break;
    const type = findings.typeOf(k);
    if (findings.classificationOf(k) === 'leak' && CONTACT_LEAKS.has(type)) {
      findings.setKind(k, publicKind(findings.kindOf(k), type === 'email' ? 'public-email' : 'public-phone', 'agencyContact'));
    }
  }
  return match.end;
};

/**
 * The remedy clause (如不服本决定…申请行政复议…提起行政诉讼) closes the decision body: contact details after it
 * are the agency's. It only counts in a sentence that says 不服.
 */
const onRemedyClause: WordHandler = (state, match) => {
  if (state.footerStart === Number.POSITIVE_INFINITY && indexWithin(state.text, '不服', state.sentenceStart(match.start), match.start) >= 0) {
    state.footerStart = match.end;
  }
  return match.end;
};

/** The words of this module, for the scan's single dispatch table. */
export function footerWordEntries(): WordEntry[] {
  return [...wordEntries('行政诉讼 行政复议 提起诉讼', onRemedyClause), ...wordEntries(AGENCY_LINE_WORDS, onAgencyLineWord)];
}
