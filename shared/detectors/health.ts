// A natural person's health (健康状况): diagnoses, injuries, pregnancy, disability, treatment. Found from a
// medical term (the anchor) back to the phrase that introduces it (诊断为, 患有, 因, 出现 …) in the same
// clause, and forward to the clause end or a word that closes the condition (接受, 前来, 期间 …). A clause
// that continues the condition (患有冠心病，已行心脏支架手术) joins it. Medical words that describe no one's
// health (病死猪, 伤亡事故, 消火栓, a law's title in 《》, a quoted advertisement) are not anchors.
import { codeSet, isIn } from './chars.ts';
import { WordIndex, wordList, type WordMatch } from './keywords.ts';
import { findingKind, Mask } from './finding-store.ts';
import { Guard } from './char-class.ts';
import { wordEntries, type WordEntry, type WordHandler } from './word-handler.ts';

const CONDITION_TERMS =
  '病 症 炎 癌 瘤 伤 瘫 痪 哮喘 气喘 疼痛 痛 骨折 骨裂 坏死 感染 衰竭 透析 化疗 放疗 手术 术后 糖尿 高血压 血压 ' +
  '过敏 抑郁 焦虑 痴呆 阿尔茨海默 帕金森 艾滋 乙肝 结核 下垂 突出 离断 损伤 溃疡 出血 休克 昏迷 昏厥 晕倒 晕厥 ' +
  '截肢 失明 失聪 残疾 伤残 智力障碍 精神障碍 精神分裂 阳性 照护 麻木 栓塞 梗死 梗阻 心梗 脑梗 卒中 中风 怀孕 妊娠 ' +
  '孕期 早孕 孕妇 孕 产妇 流产 偏瘫 瘫痪 失能 后遗症 心律失常 高原反应 中暑 中毒 脱臼 贫血 癫痫 近视 弱视 发育迟缓';
// Passing symptoms (呼吸困难, 不良反应) are not listed: decisions mention them about an incident, not as a
// person's health status; written as 出现…症状 they are caught by the closing term below.
/** Conditions that show a person's health wherever they are written (怀孕五个月, 瘫痪在床). */
const SELF_EVIDENT = new Set(['怀孕', '妊娠', '孕期', '早孕', '孕妇', '产妇', '瘫痪', '偏瘫', '截肢', '失明', '失聪', '失能']);
/** Written after the condition it closes (出现呕吐、腹泻症状): the condition is what precedes it. */
const CLOSING_TERMS = '症状 等症状';
/** Words containing an anchor character that say nothing about a person's health. */
const NOT_CONDITIONS =
  '病情 病死 病害 病虫 病媒 疫病 病历 病例 病房 病床 病区 病原 病毒 毛病 通病 弊病 伤亡 伤害 炎热 症状 消火栓 防疫 ' +
  '疾控 传染病 职业病 突出问题 较为突出 突出位置 过敏原 出血点 手术室 手术刀 血压计 血压仪 阳性率 感染率 压伤 疾病事件';

const HEALTH = findingKind('health', 'leak', 0.7, 'healthCondition', Mask.Health);
const HEALTH_BEFORE_SYMPTOMS = findingKind('health', 'leak', 0.65, 'healthCondition', Mask.Health);

const CONDITION_INDEX = wordList(CONDITION_TERMS);
const NOT_CONDITION_INDEX = wordList(NOT_CONDITIONS);

type Trigger = 'before' | 'include' | 'none';
/** Phrases that introduce a condition. `before`: the span starts after them; `include`: at them. */
const TRIGGERS = new WordIndex<Trigger>([
  ...['诊断为', '诊断出', '诊断', '确诊为', '确诊', '鉴定为', '评定为', '诊断结论为', '因', '其因', '出现', '致其', '导致', '引起', '注明', '系', '以', '在其', '自述', '称其', '伴有', '引发', '患上'].map((word) => [word, 'before'] as const),
  ...['患有', '患', '罹患', '既往', '长期患有'].map((word) => [word, 'include'] as const),
  // Words that contain a trigger but introduce nothing.
  ...['患者', '以及', '可以', '予以', '以上', '以下', '所以', '以来', '以内', '以外', '以前', '以后', '以便', '联系', '关系', '系统', '体系', '系列', '原因', '因此', '因素', '出现场']
    .map((word) => [word, 'none'] as const),
]);
/** Reused by the lookups below (read at once, never kept). */
const TRIGGER: WordMatch<Trigger> = { word: '', payload: 'none', start: 0, end: 0 };
const EXCLUDED: WordMatch<true> = { word: '', payload: true, start: 0, end: 0 };

/** Words that close the condition phrase (the span ends before them). */
const CLOSERS = wordList('接受 前来 期间 为由 症状 办理 患者 在被 入院 来院 就诊 经医院 经救治 送医 送往 的 前往 而 时');

const CLAUSE_END = codeSet('，,。；;\n！？：:');
const QUOTES = codeSet('“”"《》');
/** A trigger is looked for at most this far before its anchor. */
const TRIGGER_REACH = 30;
const MAX_CLAUSES = 3;

function clauseStart(text: string, index: number): number {
  const limit = Math.max(0, index - TRIGGER_REACH);
  for (let i = index - 1; i >= limit; i -= 1) if (isIn(CLAUSE_END, text.charCodeAt(i))) return i + 1;
  return limit;
}

function clauseEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && end - index < 120 && !isIn(CLAUSE_END, text.charCodeAt(end))) end += 1;
  return end;
}

function hasQuoteBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (isIn(QUOTES, text.charCodeAt(i))) return true;
  return false;
}

/** Where the condition introduced before `anchor` starts, or -1 when nothing introduces it. */
function conditionStart(text: string, anchor: number): number {
  const from = clauseStart(text, anchor);
  let start = -1;
  for (let i = from; i < anchor; i += 1) {
    if (!TRIGGERS.matchInto(text, i, TRIGGER)) continue;
    if (TRIGGER.payload !== 'none' && TRIGGER.end <= anchor) start = TRIGGER.payload === 'include' ? TRIGGER.start : TRIGGER.end;
    i = TRIGGER.end - 1;
  }
  return start >= 0 && !hasQuoteBetween(text, start, anchor) ? start : -1;
}

/** End of the condition from `from`: a closing word or the clause end. */
function conditionEnd(text: string, from: number): number {
  const end = clauseEnd(text, from);
  const closer = CLOSERS.findIn(text, from, end);
  return closer ? closer.start : end;
}

/**
 * Whether the clause text[from, to) continues a condition: it names one, and introduces neither a new one
 * nor a person (those the scan finds on its own).
 */
function continuesCondition(text: string, from: number, to: number): boolean {
  if (hasQuoteBetween(text, from, to)) return false;
  for (let i = from; i < to; i += 1) {
    if (TRIGGERS.matchInto(text, i, TRIGGER) && (TRIGGER.payload !== 'none' || TRIGGER.word === '患者')) return false;
  }
  for (let i = from; i < to; i += 1) {
    if (NOT_CONDITION_INDEX.matchInto(text, i, EXCLUDED)) {
      i = EXCLUDED.end - 1;
      continue;
    }
    if (CONDITION_INDEX.hasMatchAt(text, i)) return true;
  }
  return false;
}

/** 病史 named as a kind of data (既往病史等信息, “既往病史”为必填项, 既往病史“无”): no one's health. */
const AFTER_HISTORY_AS_FIELD = wordList('等 为 信息 、 的 数据 “无” ”为 ”设 ”等 ”列为 ”作为');

function isHistoryAsField(text: string, match: WordMatch<unknown>): boolean {
  return text.startsWith('病史', match.start) && AFTER_HISTORY_AS_FIELD.hasMatchAt(text, match.start + 2);
}

/** 5名就餐者…出现呕吐、腹泻症状: symptoms of a counted group (of two or more; 一名患者 is one person), not of a person. */
const GROUP_COUNT = /(?:[2-9２-９]|[\d０-９]{2,}|[二两三四五六七八九十百][一二两三四五六七八九十百]*)(?:名|人|位)[^，,。；;]{0,20}$/;

function isGroupSymptom(text: string, introduced: number): boolean {
  return GROUP_COUNT.test(text.slice(clauseStart(text, introduced), introduced));
}

const onConditionTerm: WordHandler = (state, match) => {
  const { text } = state;
  if (isHistoryAsField(text, match)) return match.start + 2;
  const introduced = SELF_EVIDENT.has(match.word) ? Math.max(conditionStart(text, match.start), match.start) : conditionStart(text, match.start);
  if (introduced < 0 || isGroupSymptom(text, introduced)) return match.end;
  // Never swallow a name found just before (患者张三家属要求…): the condition starts after it.
  const start = state.lastPersonEnd > introduced && state.lastPersonEnd <= match.start ? state.lastPersonEnd : introduced;
  let end = conditionEnd(text, match.end);
  for (let clauses = 1; clauses < MAX_CLAUSES && (text[end] === '，' || text[end] === ','); clauses += 1) {
    const nextEnd = clauseEnd(text, end + 1);
    if (!continuesCondition(text, end + 1, nextEnd)) break;
    end = nextEnd;
  }
  while (end > start && ' 　'.includes(text[end - 1]!)) end -= 1;
  if (end <= start) return match.end;
  state.add(HEALTH, start, end);
  return end;
};

/** 出现呕吐、腹泻症状: the condition is what the trigger introduces before 症状. */
const onClosingTerm: WordHandler = (state, match) => {
  const { text } = state;
  const introduced = conditionStart(text, match.start);
  if (introduced < 0) return match.end;
  if (isGroupSymptom(text, introduced)) return match.end;
  const start = Math.max(introduced, state.lastPersonEnd);
  if (start >= match.start || text.slice(start, match.start).trim() === '') return match.end;
  const { findings } = state;
  const last = findings.length - 1;
  if (last >= 0 && findings.typeOf(last) === 'health' && findings.endOf(last) > start) return match.end;
  state.add(HEALTH_BEFORE_SYMPTOMS, start, match.start);
  return match.end;
};

const skipWord: WordHandler = (_state, match) => match.end;

/** The words of this detector, for the scan's single dispatch table. */
export function healthWordEntries(): WordEntry[] {
  return [
    ...wordEntries(CONDITION_TERMS, onConditionTerm, { guard: Guard.Always }),
    ...wordEntries(NOT_CONDITIONS.split(' ').filter((word) => !CLOSING_TERMS.includes(word)).join(' '), skipWord),
    ...wordEntries(CLOSING_TERMS, onClosingTerm),
  ];
}

