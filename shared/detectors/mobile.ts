// Mainland mobile numbers: 11 digits on a carrier prefix (13x, 145–149, 15x, 162/165–167, 170–178, 18x, 19x),
// often written 138 1234 5678, 138-1234-5678 or with +86. 138****5678 is the conventional masked form;
// hiding fewer than four digits still leaks the number.
import { hiddenCount, maskDigits } from './masking.ts';

/** Carrier prefixes 13x, 145–149, 15x (not 154), 162/165–167, 170–178, 18x, 19x (not 194), by second digit. */
const THIRD_DIGITS: Record<string, string> = { '3': '0123456789', '4': '56789', '5': '012356789', '6': '2567', '7': '012345678', '8': '0123456789', '9': '012356789' };

export type MobileAssessment = 'valid' | 'masked' | 'partial';

/** `chars`: the normalised significant characters (digits and '*') of a number token. */
export function assessMobile(chars: string): MobileAssessment | undefined {
  if (chars.length !== 11 || chars.charCodeAt(0) !== 49 /* 1 */) return undefined;
  const thirds = THIRD_DIGITS[chars[1]!];
  if (thirds === undefined || !thirds.includes(chars[2]!)) return undefined;
  if (!chars.includes('*')) return 'valid';
  return hiddenCount(chars) >= 4 ? 'masked' : 'partial';
}

/** First 3 + last 4 digits visible; a +86 prefix stays as written. */
export function maskMobile(value: string, prefixLength: number): string {
  return maskDigits(value, prefixLength > 0 ? 5 : 3, 4);
}
