// Browser side of bench/scan.bench.ts (bundled into a page by pageWithModule; no Node imports): the same
// corpus, scan(), @redactpii/node, the charCodeAt loop and the scan's floor (scan-floor.ts), each timed
// inside the page.
import { Redactor } from '@redactpii/node';
import { scan } from '../../shared/detectors/scan.ts';
import { medianMs, sumCharCodes } from './char-codes.ts';
import { generateDecisionCorpus } from './decision-corpus.ts';
import { buildFindings, findDigitRuns } from './scan-floor.ts';

export interface ScanTimings {
  chars: number;
  leaks: number;
  scanMs: number;
  redactpiiMs: number;
  loopMs: number;
  digitRunsMs: number;
  findingsMs: number;
}

export function scanTimings(size: number, runs = 15): ScanTimings {
  const text = generateDecisionCorpus({ size });
  const redactor = new Redactor();
  // The references first, on a heap the scan has not yet filled: @redactpii/node's regular expressions run up
  // to 1.6× slower after it, which would flatter the scan.
  const redactpiiMs = medianMs(() => redactor.redact(text), runs);
  const loopMs = medianMs(() => sumCharCodes(text), runs);
  const leaks = scan(text);
  return {
    chars: text.length,
    leaks: leaks.length,
    scanMs: medianMs(() => scan(text), runs),
    redactpiiMs,
    loopMs,
    digitRunsMs: medianMs(() => findDigitRuns(text), runs),
    findingsMs: medianMs(() => buildFindings(text, leaks), runs),
  };
}
