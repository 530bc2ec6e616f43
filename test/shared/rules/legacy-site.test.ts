// The legacy demo site (demo/pages/legacy) audited as a whole site in Chromium: the compliant column passes every
// rule, the failing column fails exactly where it was built to, and the same column judged under hz and zc differs
// exactly where the two profiles' parameters differ.
import { expect } from '@open-wc/testing';
import type { ProfileId } from '../../../shared/catalogue/types.ts';
import { audit } from '../../../shared/engine/run.ts';
import { decodeHtml } from '../../../shared/extract/decode-html.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import type { Snapshot } from '../../../shared/extract/snapshot.ts';
import { documentFrom, fetchBytes, pagesUnder, removeDocuments } from '../support/documents.ts';

/** The demo's reference date (demo/data/README.md). */
const NOW = '2026-11-20';

async function snapshotsOf(files: { file: string; bytes: string }[]): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  for (const page of files) {
    const doc = await documentFrom(decodeHtml(await fetchBytes(page.bytes)).text, `/${page.file.slice(0, page.file.lastIndexOf('/') + 1)}`);
    // srcdoc documents all share one URL: name each page by its file, as a server would.
    snapshots.push({ ...extractSnapshot(doc), url: `https://scjg.donghu.jiangcheng.example/${page.file.replace('demo/pages/legacy/', '')}` });
    removeDocuments();
  }
  return snapshots;
}

const outcomes = (snapshots: Snapshot[], profile: ProfileId) =>
  Object.fromEntries(audit(snapshots, { profile, now: NOW, site: true }).results.map((result) => [result.id, result.outcome]));

describe('legacy demo site', () => {
  let compliant: Snapshot[];
  let failing: Snapshot[];
  before(async () => {
    const pages = await pagesUnder('demo/pages/legacy');
    compliant = await snapshotsOf(pages.filter((page) => !page.file.includes('/failing/')));
    failing = await snapshotsOf(pages.filter((page) => page.file.includes('/failing/')));
  });

  it('has a compliant column with no failure and nothing for review, under baseline and hz', () => {
    expect(compliant.length).to.equal(22);
    for (const profile of ['baseline', 'hz'] as const) {
      const report = audit(compliant, { profile, now: NOW, site: true });
      const problems = report.results.filter((result) => result.outcome === 'fail' || result.outcome === 'review' || result.outcome === 'error');
      expect(problems.map((result) => [result.id, result.outcome, result.findings.map((finding) => finding.reason)]), profile).to.deep.equal([]);
    }
  });

  it('differs between hz and zc exactly where their parameters differ', () => {
    const hz = outcomes(compliant, 'hz');
    const zc = outcomes(compliant, 'zc');
    const differing = Object.keys(hz).filter((id) => hz[id] !== zc[id]).sort();
    // Each entry: the rule, its outcomes under hz and zc, and the parameter of profiles.ts (or the catalogue's
    // profiles column) that makes the difference.
    const expected: [string, string, string, string][] = [
      ['decision-timeliness', 'pass', 'review', 'licencePenaltyDeadline: 7 working days vs provincial rules'],
      ['inspection-results', 'inapplicable', 'pass', 'catalogue profiles: zc, wh'],
      ['legal-review-flowchart', 'pass', 'inapplicable', 'catalogue profiles: hz, wh'],
      ['officer-list', 'pass', 'fail', 'officerFields: zc adds unit, position, category, area'],
      ['penalty-posting-period', 'pass', 'inapplicable', 'penaltyPostingYears / catalogue profiles: hz'],
      ['service-guide', 'pass', 'review', 'serviceGuideFields: zc names place, contact, model texts, process …'],
      ['window-staff-board', 'pass', 'fail', 'staffBoardFields: zc adds unit and enforcement kind'],
    ];
    expect(differing).to.deep.equal(expected.map(([id]) => id));
    for (const [id, underHz, underZc] of expected) expect([hz[id], zc[id]], id).to.deep.equal([underHz, underZc]);
  });

  it('fails the failing column where it was built to fail', () => {
    const report = audit(failing, { now: NOW, site: true });
    const failed = report.results.filter((result) => result.outcome === 'fail');
    const reasons = Object.fromEntries(failed.map((result) => [result.id, [...new Set(result.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.reason))]]));
    expect(reasons).to.deep.include({
      'officer-credential-valid': ['expired'],
      'update-correction': ['notUpdated'],
      'decision-timeliness': ['late'],
      'decision-redaction': ['leak'],
      'power-responsibility-list': ['missing'],
      'remedy': ['missing'],
    });
    const leaks = report.results.find((result) => result.id === 'decision-redaction')!.findings.map((finding) => finding.data.type);
    expect(leaks).to.include.members(['@pii.id-number', '@pii.mobile']);
  });
});
