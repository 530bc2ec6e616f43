// Chinese numerals as regulations number articles and sections (一 … 九十九).
const DIGITS = '零一二三四五六七八九';

/** 三十五 → 35; undefined for anything else. Covers 1–99, which is all the regulations use. */
export function fromChineseNumeral(numeral: string): number | undefined {
  if (/^[一二三四五六七八九]$/.test(numeral)) return DIGITS.indexOf(numeral);
  const match = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return undefined;
  const [, tensDigit = '', unitDigit = ''] = match;
  return (tensDigit ? DIGITS.indexOf(tensDigit) : 1) * 10 + (unitDigit ? DIGITS.indexOf(unitDigit) : 0);
}

/** 35 → 三十五 (1–99). */
export function toChineseNumeral(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return DIGITS[units] ?? '';
  return `${tens > 1 ? DIGITS[tens] : ''}十${units ? DIGITS[units] : ''}`;
}
