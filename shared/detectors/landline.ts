// Fixed-line numbers: a trunk 0, an area code (010, 02x, or 0 + three digits) and a 7–8 digit subscriber
// number not starting with 0 or 1, optionally with an extension (转802, 轉8012, -802). The area code may be
// in brackets. Public hotlines (12345, 12315, 400-…) never match: they lack the trunk 0.
import { hiddenCount, maskDigits } from './masking.ts';
import { wordList } from './keywords.ts';

export type LandlineAssessment = { kind: 'valid' | 'masked'; areaLength: number };

/** Words that introduce an extension after the subscriber number. */
export const EXTENSION_WORDS = wordList('转 分机 - ext');

function areaLength(chars: string, breaks: readonly number[]): number {
  if (breaks[0] === 3 || breaks[0] === 4) return breaks[0];
  return chars[1] === '1' || chars[1] === '2' ? 3 : 4;
}

/** `chars`: significant characters of a number token; `breaks`: where separators stood. */
export function assessLandline(chars: string, breaks: readonly number[]): LandlineAssessment | undefined {
  if (!chars.startsWith('0') || chars.length < 10 || chars.length > 12) return undefined;
  const area = areaLength(chars, breaks);
  const areaCode = chars.slice(0, area);
  if (!/^0(?:10|2\d|[3-9]\d\d)$/.test(areaCode)) return undefined;
  const subscriber = chars.slice(area);
  if (subscriber.length < 7 || subscriber.length > 8) return undefined;
  if (!subscriber.includes('*')) return /^[2-9]/.test(subscriber) ? { kind: 'valid', areaLength: area } : undefined;
  return hiddenCount(subscriber) >= 3 ? { kind: 'masked', areaLength: area } : { kind: 'valid', areaLength: area };
}

/**
 * Area code (`areaLength` digits) and the last 4 digits of the subscriber number visible; an extension
 * (after `subscriberEnd`, a string offset) is hidden too.
 */
export function maskLandline(value: string, areaLength: number, subscriberEnd: number): string {
  const main = maskDigits(value.slice(0, subscriberEnd), areaLength, 4);
  return main + maskDigits(value.slice(subscriberEnd), 0, 0);
}
