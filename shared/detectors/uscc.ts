// Unified social credit codes (GB 32100): 18 characters from a 31-character alphabet, the last a check
// character. Public company data, reported as the look-alike `uscc` so an ID-shaped code is never a leak.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUW-Y]{18}$/;

/** Whether an upper-case 18-character code carries a valid GB 32100 check character. */
export function isValidUscc(code: string): boolean {
  if (!SHAPE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(code[i] ?? '') * (WEIGHTS[i] ?? 0);
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

/** A USCC-shaped code with some characters masked by '*' (e.g. 91540100MA6******8). */
export function isMaskedUscc(code: string): boolean {
  return code.length === 18 && code.includes('*') && /[A-HJ-NPQRTUW-Y]/.test(code) && /^[0-9A-HJ-NPQRTUW-Y*]{18}$/.test(code);
}
