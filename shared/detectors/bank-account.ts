// Bank cards and accounts (hz-gs 10(2): of people and of companies). A card is 16–19 digits with a valid Luhn
// digit; any other account number is recognised by its context (账号, 卡号, 开户行 …). The fine-payment
// account of the agency or the treasury (户名：…财政局, 非税收入, 缴纳罚款) is public.
import { hiddenCount, maskDigits, significantCount } from './masking.ts';
import { wordList } from './keywords.ts';

/** Words in the same sentence that make a number an account number. */
export const ACCOUNT_WORDS = wordList(
  '账号 帐号 卡号 账户 帐户 银行卡 开户行 开户银行 开户 银行账户 银行账号 收款账户 对公账户 社会保障卡 存款账户 结算账户',
);
/** Words in the same sentence that make an account the agency's or the treasury's payment account. */
export const AGENCY_ACCOUNT_WORDS = wordList('财政 非税 国库 罚没 缴纳 缴至 缴入 汇缴 收缴 代收 缴款');

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i -= 1, double = !double) {
    let value = digits.charCodeAt(i) - 48;
    if (double) value = value > 4 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

export type CardAssessment = 'card' | 'masked' | 'partial';

/** A card number: 16–19 digits, Luhn-valid, on an issuer prefix (3 JCB/Amex, 4 Visa, 5 Mastercard, 6 UnionPay). */
export function assessCard(chars: string): CardAssessment | undefined {
  if (chars.length < 16 || chars.length > 19 || !/^[3-6]/.test(chars)) return undefined;
  if (!chars.includes('*')) return isLuhnValid(chars) ? 'card' : undefined;
  return isMaskedAccount(chars) ? 'masked' : 'partial';
}

/** Masked when at least half the digits are hidden (6217 **** **** 3309); fewer still leak the account. */
export function isMaskedAccount(chars: string): boolean {
  return hiddenCount(chars) * 2 >= significantCount(chars);
}

/** An account number of plausible length (company accounts run from 9 to 25 digits). */
export function isAccountShaped(chars: string): boolean {
  return chars.length >= 9 && chars.length <= 25 && /^[\d*]+$/.test(chars) && /\d/.test(chars);
}

/** At most the first 4 and last 4 digits visible, and never more than half of them. */
export function maskAccount(value: string): string {
  const keep = Math.min(4, Math.floor(significantCount(value) / 4));
  return maskDigits(value, keep, keep);
}
