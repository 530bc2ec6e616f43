// Every requirement of requirements.md (shared/law/requirements.md) as data, in its order. Metadata lives
// only here; rules are thin functions over Snapshots and messages are looked up by id. A meta test
// (test/node/catalogue.test.ts) compares this table with requirements.md cell by cell.
import type { CatalogueEntry, Cite, DocumentId } from './types.ts';

/**
 * Parses requirements.md's way of citing: "hz-gs 6(1); zc 10 ¶2; hz-sh 9, 11, 13; wh-gs 5(4) (有效期)" — one
 * cite per article (9, 11, 13 are three), keeping a remark in brackets as the cite's note.
 */
export function cites(written: string): Cite[] {
  return written.split(';').flatMap((part) => {
    const match = /^(\S+) (.+?)(?: \(([^()]*)\))?$/u.exec(part.trim());
    if (!match) throw new Error(`unreadable citation: ${part}`);
    return match[2]!.split(',').map((article) => {
      const cite: Cite = { doc: match[1] as DocumentId, article: article.trim() };
      if (match[3] !== undefined) cite.note = match[3];
      return cite;
    });
  });
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  // 事前公开 (pre-event)
  { id: 'agency-identity', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(1); zc 10; hb (四); qp 二(一)2; wh-gs 5') },
  { id: 'entrusted-organization', phase: 'pre', severity: 'required', profiles: ['zc', 'hz'], automatable: true,
    cites: cites('zc 10 ¶2; hz-gs 6(3)') },
  { id: 'officer-list', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(1); zc 11; wh-gs 5(4); hb (四); qp 二(一)2') },
  { id: 'officer-credential-valid', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('wh-gs 5(4) (有效期); sd 二(一)2 (no one without 执法资格 may handle cases); hb (二十二) (annual certificate review)') },
  { id: 'duties-authority', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(2); wh-gs 5(2); hb (四); qp 二(一)2') },
  { id: 'legal-basis', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(3); wh-gs 5(1); zc 12; hb (四)') },
  { id: 'discretion-benchmark', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(3); wh-gs 5(1); zc 12; hb (四); qp 二(一)2') },
  { id: 'procedure-flowchart', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(4); zc 14; hb (四); qp 二(一)2; wh-gs 5(3)') },
  { id: 'service-guide', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(4); zc 15; hb (四); qp 二(一)2') },
  { id: 'power-responsibility-list', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(5); zc 12; hb (四); qp 二(一)') },
  { id: 'random-inspection-list', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(5); zc 13; hb (四); qp 二(一)2') },
  { id: 'remedy', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 6(6); wh-gs 5(6); zc 15; qp 二(一)2') },
  { id: 'complaint-channel', phase: 'pre', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('wh-gs 5(7); hz-gs 7(3); hb (五)') },
  { id: 'legal-review-catalogue', phase: 'pre', severity: 'advisory', profiles: ['baseline'], automatable: true,
    cites: cites('hz-sh 8; zc 51; qp 二(三)3; hb (十二)') },
  { id: 'legal-review-flowchart', phase: 'pre', severity: 'advisory', profiles: ['hz', 'wh'], automatable: true,
    cites: cites('hz-sh 9, 11, 13; wh-sh 8, 13–15') },
  { id: 'av-recording-list', phase: 'pre', severity: 'advisory', profiles: ['baseline'], automatable: true,
    cites: cites('hz-jl 15; zc 25; hb (八); qp 二(二)2') },
  // 事中公示 (during)
  { id: 'window-staff-board', phase: 'during', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 7(3); qp 二(一)3; zc 16; hb (五)') },
  // 事后公开 (post-event)
  { id: 'decision-summary-fields', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 9; qp 二(一)4; hb (六)') },
  { id: 'decision-timeliness', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 14; qp 二(一)4; hb (六)') },
  { id: 'decision-redaction', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true, hasManualPart: true,
    cites: cites('hz-gs 10; hz-gs 11; zc 19; qp 二(一); hb 二') },
  // requirements.md: "hz (baseline for minors)" — minors everywhere; secrets, privacy and security need a person.
  { id: 'decision-not-publishable', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true, hasManualPart: true,
    cites: cites('hz-gs 11') },
  { id: 'penalty-posting-period', phase: 'post', severity: 'required', profiles: ['hz'], automatable: true,
    cites: cites('hz-gs 15') },
  { id: 'decision-withdrawn', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 17; hb (六)') },
  { id: 'update-correction', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true, hasManualPart: true,
    cites: cites('hz-gs 16, 18; zc 20, 21; wh-gs 7') },
  { id: 'annual-statistics', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 19; hb (六); qp 二(一)5') },
  { id: 'random-inspection-results', phase: 'post', severity: 'required', profiles: ['baseline'], automatable: true,
    cites: cites('hz-gs 8(1); zc 18; hb (五)') },
  { id: 'inspection-results', phase: 'post', severity: 'required', profiles: ['zc', 'wh'], automatable: true,
    cites: cites('zc 18; wh-gs 5(5)') },
  { id: 'full-text-publication', phase: 'post', severity: 'advisory', profiles: ['hb'], automatable: true,
    cites: cites('hb (六)') },
  { id: 'publication-channel', phase: 'post', severity: 'advisory', profiles: ['baseline'], automatable: true,
    cites: cites('hb (四); qp 二(一)1; zc 6, 8; wh-gs 6') },
];

const BY_ID = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}
