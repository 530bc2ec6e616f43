// A natural person's home address below district level (路/街/巷/弄/号/栋/幢/单元/室/村/组 …) after 住址,
// 家庭住址, 现住址, 户籍地 …; 住所 is a home only when the party is a natural person (a company's 住所 and
// 经营场所 are public); a bare 地址 is a home only when a person is named earlier in its sentence (收件人张三，
// 电话…，地址…) or in a natural-person party's block, never for a company or in the agency's footer. 某某小区 and addresses cut to
// district level are already masked.
import { closingBracket, codeSet, isDigit, isIn, NORM } from './chars.ts';
import { wordList } from './keywords.ts';
import { findingKind, Mask } from './finding-store.ts';
import type { ScanState } from './scan-state.ts';
import { wordEntries, type WordEntry, type WordHandler } from './word-handler.ts';

const HOME_LABELS =
  '住址 家庭住址 现住址 现住 现居住地 现居住 居住地 居住地址 家庭地址 户籍地 户籍地址 户籍所在地 户籍 收货地址 收件地址 送货地址 ' +
  '家住 住在 居住在 暂住地 暂住 经常居住地';
/** A level below the district: an address without one reveals nothing beyond the district. */
const BELOW_DISTRICT = wordList('路 街 巷 弄 号 栋 幢 室 村 组 社 队 楼 院 单元 小区 大厦 公寓 花园 广场 新村 家园 苑');
const MASKED = wordList('某 *');
/** Administrative levels: an address written without a colon must name one near its start. */
const ADMINISTRATIVE = wordList('省 市 区 县 镇 乡 村 旗 州 盟 街道');
const ADMINISTRATIVE_REACH = 12;
const VALUE_END = codeSet('，,。；;\r\n）)、　 ');
/** Words that end an address written inline (住址北京市…501及诊断…). */
const VALUE_STOP = codeSet('及的等并');
const MAX_ADDRESS = 80;

const MASKED_ADDRESS = findingKind('masked-address', 'masked', 0.8, 'maskedForm');
const HOME_ADDRESS = findingKind('home-address', 'leak', 0.85, 'contextHomeAddress', Mask.Address);
const AGENCY_ADDRESS = findingKind('agency-address', 'public', 0.7, 'publicAddress');
const BUSINESS_ADDRESS = findingKind('business-address', 'public', 0.7, 'publicAddress');

/** Whether a colon ends the label (住址：…, 住所（住址）：…), as opposed to an address written inline (住址北京市…). */
function hasColonAfter(text: string, from: number): boolean {
  let i = from;
  if (NORM[text.charCodeAt(i)] === 40) {
    const close = closingBracket(text, i, 8);
    if (close > i) i = close + 1;
  }
  return NORM[text.charCodeAt(i)] === 58;
}

function valueStart(text: string, from: number): number {
  let i = from;
  const code = NORM[text.charCodeAt(i)];
  if (code === 40) {
    const close = closingBracket(text, i, 8);
    if (close > i) i = close + 1;
  }
  if (NORM[text.charCodeAt(i)] === 58) i += 1;
  while (text[i] === ' ' || text[i] === '　') i += 1;
  return i;
}

function valueEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < MAX_ADDRESS) {
    const code = text.charCodeAt(end);
    if (isIn(VALUE_END, code) || (isIn(VALUE_STOP, NORM[code] ?? 0) && end > from + 4)) break;
    end += 1;
  }
  return end;
}

/** Whether digits follow the first mask in text[start, end): 某小区7号楼2单元601 still shows the flat. */
function showsNumbersAfterMask(text: string, start: number, end: number): boolean {
  const mask = MASKED.findIn(text, start, end);
  if (!mask) return false;
  for (let i = mask.end; i < end; i += 1) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

function addAddress(state: ScanState, start: number, end: number, isHome: boolean, hasColon: boolean): number {
  if (end - start < 6) return end;
  const { text } = state;
  if (!hasColon && !ADMINISTRATIVE.occursIn(text, start, Math.min(end, start + ADMINISTRATIVE_REACH))) return end;
  if (MASKED.occursIn(text, start, end) && !showsNumbersAfterMask(text, start, end)) {
    state.addLookAlike(MASKED_ADDRESS, start, end);
  } else if (!BELOW_DISTRICT.occursIn(text, start, end)) {
    return end;
  } else if (isHome) {
    state.add(HOME_ADDRESS, start, end);
  } else {
    state.add(state.isInFooter(start) ? AGENCY_ADDRESS : BUSINESS_ADDRESS, start, end);
  }
  return end;
}

const onHomeLabel: WordHandler = (state, match) => {
  const { text } = state;
  // 住所（住址）：… is one label: the outer word decides.
  if (NORM[text.charCodeAt(match.start - 1)] === 40 && /住所|地址/.test(text.slice(match.start - 3, match.start - 1))) return match.end;
  const start = valueStart(text, match.end);
  return addAddress(state, start, valueEnd(text, start), !state.isInFooter(match.start), hasColonAfter(text, match.end));
};

/**
 * 住 right after a comma or an opening bracket introduces a home written inline (…公民身份号码…，住浙江省绍兴市…;
 * 罗秀英（住翠屏区…）); brackets in normalised form (（ folds to ASCII). The address must
 * name an administrative level near its start, so 住院 and 住宿 are not read.
 */
const INLINE_HOME_MARKERS = '，住 ,住 (住';
const NOT_INLINE_HOME = new Set([...'所址'].map((character) => character.charCodeAt(0)));

const onInlineHome: WordHandler = (state, match) => {
  const start = match.end;
  // ，住所：… and ，住址：… are labels of their own, read from the next character.
  if (NOT_INLINE_HOME.has(state.text.charCodeAt(start))) return match.start + 1;
  if (state.isInFooter(match.start)) return match.end;
  if (!ADMINISTRATIVE.occursIn(state.text, start, start + ADMINISTRATIVE_REACH)) return match.end;
  return addAddress(state, start, valueEnd(state.text, start), true, false);
};

/** 住所: a natural person's home; a company's registered address (public). */
const onResidence: WordHandler = (state, match) => {
  const start = valueStart(state.text, match.end);
  const isHome = state.isNaturalParty && !state.isInFooter(match.start);
  return addAddress(state, start, valueEnd(state.text, start), isHome, hasColonAfter(state.text, match.end));
};

/** Words that make the 地址 after them a business's (诊所地址, 门店地址, 经营地址), even in a person's party block. */
const BUSINESS_BEFORE_ADDRESS = wordList('诊所 门诊部 店 门店 商店 公司 单位 工作单位 企业 厂 工厂 经营 营业 注册 办公 机构 药房 作坊 摊位');

/** 地址: a home when a person is named earlier in the sentence, or in a natural-person party's block. */
const onAddress: WordHandler = (state, match) => {
  const start = valueStart(state.text, match.end);
  const isPersonal =
    !BUSINESS_BEFORE_ADDRESS.matchEndingAt(state.text, match.start) &&
    (state.isPersonInSentence(match.start) || (state.isNaturalParty && state.isInPartyBlock(match.start)));
  const isHome = isPersonal && !state.isInFooter(match.start);
  return addAddress(state, start, valueEnd(state.text, start), isHome, hasColonAfter(state.text, match.end));
};

/** The words of this detector, for the scan's single dispatch table. */
export function addressWordEntries(): WordEntry[] {
  return [
    ...wordEntries(HOME_LABELS, onHomeLabel),
    ...wordEntries(INLINE_HOME_MARKERS, onInlineHome),
    ...wordEntries('住所', onResidence),
    ...wordEntries('地址 联系地址', onAddress),
  ];
}
