// The least work any scan must do on the bench corpus to return what issue 3 asks for, timed beside scan()
// (runs in Node and in Chromium: no Node imports). Two parts, each done the cheapest way we know:
//   - finding every run of digits (any of them may be an ID, a phone or an account): V8's regex engine, which
//     compiles /[0-9０-９]+/g to machine code and beats a charCodeAt loop at this;
//   - building the returned findings, one object per leak with its value and masked strings (the issue's
//     {type, start, end, value, masked, confidence, reason}), with the cheapest mask (first 3 + **** + last 4).
// Classifying the numbers, reading context words, names, addresses and health terms is not in the floor.
import type { Finding } from '../../shared/detectors/types.ts';

const DIGIT_RUN = /[0-9０-９]+/g;

/** Finds every run of digits; returns a checksum so the work cannot be optimised away. */
export function findDigitRuns(text: string): number {
  DIGIT_RUN.lastIndex = 0;
  let sum = 0;
  for (let match = DIGIT_RUN.exec(text); match !== null; match = DIGIT_RUN.exec(text)) sum = (sum + match.index + match[0].length) | 0;
  return sum;
}

/** Builds, for each finding's span, the object scan() returns (the spans come from a scan made beforehand). */
export function buildFindings(text: string, spans: readonly Finding[]): Finding[] {
  const built: Finding[] = [];
  for (const { type, classification, start, end, confidence, reason } of spans) {
    const value = text.slice(start, end);
    built.push({ type, classification, start, end, value, masked: `${value.slice(0, 3)}****${value.slice(-4)}`, confidence, reason });
  }
  return built;
}

/** The time the throughput targets allow one scan: the stricter of 1.5× @redactpii/node and 25 % of the loop. */
export function budgetMs(redactpiiMs: number, loopMs: number): number {
  return Math.min(redactpiiMs / 1.5, loopMs / 0.25);
}
