// Names of natural persons other than the party (witnesses, victims, informants, customers, patients,
// drivers, buyers, employees, relatives …): a role word followed by a name seeds the name, every later (and
// earlier) mention of that exact name in the same decision is found as the scan goes on, and names listed
// with 、/和/及 after the first are taken too. The party's own name, its legal representative and the officers
// are public: they come from the party line, 法定代表人, the officer line, or the caller.
import { CHAR_CLASS, Guard, KNOWN_NAME, NAME_PAIR, pairHash, Scan, SCAN, Stop, STOP } from './char-class.ts';
import { closingBracket, codeSet, indexWithin, isHan, isIn, NORM } from './chars.ts';
import { wordList, type WordMatch } from './keywords.ts';
import { findingKind, Mask } from './finding-store.ts';
import { readName, readNameBefore, readNameEndingAt, type NameContext, type NameSpan } from './names.ts';
import { NAME_FIRST, nameStart } from './surnames.ts';
import type { ScanState } from './scan-state.ts';
import type { LookAlikeType } from './types.ts';
import { wordEntries, type WordEntry, type WordHandler } from './word-handler.ts';

/** Roles whose holder is a natural person other than the party. */
const THIRD_PARTY_ROLES =
  '证人 目击者 目击证人 举报人 投诉人 申诉人 控告人 报案人 被害人 受害人 受害者 伤者 死者 见证人 知情人 投诉人代表 ' +
  '消费者 购买者 购买人 买家 买方 卖家 卖方 顾客 客户 用户 会员 投诉会员 学员 学生 家长 患者 患儿 病人 就诊者 就诊人 ' +
  '参保人 参保人员 被保险人 乘客 被困乘客 旅客 离岛旅客 游客 住客 房客 租客 承租人 出租人 业主 住户 村民 居民 ' +
  '农户 农民 养殖户 种植户 零售户 经营户 个体户 摊主 店主 房东 雇主 驾驶员 驾驶人 司机 车主 船员 轮机员 水手 船长 ' +
  '员工 职工 雇员 工人 雇工 帮工 学徒 临时工 农民工 劳动者 求职者 应聘者 务工人员 店员 营业员 收银员 服务员 保安 ' +
  '厨师 医生 医师 主治医师 主诊医生 护士 导诊员 药师 执业药师 教师 老师 授课人员 授课老师 招生老师 教练 经理 ' +
  '项目经理 总经理 副总经理 值班经理 店长 厂长 矿长 站长 主管 主任 总监 总监理工程师 工程师 技术员 安全员 爆破员 ' +
  '调度员 出纳 会计 财务人员 统计员 办税人员 经办人 保管员 管理员 专员 值班人员 维保人员 操作人员 施工人员 工作人员 ' +
  '销售人员 业务员 推销员 快递员 配送员 骑手 导游 领队 工头 包工头 组长 小组长 队长 班长 组织者 实际控制人 股东 ' +
  '合伙人 出资人 承包人 转让人 受让人 借款人 出借人 委托人 受托人 经纪人 代理人 委托代理人 法定代理人 监护人 ' +
  '担保人 联系人 收件人 寄件人 收货人 发货人 托运人 演员 成员 参演人员 主播 记者 律师 志愿者 候诊人员 被询问人 ' +
  '人员 采购商 供货商 供货人 买主 卖主 户主 货主 房主 船主 厂主 老板 老板娘 邻居 同事 同学 室友 工友 ' +
  '市民 老人 代表 乘车人 董事 监事 保姆 月嫂 护工 租户 幼儿 儿童 孕妇 产妇 学徒 徒弟 记账人 开户人 持卡人 姓名 ' +
  '表哥 表姐 表弟 表妹 堂哥 堂姐 堂弟 堂妹 外公 外婆 爷爷 奶奶 姥姥 姥爷 嫂子 弟媳 儿女 子女 孙女婿 ' +
  '朋友 网友 男友 女友 亲属 家属 亲戚 妻子 丈夫 爱人 老伴 前妻 前夫 儿子 女儿 母亲 父亲 继父 继母 养父 养母 ' +
  '岳父 岳母 公公 婆婆 叔叔 伯伯 舅舅 姑姑 阿姨 姨妈 哥哥 姐姐 弟弟 妹妹 配偶 孙子 孙女 外孙 儿媳 女婿 侄子 侄女 外甥 ' +
  '之妻 之夫 之子 之女 之父 之母 之侄 之妹 之弟 之兄 之姐 之叔 之伯 之舅 之姨 之姑 之婶 之孙 之甥 之婿 ' +
  '其子 其女 其妻 其夫 其母 其父 其兄 其弟 其姐 其妹 ' +
  '网管 帮厨 新郎 新娘 翻译 翻译人员 就餐者 就餐人员 接收者 收款人 户名 开户名';
/** Generic endings of roles (喷漆工, 装修户, 回收员, 施工方, 理发师 …): the name that follows must still pass. */
const ROLE_ENDINGS = '工 户 员 者 主 师 客 友 方 家 长 人';
/** Public officials' titles: the names after them are not third parties' (and the generic 长 must not fire). */
const OFFICIAL_TITLES = '局长 副局长 处长 科长 部长 厅长 市长 县长 区长 镇长 乡长 省长 主席 书记 队长助理';
/** Verbs whose object is a person other than the party (接到张三投诉, 雇请李四, 转售给王五); 的 may follow. */
const THIRD_PARTY_VERBS = '接到 雇请 雇佣 雇用 聘用 聘请 利用 转售给 售予 售给 卖给 出租给 租给 转租给 借给 交给 指派 名叫 名为 化名';
/**
 * Frames that name a person without a role: an opener, a name, and one of the words that must follow
 * (从张三处购进, 由李四负责, 向王五支付, 与赵六签订).
 */
const FRAMES: Record<string, string> = {
  从: '处 家 家中 住处 手中',
  在: '处 家 家中 住处',
  至: '处 家 家中 住处',
  由: '负责 组织 实施 提供 驾驶 保管 经营 操作 签字 签收 代为 转交 安排 指使 联系 带领 陪同 送往 送医 出具 收取 管理',
  与: '签订 约定 合伙 共同 协商 达成 发生 联系',
  向: '支付 转账 购买 购进 出售 销售 借款 借用 租用 发送 提供 索要 收取 推销 介绍 承诺 交付 退还 赔偿 转让 出借 求助',
  为: '实施 提供 办理 治疗 注射 安装 代办 出具 垫付',
  受: '委托 指使 雇佣 雇用 安排 指派',
};
/** Labels of the party line. */
const PARTY_ROLES = '当事人 被处罚人 违法行为人 被处罚单位 当事人名称 当事人姓名 被处罚人姓名 被处罚人名称 被检查人 被检查单位';
/** Labels of the legal representative (always public). */
const LEGAL_REPRESENTATIVE_ROLES = '法定代表人 法人代表 法定代表人姓名 法人代表姓名';
/**
 * Labels that name the party's own representative when they open a field of the party block: a branch's
 * 负责人, an individual business's 经营者 and a sole proprietorship's 投资人 (published like a 法定代表人);
 * in running text they are other people (从经营者王五处购进).
 */
const PARTY_BLOCK_REPRESENTATIVE_ROLES = '负责人 负责人姓名 经营者 经营者姓名 投资人 投资人姓名';
/** Labels that open the officer line at the end of a decision. */
const OFFICER_ROLES =
  '执法人员 承办人 承办人员 办案人员 监督员 卫生监督员 消防监督员 执法监督员 监察员 劳动保障监察员 专卖管理员 稽查人员 检查人员 调查人员';

/** Suffixes of organisations' names: a party named like this is not a natural person. */
const ORGANISATION_SUFFIX =
  /(?:公司|厂|店|部|中心|学校|学院|医院|诊所|合作社|事务所|协会|商行|超市|酒店|宾馆|饭店|餐厅|工作室|俱乐部|站|馆|社|所|场|队|局|院|园|行|城|会|集团|网吧|药房|门市|基地|农庄|牧场|作坊)$/;

/** A third party's name, found … (the reason and confidence of each way). */
const leakKind = (reason: string, confidence: number) => findingKind('third-party-name', 'leak', confidence, reason, Mask.Name);
const REPEATED_NAME = leakKind('repeatedName', 0.8);
const NAMED_BY_ROLE = leakKind('namedByRole', 0.85);
const NAMED_BY_VERB = leakKind('namedByVerb', 0.75);
const NAMED_IN_FRAME = leakKind('namedInFrame', 0.7);
const NAMED_AS_OWNER = leakKind('namedAsOwner', 0.7);
const NAME_BEFORE_CONTACT = leakKind('nameBeforeContact', 0.75);
const PARTY_NAME_AGAIN = leakKind('partyOwnName', 0.9);
const LISTED_BY_ROLE = leakKind('namedInList', 0.85);
const LISTED_BY_VERB = leakKind('namedInList', 0.75);
const LISTED_BEFORE_COUNT = leakKind('namedInList', 0.75);
const MASKED_NAME_SEEN = leakKind('maskedForm', 0.9);
const MASKED_NAME = findingKind('masked-name', 'masked', 0.9, 'maskedForm');
const PUBLIC_NAMES: Partial<Record<LookAlikeType, number>> = {
  'party-name': findingKind('party-name', 'public', 0.9, 'partyOwnName'),
  'legal-rep-name': findingKind('legal-rep-name', 'public', 0.9, 'publicRole'),
  'officer-name': findingKind('officer-name', 'public', 0.9, 'publicRole'),
};
const AGENCY_STAFF = findingKind('officer-name', 'public', 0.7, 'agencyStaff');
const LEGAL_REPRESENTATIVE = findingKind('legal-rep-name', 'public', 0.9, 'legalRepresentative');
const PARTY_NAME = findingKind('party-name', 'public', 0.9, 'partyOwnName');
const OFFICER_NAME = findingKind('officer-name', 'public', 0.9, 'officerName');

const FORWARD_WINDOW = 20_000;
/** The party block (当事人：… and its field lines) ends at the first blank line, or this far after its label. */
const PARTY_BLOCK_REACH = 600;
const BACKWARD_WINDOW = 6_000;

interface KnownName {
  name: string;
  keep: number;
  lastSeen: number;
}

/**
 * Names found in this scan, matched again wherever they recur: the KNOWN_NAME bit marks their first
 * characters and NAME_PAIR counts their first two, so the scan only looks up a name where one can start.
 */
export class NameRegistry {
  private readonly byPair = new Map<number, KnownName[]>();
  private readonly marked: number[] = [];

  register(state: ScanState, span: NameSpan): void {
    const { text } = state;
    const first = text.charCodeAt(span.start);
    const key = first * 65536 + text.charCodeAt(span.start + 1);
    let list = this.byPair.get(key);
    if (!list) {
      list = [];
      this.byPair.set(key, list);
    }
    const length = span.end - span.start;
    for (const known of list) {
      if (known.name.length === length && text.startsWith(known.name, span.start)) {
        known.lastSeen = Math.max(known.lastSeen, span.end);
        return;
      }
    }
    const name = text.slice(span.start, span.end);
    list.push({ name, keep: span.keep, lastSeen: span.end });
    NAME_PAIR[pairHash(first, text.charCodeAt(span.start + 1))]! += 1;
    if ((CHAR_CLASS[first]! & KNOWN_NAME) === 0) {
      CHAR_CLASS[first]! |= KNOWN_NAME;
      STOP[first]! |= Stop.KnownName;
      SCAN[first]! |= Scan.Now;
      this.marked.push(first);
    }
    // Earlier mentions in this decision (本局接到张三投诉 … 投诉人张三).
    const from = Math.max(state.documentStart, span.start - BACKWARD_WINDOW);
    for (let at = indexWithin(text, name, from, span.start); at >= 0; at = indexWithin(text, name, at + name.length, span.start)) {
      addThirdPartyName(state, { start: at, end: at + name.length, keep: span.keep, isMasked: false }, REPEATED_NAME, false);
    }
  }

  /** A known name starting at `index`, if any; names unseen for FORWARD_WINDOW characters are dropped. */
  matchAt(text: string, index: number): KnownName | undefined {
    const list = this.byPair.get(text.charCodeAt(index) * 65536 + text.charCodeAt(index + 1));
    if (!list) return undefined;
    for (let k = list.length - 1; k >= 0; k -= 1) {
      const entry = list[k]!;
      if (index - entry.lastSeen > FORWARD_WINDOW) {
        list.splice(k, 1);
        NAME_PAIR[pairHash(entry.name.charCodeAt(0), entry.name.charCodeAt(1))]! -= 1;
      } else if (text.startsWith(entry.name, index)) {
        return entry;
      }
    }
    return undefined;
  }

  /** Clears the dispatch marks this scan set. */
  release(): void {
    this.byPair.forEach((list) => {
      for (const entry of list) NAME_PAIR[pairHash(entry.name.charCodeAt(0), entry.name.charCodeAt(1))]! -= 1;
    });
    for (const code of this.marked) {
      CHAR_CLASS[code]! &= ~KNOWN_NAME;
      STOP[code]! &= ~Stop.KnownName;
      if (STOP[code] === 0) SCAN[code]! &= ~Scan.Now;
    }
    this.marked.length = 0;
    this.byPair.clear();
  }
}

/**
 * Adds a personal name: masked, public (party, representative, officer) or a third party's leak of kind `leak`;
 * returns whether it was a leak.
 */
export function addThirdPartyName(state: ScanState, span: NameSpan, leak: number, shouldRegister = true): boolean {
  const { text } = state;
  state.lastPersonEnd = Math.max(state.lastPersonEnd, span.end);
  if (span.isMasked) {
    state.addLookAlike(MASKED_NAME, span.start, span.end);
    return false;
  }
  const publicType = state.publicNameType(text, span.start, span.end);
  if (publicType) {
    state.add(PUBLIC_NAMES[publicType] ?? findingKind(publicType, 'public', 0.9, 'publicRole'), span.start, span.end);
    return false;
  }
  state.add(leak, span.start, span.end, span.keep);
  if (shouldRegister) state.names.register(state, span);
  return true;
}

const norm = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;
const COLON = 58;

/** Skips a label's colon, a bracketed aside (（负责人、经营者）) and spaces; returns the value's start. */
function skipLabelTail(text: string, index: number): number {
  let i = index;
  if (norm(text, i) === 40) {
    const close = closingBracket(text, i, 20);
    if (close > i) i = close + 1;
  }
  if (norm(text, i) === COLON) i += 1;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000) i += 1;
  return i;
}

function isAtLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 0x3000 && code !== 9) return false;
  }
  return true;
}

/** A field line: the label starts its line and a colon follows it (possibly after a bracketed aside). */
function isFieldLabel(text: string, match: WordMatch<unknown>): boolean {
  if (!isAtLineStart(text, match.start)) return false;
  const valueStart = skipLabelTail(text, match.end);
  for (let i = match.end; i < valueStart; i += 1) if (text.charCodeAt(i) === COLON || text.charCodeAt(i) === 0xff1a) return true;
  return false;
}

const FIELD_VALUE_END = codeSet('（(，,、 　\r\n：:；;');

/** The value of a field up to the next delimiter (bracket, comma, space, line end). */
function fieldValueEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < 60 && !isIn(FIELD_VALUE_END, text.charCodeAt(end))) end += 1;
  return end;
}

/** Where a bracketed aside starting at `index` ends ((联系电话：…)), or `index` when none starts there. */
function afterAside(text: string, index: number): number {
  if (norm(text, index) !== 40) return index;
  for (let i = index + 1; i < text.length && i - index < 60; i += 1) {
    if (norm(text, i) === 41) return i + 1;
    if (text[i] === '\n') break;
  }
  return index;
}

/**
 * Names after a role word: the first, then any joined to it by 、 和 及 与 (also after a bracketed aside:
 * 张三（联系电话：…）、李四). Returns the end of the first name, so the scan still reads the aside, or -1
 * when no name follows.
 */
function readNamesAfter(state: ScanState, from: number, leak: number, listed: number, context: NameContext): number {
  const { text } = state;
  // 投诉业主包括：罗秀英、何建华
  let i = text.startsWith('包括', from) ? from + 2 : from;
  const next = norm(text, i);
  if (next === COLON || next === 0x4e3a /* 为 */ || next === 0x662f /* 是 */ || (context === 'plain' && next === 0x7684) /* 的 */) i += 1;
  const first = readName(text, i, context);
  if (!first) return -1;
  if (isOfficerCertificateAfter(text, first.end)) return addOfficer(state, first);
  addThirdPartyName(state, first, leak);
  let end = first.end;
  for (;;) {
    const joinerAt = afterAside(text, end);
    const joiner = norm(text, joinerAt);
    const isJoiner = joiner === 0x3001 || joiner === 0x548c || joiner === 0x53ca || joiner === 0x4e0e; // 、 和 及 与
    if (!isJoiner) break;
    const more = readName(text, joinerAt + 1, context);
    if (!more || more.isMasked !== first.isMasked) break;
    addThirdPartyName(state, more, listed);
    end = more.end;
    if (joinerAt > first.end) break;
  }
  return joinerAtEnd(text, first.end, end);
}

const OFFICER_CERTIFICATE_WORDS = wordList('执法证 执法证号 执法证件号 监督证号');

/** 联系人：彭志远（执法证号：…）: whoever is named with an enforcement certificate is an officer. */
function isOfficerCertificateAfter(text: string, end: number): boolean {
  return norm(text, end) === 40 && OFFICER_CERTIFICATE_WORDS.hasMatchAt(text, end + 1);
}

/** An officer named outside the officer line: public, and the contact details on that line are the agency's. */
function addOfficer(state: ScanState, name: NameSpan): number {
  state.addPublicName(state.text.slice(name.start, name.end), 'officer-name');
  state.add(OFFICER_NAME, name.start, name.end);
  state.agencyLineStart = state.lineStart(name.start);
  state.agencyLineEnd = state.lineEnd(name.end);
  return name.end;
}

/** The first name's end when an aside follows it (the scan must still read the aside), else the list's end. */
function joinerAtEnd(text: string, firstEnd: number, listEnd: number): number {
  return afterAside(text, firstEnd) > firstEnd ? firstEnd : listEnd;
}

function inferPartyKind(name: string, label: string): ScanState['partyKind'] {
  if (label.includes('单位') || label.includes('名称')) return 'legal';
  const plain = name.replace(/[（(].*$/, '');
  if (ORGANISATION_SUFFIX.test(plain)) return 'legal';
  let hanCount = 0;
  for (let i = 0; i < plain.length; i += 1) if (isHan(plain.charCodeAt(i))) hanCount += 1;
  return hanCount >= 2 && (hanCount <= 4 || /[·・•]/.test(plain)) ? 'natural' : 'legal';
}

/**
 * A role word is often the tail of a longer one (其母亲): when no name follows, the scan moves on by one.
 * After the remedy clause the people named (联系人：…) are the agency's staff: public.
 */
const onThirdPartyRole: WordHandler = (state, match) => {
  if (state.isInFooter(match.start)) return onFooterContact(state, match);
  const end = readNamesAfter(state, match.end, NAMED_BY_ROLE, LISTED_BY_ROLE, match.word.length > 1 ? 'role' : 'weak');
  return end < 0 ? match.start + 1 : end;
};

const onThirdPartyVerb: WordHandler = (state, match) => {
  const end = readNamesAfter(state, match.end, NAMED_BY_VERB, LISTED_BY_VERB, 'plain');
  return end < 0 ? match.start + 1 : end;
};

const onOfficialTitle: WordHandler = (_state, match) => match.end;

const onFooterContact: WordHandler = (state, match) => {
  const start = skipLabelTail(state.text, match.end);
  const name = readName(state.text, start);
  if (!name || name.isMasked) return match.start + 1;
  state.addPublicName(state.text.slice(name.start, name.end), 'officer-name');
  state.add(AGENCY_STAFF, name.start, name.end);
  return name.end;
};

const FRAME_CLOSERS = new Map(Object.entries(FRAMES).map(([opener, closers]) => [opener, wordList(closers)]));

/** 从张三处, 由李四负责 …: a name between an opener and one of its closing words. */
const onFrameOpener: WordHandler = (state, match) => {
  const name = readName(state.text, match.end);
  if (!name || name.isMasked || !FRAME_CLOSERS.get(match.word)?.hasMatchAt(state.text, name.end)) return match.start + 1;
  addThirdPartyName(state, name, NAMED_IN_FRAME);
  return name.end;
};

/** 负责人, 经营者, 投资人: a field of the party block names the party's representative (public); elsewhere a third party. */
const onPartyBlockRepresentative: WordHandler = (state, match) => {
  if (isFieldLabel(state.text, match) && (state.isInPartyBlock(match.start) || state.partyBlockStart < 0)) return onLegalRepresentative(state, match);
  return onThirdPartyRole(state, match);
};

const onLegalRepresentative: WordHandler = (state, match) => {
  const { text } = state;
  const start = skipLabelTail(text, match.end);
  const name = readName(text, start);
  const end = name && !name.isMasked ? name.end : isFieldLabel(text, match) ? fieldValueEnd(text, start) : start;
  if (end > start) {
    state.addPublicName(text.slice(start, end), 'legal-rep-name');
    state.add(LEGAL_REPRESENTATIVE, start, end);
  }
  return Math.max(end, match.end);
};

const firstOrInfinity = (index: number) => (index < 0 ? Number.POSITIVE_INFINITY : index);

/** 当事人：张三 opens a decision's party block; 当事人张三 in the narrative is the party again. */
const onPartyRole: WordHandler = (state, match) => {
  const { text } = state;
  const next = norm(text, match.end);
  // The common case, 当事人 in the narrative followed by a verb, is settled by one look at the next character.
  if (NAME_FIRST[next] !== 1 && next !== COLON && next !== 40 && !isAtLineStart(text, match.start)) return match.end;
  if (!isFieldLabel(text, match)) {
    // Only the party's own name (or another public one) matters here.
    if (!state.mayStartPublicName(text, match.end)) return match.end;
    const name = readName(text, match.end);
    if (name && state.publicNameType(text, name.start, name.end)) {
      addThirdPartyName(state, name, PARTY_NAME_AGAIN, false);
      return name.end;
    }
    return match.end;
  }
  const start = skipLabelTail(text, match.end);
  const end = fieldValueEnd(text, start);
  const lineStart = state.lineStart(match.start);
  if (lineStart - state.partyBlockStart > 400 || state.partyBlockStart < 0) state.beginDecision(lineStart);
  // A blank line ends the block (\n\n, or \n\r\n in CRLF text).
  const reach = match.end + PARTY_BLOCK_REACH;
  const blankLine = Math.min(firstOrInfinity(indexWithin(text, '\n\n', match.end, reach)), firstOrInfinity(indexWithin(text, '\n\r\n', match.end, reach)));
  state.partyBlockStart = lineStart;
  state.partyBlockEnd = Math.min(blankLine, text.length, reach);
  if (end > start) {
    const name = text.slice(start, end);
    state.addPublicName(name, 'party-name');
    if (!state.isPartyKindGiven) state.partyKind = inferPartyKind(name, match.word);
    state.add(PARTY_NAME, start, end);
  }
  return Math.max(end, match.end);
};

const OFFICER_SEPARATORS = codeSet('、，, 　;；');

/** 执法人员：陈立（执法证号：…）、何佳怡（…）: officers' names are public; the line's numbers are certificates. */
const onOfficerLine: WordHandler = (state, match) => {
  const { text } = state;
  if (!isFieldLabel(text, match)) return match.end;
  const lineEnd = state.lineEnd(match.end);
  state.officerLineEnd = lineEnd;
  let i = skipLabelTail(text, match.end);
  while (i < lineEnd) {
    const end = fieldValueEnd(text, i);
    if (end > i && end - i <= 12) {
      state.addPublicName(text.slice(i, end), 'officer-name');
      state.add(OFFICER_NAME, i, end);
    }
    i = end;
    if (norm(text, i) === 40) {
      const close = closingBracket(text, i, lineEnd - i);
      i = close < 0 ? lineEnd : close + 1;
    }
    while (i < lineEnd && OFFICER_SEPARATORS[text.charCodeAt(i)] === 1) i += 1;
    if (i < lineEnd && !isHan(text.charCodeAt(i))) break;
  }
  return lineEnd;
};

/** 等3名 / 等十余人 / 等人: the names listed before it (张三、李四等5名工人) are people. */
const LIST_END = /^等(?:[\d０-９一二两三四五六七八九十百余多几]+(?:名|人|位|户)|人)/;

const onListEnd: WordHandler = (state, match) => {
  const { text } = state;
  if (!LIST_END.test(text.slice(match.start, match.start + 8))) return match.end;
  let end = match.start;
  const names: NameSpan[] = [];
  for (let k = 0; k < 12; k += 1) {
    const name = readNameEndingAt(text, end, state.lastPersonEnd);
    if (!name) break;
    names.push(name);
    if (norm(text, name.start - 1) !== 0x3001 /* 、 */) break;
    end = name.start - 1;
  }
  for (const name of names.reverse()) addThirdPartyName(state, name, LISTED_BEFORE_COUNT);
  return match.end;
};

/** 张三名下 (in someone's name): the owner of an account or property is a person. */
const onOwnership: WordHandler = (state, match) => {
  const name = readNameEndingAt(state.text, match.start, state.lastPersonEnd);
  if (name) addThirdPartyName(state, name, NAMED_AS_OWNER);
  return match.end;
};

/** 王某, 李某某, 赵*: a masked name wherever it is written (reported with `all`). */
const onMaskMark: WordHandler = (state, match) => {
  const { text } = state;
  if (state.lastPersonEnd > match.start) return match.end;
  for (const keep of [2, 1]) {
    const start = match.start - keep;
    const shape = start >= 0 ? nameStart(text, start) : undefined;
    if (!shape || shape.keep !== keep || start < state.lastPersonEnd) continue;
    const name = readName(text, start);
    if (name?.isMasked) {
      addThirdPartyName(state, name, MASKED_NAME_SEEN);
      return name.end;
    }
  }
  return match.end;
};

/** The words of this detector, for the scan's single dispatch table. */
export function nameWordEntries(): WordEntry[] {
  const beforeName = { isBeforeName: true };
  return [
    ...wordEntries(THIRD_PARTY_ROLES, onThirdPartyRole, beforeName),
    ...wordEntries(ROLE_ENDINGS, onThirdPartyRole, { guard: Guard.NameAfter, isBeforeName: true }),
    ...wordEntries(OFFICIAL_TITLES, onOfficialTitle),
    ...wordEntries(THIRD_PARTY_VERBS, onThirdPartyVerb, { isBeforeName: true, allowsDe: true }),
    ...wordEntries(Object.keys(FRAMES).join(' '), onFrameOpener, { guard: Guard.NameAfter, isBeforeName: true }),
    ...wordEntries('等', onListEnd, { guard: Guard.NumberAfter }),
    ...wordEntries('名下', onOwnership),
    ...wordEntries('某 *', onMaskMark, { guard: Guard.HanBefore }),
    ...wordEntries(PARTY_BLOCK_REPRESENTATIVE_ROLES, onPartyBlockRepresentative, beforeName),
    ...wordEntries(PARTY_ROLES, onPartyRole, beforeName),
    ...wordEntries(LEGAL_REPRESENTATIVE_ROLES, onLegalRepresentative, beforeName),
    ...wordEntries(OFFICER_ROLES, onOfficerLine, beforeName),
  ];
}

/** A known name at `index` (KNOWN_NAME dispatch): another mention of a third party. */
export function onKnownName(state: ScanState, index: number): number {
  const known = state.names.matchAt(state.text, index);
  if (!known) return index;
  const span: NameSpan = { start: index, end: index + known.name.length, keep: known.keep, isMasked: false };
  // Registered already: another mention only moves its last sighting.
  if (addThirdPartyName(state, span, REPEATED_NAME, false)) known.lastSeen = Math.max(known.lastSeen, span.end);
  return span.end;
}

const BEFORE_LABEL = codeSet('（(，,：: ');

/**
 * The name right before a contact label (童思雨，收款银行卡… ; 汪振宇，联系电话…): personal data there belongs
 * to that person. A name opening its line and followed by a colon is the party (蒲欣悦：（纳税人识别号…）).
 */
export function addNameBeforeLabel(state: ScanState, labelStart: number): void {
  const { text } = state;
  let end = labelStart;
  while (end > 0 && BEFORE_LABEL[text.charCodeAt(end - 1)] === 1) end -= 1;
  if (end === labelStart || state.lastPersonEnd >= end) return;
  const name = readNameBefore(text, end);
  if (!name) return;
  if (isAtLineStart(text, name.start) && norm(text, name.end) === COLON) {
    state.addPublicName(text.slice(name.start, name.end), 'party-name');
    if (!state.isPartyKindGiven) state.partyKind ??= 'natural';
  }
  addThirdPartyName(state, name, NAME_BEFORE_CONTACT);
}
