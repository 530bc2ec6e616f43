// Classifies each number the scan meets, once, in a fixed order: ID number (check digit, region, date),
// mobile, landline, bank card (Luhn), account by context. Look-alikes are classified too (USCC, serial numbers
// built like IDs, masked forms) so `all` can report them. Dates are noted for the minor check.
import { ACCOUNT_WORDS, AGENCY_ACCOUNT_WORDS, assessCard, isAccountShaped, isMaskedAccount } from './bank-account.ts';
import { isDigit, NORM } from './chars.ts';
import { isAgencyContact, labelBefore, type Label } from './contact-context.ts';
import { assessIdNumber, dateNumber } from './id-number.ts';
import { findingKind, Mask } from './finding-store.ts';
import { assessLandline, EXTENSION_WORDS } from './landline.ts';
import { noteBirthDate, noteStatedBirth } from './minor.ts';
import { assessMobile } from './mobile.ts';
import { codeChars, plainRunEnd, readNumberToken, truncateToken, type NumberToken } from './number-token.ts';
import { CONTEXT_WINDOW, type ScanState } from './scan-state.ts';
import { addNameBeforeLabel } from './third-party-name.ts';
import { isMaskedUscc, isValidUscc } from './uscc.ts';

const norm = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;

const SERIAL_LIKE_ID = findingKind('licence-number', 'public', 0.7, 'serialNumberLabel');
const ID_NUMBER = findingKind('id-number', 'leak', 0.99, 'checkDigitValid', Mask.Digits);
const LEGACY_ID_NUMBER = findingKind('id-number', 'leak', 0.85, 'legacyIdNumber', Mask.Digits);
const INVALID_ID_NUMBER = findingKind('invalid-id-number', 'public', 0.9, 'checkDigitInvalid');
const MASKED_ID_NUMBER = findingKind('masked-id-number', 'masked', 0.9, 'maskedForm');
const PARTIAL_ID_NUMBER = findingKind('id-number', 'leak', 0.9, 'partialMask', Mask.Digits);
const MASKED_MOBILE = findingKind('masked-mobile', 'masked', 0.9, 'maskedForm');
const AGENCY_MOBILE = findingKind('public-phone', 'public', 0.8, 'agencyContact');
const MOBILE = findingKind('mobile', 'leak', 0.95, 'mobileNumber', Mask.Mobile);
const PARTIAL_MOBILE = findingKind('mobile', 'leak', 0.85, 'partialMask', Mask.Mobile);
const MASKED_LANDLINE = findingKind('masked-landline', 'masked', 0.85, 'maskedForm');
const AGENCY_LANDLINE = findingKind('public-phone', 'public', 0.75, 'agencyContact');
const COMPANY_LANDLINE = findingKind('public-phone', 'public', 0.75, 'companyContact');
const LANDLINE = findingKind('landline', 'leak', 0.85, 'landlineNumber', Mask.Landline);
const MASKED_ACCOUNT = findingKind('masked-account', 'masked', 0.85, 'maskedForm');
const AGENCY_ACCOUNT = findingKind('agency-account', 'public', 0.8, 'agencyAccount');
const SERIAL_LIKE_CARD = findingKind('licence-number', 'public', 0.6, 'serialNumber');
const CERTIFICATE_NUMBER = findingKind('licence-number', 'public', 0.7, 'certificateNumber');
const USCC = findingKind('uscc', 'public', 0.95, 'usccCheckValid');
const MASKED_USCC = findingKind('masked-uscc', 'masked', 0.8, 'maskedForm');
/** A bank account by reason: [confidence 0.8, confidence 0.9 (a Luhn-valid card)]. */
const accountKinds = (reason: string) => [0.8, 0.9].map((confidence) => findingKind('bank-account', 'leak', confidence, reason, Mask.Account)) as [number, number];
const ACCOUNTS = { partialMask: accountKinds('partialMask'), luhnValidCard: accountKinds('luhnValidCard'), accountContext: accountKinds('accountContext') };
const YEAR = 0x5e74; // 年
const MONTH = 0x6708; // 月
const DAY = 0x65e5; // 日

/** Month or day (1–2 digits) at `from` followed by `unit`: value * 4 + length, or -1 (no allocation). */
function readDatePart(text: string, from: number, unit: number): number {
  let end = from;
  let value = 0;
  while (end < text.length && end - from < 2 && isDigit(text.charCodeAt(end))) {
    value = value * 10 + (norm(text, end) - 48);
    end += 1;
  }
  return end > from && norm(text, end) === unit ? value * 4 + (end - from) : -1;
}

function isPartyOwnNumber(state: ScanState, start: number): boolean {
  return state.partyKind !== 'legal' && state.partyKind !== 'other' && state.isInPartyBlock(start) && !state.isPersonInSentence(start);
}

/** Personal data attached to a name just before its label belongs to that person. */
function noteOwner(state: ScanState, label: Label | undefined): void {
  if (label) addNameBeforeLabel(state, label.start);
}

function classifyId(state: ScanState, token: NumberToken, label: Label | undefined): boolean {
  const assessment = assessIdNumber(token.chars, state.today);
  if (!assessment) return false;
  const { start, end } = token;
  switch (assessment.kind) {
    case 'valid': {
      // A legacy 15-digit number is an ID only when nothing says it is a serial or an account number.
      if (assessment.legacy && (label?.kind === 'serial' || label?.kind === 'account')) return false;
      // One serial number built like an ID in eleven passes the check by chance: its label (报告编号 …) says what it is.
      if (label?.kind === 'serial') {
        state.addLookAlike(SERIAL_LIKE_ID, start, end);
        return true;
      }
      noteOwner(state, label);
      const finding = state.add(assessment.legacy ? LEGACY_ID_NUMBER : ID_NUMBER, start, end, 6, assessment.legacy ? 3 : 4);
      if (isPartyOwnNumber(state, start)) noteBirthDate(state, finding, assessment.birth);
      return true;
    }
    case 'invalid-check':
      state.addLookAlike(INVALID_ID_NUMBER, start, end);
      return true;
    case 'masked':
      // 6 + 8 + 4 is also how cards are masked (first 6 + last 4): the label says which.
      state.addLookAlike(label?.kind === 'account' ? MASKED_ACCOUNT : MASKED_ID_NUMBER, start, end);
      return true;
    case 'partial': {
      noteOwner(state, label);
      const finding = state.add(PARTIAL_ID_NUMBER, start, end, 6, 4);
      if (assessment.birth !== undefined && isPartyOwnNumber(state, start)) noteBirthDate(state, finding, assessment.birth);
      return true;
    }
  }
}

function classifyMobile(state: ScanState, token: NumberToken, label: Label | undefined): boolean {
  const assessment = assessMobile(token.chars);
  if (!assessment) return false;
  const { start, end } = token;
  if (assessment === 'masked') {
    state.addLookAlike(MASKED_MOBILE, start, end);
  } else if (isAgencyContact(state, start) || label?.kind === 'hotline') {
    state.addLookAlike(AGENCY_MOBILE, start, end);
  } else {
    noteOwner(state, label);
    const prefix = token.hasCountryCode ? 2 : 0;
    state.add(assessment === 'partial' ? PARTIAL_MOBILE : MOBILE, start, end, prefix);
  }
  return true;
}

/** An extension written after the number (转802, 轉8012, 分机203); returns the new end. */
function extensionEnd(text: string, end: number): number {
  const word = EXTENSION_WORDS.matchAt(text, end);
  if (!word) return end;
  let i = word.end;
  while (i < text.length && i - word.end < 6 && isDigit(text.charCodeAt(i))) i += 1;
  return i > word.end ? i : end;
}

function classifyLandline(state: ScanState, token: NumberToken, label: Label | undefined): boolean {
  let assessment = assessLandline(token.chars, token.breaks);
  let subscriberEnd = token.end;
  let { end } = token;
  const lastBreak = token.breaks.at(-1);
  if (!assessment && lastBreak !== undefined && token.chars.length - lastBreak <= 5) {
    // 0571-87654321-802: the last group is an extension.
    assessment = assessLandline(token.chars.slice(0, lastBreak), token.breaks.slice(0, -1));
    subscriberEnd = token.groupEnds.at(-1) ?? token.end;
  }
  if (!assessment) return false;
  end = Math.max(end, extensionEnd(state.text, end));
  const { start } = token;
  const isPublic =
    isAgencyContact(state, start) ||
    label?.kind === 'hotline' ||
    ((state.partyKind === 'legal' || state.partyKind === 'other') && !state.isPersonInSentence(start) && label?.kind !== 'work-phone');
  if (assessment.kind === 'masked') {
    state.addLookAlike(MASKED_LANDLINE, start, end);
  } else if (isPublic) {
    state.addLookAlike(isAgencyContact(state, start) ? AGENCY_LANDLINE : COMPANY_LANDLINE, start, end);
  } else {
    noteOwner(state, label);
    state.add(LANDLINE, start, end, assessment.areaLength, subscriberEnd - start);
  }
  return true;
}

/**
 * Where the context of an account starts: its sentence, or, inside brackets (缴至…财政局指定账户（户名：…；
 * 开户行：…；账号：…）), the sentence the brackets open in, since the fields within are split by ；.
 */
function accountContextStart(state: ScanState, start: number): number {
  const { text } = state;
  const sentenceStart = state.sentenceStart(start);
  // Only a sentence cut by ； can be a field inside brackets (the common case needs no look further back).
  if (!FIELD_SEPARATORS.has(text.charCodeAt(sentenceStart - 1))) return sentenceStart;
  const limit = Math.max(0, start - CONTEXT_WINDOW);
  let depth = 0;
  for (let i = start - 1; i >= limit; i -= 1) {
    const code = norm(text, i);
    if (code === 41) depth += 1;
    else if (code === 40 && depth-- === 0) return state.sentenceStart(i);
    else if (code === 0x3002 || code === 10) break;
  }
  return sentenceStart;
}

const FIELD_SEPARATORS = new Set([0xff1b, 0x3b]); // ； ;

function isAgencyAccount(state: ScanState, start: number): boolean {
  return AGENCY_ACCOUNT_WORDS.occursIn(state.text, accountContextStart(state, start), start) || state.isInFooter(start);
}

function classifyAccount(state: ScanState, token: NumberToken, label: Label | undefined): boolean {
  const card = assessCard(token.chars);
  const { start, end } = token;
  if (!card && !isAccountShaped(token.chars)) return false;
  // The label right before decides; without one, an account word shortly before in the sentence.
  const hasAccountContext =
    label?.kind === 'account' || (label === undefined && ACCOUNT_WORDS.occursIn(state.text, Math.max(state.sentenceStart(start), start - ACCOUNT_CONTEXT_REACH), start));
  if (!card && !hasAccountContext) return false;
  if (!card && label?.kind === 'serial') return false;
  const isMasked = card === 'masked' || (!card && token.chars.includes('*') && isMaskedAccount(token.chars));
  if (isMasked) {
    state.addLookAlike(MASKED_ACCOUNT, start, end);
  } else if (isAgencyAccount(state, start)) {
    state.addLookAlike(AGENCY_ACCOUNT, start, end);
  } else if (card === 'card' && label?.kind === 'serial' && !hasAccountContext) {
    state.addLookAlike(SERIAL_LIKE_CARD, start, end);
  } else {
    noteOwner(state, label);
    const reason = card === 'partial' || (!card && token.chars.includes('*')) ? 'partialMask' : card === 'card' ? 'luhnValidCard' : 'accountContext';
    state.add(ACCOUNTS[reason][card === 'card' ? 1 : 0], start, end);
  }
  return true;
}

function classifyNumber(state: ScanState, token: NumberToken): boolean {
  const label = labelBefore(state.text, token.start);
  if (token.start < state.officerLineEnd || label?.kind === 'certificate' || label?.kind === 'postal') {
    state.addLookAlike(CERTIFICATE_NUMBER, token.start, token.end);
    return true;
  }
  // Only the detectors whose numbers have this length are asked.
  const length = token.chars.length;
  const startsWithZero = token.chars.charCodeAt(0) === 48;
  return (
    ((length === 15 || length === 18) && classifyId(state, token, label)) ||
    (length === 11 && !startsWithZero && classifyMobile(state, token, label)) ||
    (length >= 10 && length <= 17 && startsWithZero && classifyLandline(state, token, label)) ||
    classifyAccount(state, token, label)
  );
}

function classifyCode(state: ScanState, token: NumberToken): void {
  const chars = codeChars(state.text, token);
  if (isValidUscc(chars)) state.addLookAlike(USCC, token.start, token.end);
  else if (isMaskedUscc(chars)) state.addLookAlike(MASKED_USCC, token.start, token.end);
}

/** The shortest personal number: a company account of 9 digits (mobiles have 11, landlines 10–12). */
const MIN_PERSONAL_DIGITS = 9;

/** An account word is looked for this far before a number that has no label of its own. */
const ACCOUNT_CONTEXT_REACH = 60;

/** Lengths of a mobile, a landline, an ID and a card: the leading parts worth classifying alone. */
const PREFIX_LENGTHS = new Set([10, 11, 12, 15, 16, 17, 18, 19]);

/** Characters next to a digit run that make it more than a plain short number (separators, masks, codes, brackets, +). */
export function isNumberJoiner(code: number): boolean {
  const folded = NORM[code] ?? 0;
  return folded === 32 || folded === 45 || folded === 42 || folded === 43 || folded === 40 || folded === 41 || (folded >= 65 && folded <= 90) || (folded >= 97 && folded <= 122);
}

/** 2024年3月12日 read in place (the common case, without building a token). */
export function noteShortDate(state: ScanState, start: number, end: number): void {
  const { text } = state;
  if (norm(text, end) !== YEAR) return;
  let year = 0;
  for (let i = start; i < end; i += 1) year = year * 10 + (norm(text, i) - 48);
  const month = readDatePart(text, end + 1, MONTH);
  if (month < 0) return;
  const monthEnd = end + 2 + (month & 3);
  const day = readDatePart(text, monthEnd, DAY);
  if (day < 0) {
    // 出生年月：2008年3月: a birth month, taken as its first day (the oldest the person can be).
    const firstDay = dateNumber(year, month >> 2, 1);
    if (firstDay !== undefined) noteStatedBirth(state, start, monthEnd, firstDay);
    return;
  }
  const date = dateNumber(year, month >> 2, day >> 2);
  // A birth date is not a candidate for the decision date (the latest date written).
  if (date !== undefined && !noteStatedBirth(state, start, monthEnd + (day & 3) + 1, date)) state.noteDate(date);
}

/**
 * Dates, amounts, article numbers: up to 4 digits standing alone, settled without a call or an allocation;
 * returns where the scan continues, or -1 when the number needs onLongNumber.
 */
export function onShortNumber(state: ScanState, index: number): number {
  const { text } = state;
  let end = index + 1;
  while (end - index <= 4 && isDigit(text.charCodeAt(end))) end += 1;
  if (end - index > 4 || isNumberJoiner(text.charCodeAt(end)) || isNumberJoiner(text.charCodeAt(index - 1))) return -1;
  if (end - index === 4 && text.charCodeAt(end) === YEAR) noteShortDate(state, index, end);
  return end;
}

/** Handles the number whose first digit is at `index` when onShortNumber could not; returns where the scan continues. */
export function onLongNumber(state: ScanState, index: number): number {
  const { text } = state;
  // A plain run too short for any personal number (postal codes, short serials) needs no classification.
  const plainEnd = plainRunEnd(text, index);
  if (plainEnd >= 0 && plainEnd - index < MIN_PERSONAL_DIGITS) return plainEnd;
  const token = readNumberToken(text, index, plainEnd);
  if (token.kind === 'number' && token.chars.length < MIN_PERSONAL_DIGITS && token.breaks.length === 0 && !token.hasCountryCode) return token.end;
  if (token.kind === 'code') {
    if (token.end - token.start === 18 && state.isReportingAll) classifyCode(state, token);
    return Math.max(token.end, index + 1);
  }
  if (token.chars.length <= 4) return Math.max(token.end, index + 1);
  if (token.chars.length < 7 || classifyNumber(state, token)) return token.end;
  // Numbers written side by side (13909711428 0971-8132046): try the longest leading group shaped like a
  // phone, an ID or a card (accounts by context are not cut: their context belongs to the whole number).
  for (let k = token.breaks.length - 1; k >= 0; k -= 1) {
    if (PREFIX_LENGTHS.has(token.breaks[k]!) && classifyNumber(state, truncateToken(token, k))) return token.groupEnds[k] ?? token.end;
  }
  return token.end;
}
