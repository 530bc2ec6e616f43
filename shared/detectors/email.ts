// E-mail addresses, found from their @ outwards (no regex over the whole text). A masked local part
// (t***@163.com) is recognised as masked; mailboxes on government domains are public.
import { NORM } from './chars.ts';

export interface EmailSpan {
  start: number;
  end: number;
  isMasked: boolean;
  isGovernment: boolean;
}

const norm = (text: string, index: number): number => NORM[text.charCodeAt(index)] ?? 0;
const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLocalChar = (code: number): boolean => isAlnum(code) || code === 46 || code === 95 || code === 45 || code === 43 || code === 37 || code === 42;
const isDomainChar = (code: number): boolean => isAlnum(code) || code === 46 || code === 45;

/** The address around the @ at `at`, or undefined when it is not one. */
export function readEmail(text: string, at: number): EmailSpan | undefined {
  let start = at;
  while (start > 0 && at - start < 64 && isLocalChar(norm(text, start - 1))) start -= 1;
  while (start < at && !isAlnum(norm(text, start)) && norm(text, start) !== 42) start += 1;
  let end = at + 1;
  while (end < text.length && end - at < 255 && isDomainChar(norm(text, end))) end += 1;
  while (end > at + 1 && !isAlnum(norm(text, end - 1))) end -= 1;
  if (start === at || end === at + 1) return undefined;
  const domain = text.slice(at + 1, end).toLowerCase();
  const lastDot = domain.lastIndexOf('.');
  if (lastDot <= 0 || !/^[a-z]{2,}$/.test(domain.slice(lastDot + 1))) return undefined;
  const local = text.slice(start, at);
  return { start, end, isMasked: /[*＊]/.test(local), isGovernment: /(?:^|\.)gov\.cn$/.test(domain) };
}
