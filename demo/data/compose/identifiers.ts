// Synthetic identifiers with valid check characters: 统一社会信用代码 (GB 32100, with the inner GB 11714
// organization code) and 执法证号 in the 11-digit provincial format. The region code 429901 is not an assigned
// administrative division: no identifier here belongs to anyone.
import type { Random } from './random.ts';

export const REGION_CODE = '429901';

const ORG_CODE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 check character of an 8-character organization code body. */
export function organizationCodeCheck(body: string): string {
  const sum = [...body].reduce((total, char, index) => total + ORG_CODE_CHARS.indexOf(char) * (ORG_CODE_WEIGHTS[index] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** GB 32100 check character of the first 17 characters. */
export function usccCheck(first17: string): string {
  const sum = [...first17].reduce((total, char, index) => total + USCC_CHARS.indexOf(char) * (USCC_WEIGHTS[index] ?? 0), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '0';
}

export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheck(code.slice(0, 17)) === code[17];
}

/**
 * A USCC: `prefix` is the registering authority and kind (11 机关, 91 企业, 92 个体工商户), then the region, a
 * GB 11714 organization code (8 characters + its check) and the GB 32100 check character.
 */
export function uscc(random: Random, prefix: '11' | '91' | '92'): string {
  const letters = 'ABCDEFGHJKLMNPQRTUWXY';
  const body = `MA${random.pick(['1', '2', '3', '4'])}${Array.from({ length: 5 }, () => random.pick([...`0123456789${letters}`])).join('')}`;
  const first17 = `${prefix}${REGION_CODE}${body}${organizationCodeCheck(body)}`;
  return `${first17}${usccCheck(first17)}`;
}

/** 执法证号: province 42, city 99, district 01, category digit, 4-digit serial (like 33010021001). */
export function certificateNumber(category: number, serial: number): string {
  return `429901${category}${String(serial).padStart(4, '0')}`;
}
