// audit(): one result per catalogue entry, honest counts, rules that throw become `error` while the run goes on,
// advisory fails shown as review, long finding lists capped with a count of the rest, what was not checked listed.
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../../shared/catalogue/catalogue.ts';
import { capFindings, MAX_FINDINGS_PER_RULE } from '../../../shared/engine/aggregate.ts';
import type { Finding } from '../../../shared/engine/report.ts';
import { audit, AuditInputError, ENGINE_VERSION, today } from '../../../shared/engine/run.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import type { Snapshot } from '../../../shared/extract/snapshot.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

async function snapshotOf(body: string): Promise<Snapshot> {
  return extractSnapshot(await documentFrom(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试页</title></head><body>${body}</body></html>`));
}

const OFFICERS = '<table><tr><th>姓名</th><th>执法证号</th><th>有效期至</th></tr><tr><td>韩斌华</td><td>42990121003</td><td>2028-07-14</td></tr><tr><td>贺刚辉</td><td>42990121004</td><td>2023-01-01</td></tr></table>';

describe('audit()', () => {
  it('gives every catalogue entry one result, with the catalogue’s metadata, and counts them honestly', async () => {
    const report = audit([await snapshotOf(OFFICERS)], { now: '2024-05-20' });
    expect(report.results.map((result) => result.id)).to.deep.equal(CATALOGUE.map((entry) => entry.id));
    for (const result of report.results) {
      const entry = CATALOGUE.find((item) => item.id === result.id)!;
      expect([result.phase, result.severity, result.cites]).to.deep.equal([entry.phase, entry.severity, entry.cites]);
    }
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(report.counts.byOutcome)).to.equal(CATALOGUE.length);
    expect(total(report.counts.byPhase.pre) + total(report.counts.byPhase.during) + total(report.counts.byPhase.post)).to.equal(CATALOGUE.length);
    for (const outcome of ['fail', 'review', 'pass', 'inapplicable', 'error'] as const) {
      expect(report.counts.byOutcome[outcome]).to.equal(report.results.filter((result) => result.outcome === outcome).length);
    }
    expect(report.results.find((result) => result.id === 'officer-credential-valid')!.outcome).to.equal('fail');
    expect(report).to.include({ url: report.pages[0], now: '2024-05-20', profile: 'baseline', locale: 'zh-CN' });
    expect(report.engine).to.deep.equal({ name: 'zfgs', version: ENGINE_VERSION });
  });

  it('turns a rule that throws into an error and goes on with the others', async () => {
    const snapshot = await snapshotOf(OFFICERS);
    // A malformed Snapshot (a table whose rows cannot be read) breaks the rules that read tables, not the rest.
    Object.defineProperty(snapshot.tables[0]!, 'rows', { get() { throw new Error('unreadable rows'); } });
    const report = audit([snapshot], { now: '2024-05-20' });
    const errors = report.results.filter((result) => result.outcome === 'error');
    expect(errors.length).to.be.greaterThan(0);
    expect(errors.length).to.be.lessThan(CATALOGUE.length);
    for (const result of errors) expect(result.error).to.contain('unreadable rows');
    expect(report.counts.byOutcome.error).to.equal(errors.length);
    expect(report.results.find((result) => result.id === 'publication-channel')!.outcome).not.to.equal('error');
  });

  it('shows an advisory rule’s fail as review', async () => {
    const report = audit([await snapshotOf('<p>无关内容</p>')], { now: '2024-05-20', site: true });
    const advisory = report.results.find((result) => result.id === 'legal-review-catalogue')!;
    expect(advisory.outcome).to.equal('review');
    expect(advisory.findings.map((finding) => [finding.status, finding.reason])).to.deep.equal([['review', 'missing']]);
    expect(report.results.find((result) => result.id === 'remedy')!.outcome).to.equal('fail');
  });

  it('marks rules the profile does not impose as inapplicable', async () => {
    const snapshot = await snapshotOf(OFFICERS);
    expect(audit([snapshot], { now: '2024-05-20' }).results.find((result) => result.id === 'penalty-posting-period')!.outcome).to.equal('inapplicable');
    expect(audit([snapshot], { now: '2024-05-20', profile: 'zc' }).results.find((result) => result.id === 'legal-review-flowchart')!.outcome).to.equal('inapplicable');
  });

  it('lists the manual parts of rules and the limits of extraction as not checked', async () => {
    const snapshot = await snapshotOf(`<p>${'行政执法公示'.repeat(40)}</p>`);
    const report = audit([{ ...snapshot, limits: { ...snapshot.limits, truncated: true, skippedFrames: 2 } }], { now: '2024-05-20' });
    const ids = report.notChecked.map((item) => item.id);
    expect(ids).to.include.members(['decision-redaction', 'decision-not-publishable', 'update-correction', 'extraction']);
    expect(report.notChecked.filter((item) => item.id === 'extraction').map((item) => item.reason).join(' ')).to.match(/只检查了前一部分.*2 个跨域框架/s);
    expect(audit([snapshot], { now: '2024-05-20', locale: 'en' }).notChecked[0]!.reason).to.match(/needs a person/);
  });

  it('refuses bad options with a message in Chinese and English', async () => {
    const snapshot = await snapshotOf('<p>x</p>');
    expect(() => audit([snapshot], { now: '2024-02-30' })).to.throw(AuditInputError, /不是有效的 YYYY-MM-DD 日期 \/ .*not a valid/);
    expect(() => audit([snapshot], { profile: 'sh' as never })).to.throw(AuditInputError, /未知的地区配置 sh.* \/ unknown profile sh/);
    expect(() => audit([])).to.throw(AuditInputError, /没有可检查的页面 \/ no pages to audit/);
  });

  it('judges against today when no day is given', async () => {
    const report = audit([await snapshotOf('<p>x</p>')]);
    expect(report.now).to.equal(today());
    expect(report.now).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('capFindings()', () => {
  const finding = (status: Finding['status'], index: number): Finding => ({ status, target: [`tr:nth-of-type(${index})`], snippet: '', reason: 'x', data: {} });

  it('keeps the worst findings and counts the rest in one finding', () => {
    const findings = [...Array.from({ length: 300 }, (_, i) => finding('pass', i)), ...Array.from({ length: 250 }, (_, i) => finding('fail', i))];
    const capped = capFindings(findings);
    expect(capped).to.have.length(MAX_FINDINGS_PER_RULE);
    expect(capped.slice(0, -1).every((item) => item.status === 'fail')).to.equal(true);
    expect(capped.at(-1)).to.deep.include({ status: 'fail', reason: 'moreFindings', data: { count: 351, fail: 51, review: 0, pass: 300 } });
  });

  it('leaves short lists alone', () => {
    const findings = [finding('pass', 1), finding('fail', 2)];
    expect(capFindings(findings)).to.deep.equal(findings);
  });
});
