// The one generic runner of the rule fixtures (as axe-core's integration tests): every page under
// test/fixtures/rules/<rule-id>/ is decoded as a browser would (GBK pages too), loaded as a real document,
// extracted and audited; the rule's outcome must be the expected one, with the expected reasons, and every
// finding must be presentable: a message in both locales, a masked snippet of at most 160 characters, and
// for a pass the evidence (target and snippet).
import { expect } from '@open-wc/testing';
import { decodeHtml } from '../../../shared/extract/decode-html.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { audit } from '../../../shared/engine/run.ts';
import type { ProfileId } from '../../../shared/catalogue/types.ts';
import { findingText } from '../../../shared/i18n/rules/messages.ts';
import { scan } from '../../../shared/detectors/scan.ts';
import { documentFrom, fetchBytes, removeDocuments } from '../support/documents.ts';

interface FixtureCase {
  rule: string;
  name: string;
  /** The page's bytes, base64 (test/fixtures/rules/<rule>/<name>.html, or the page its expectation names). */
  bytes: string;
  expected: { outcome: string; profile?: ProfileId; now?: string; site?: boolean; reasons?: string[]; description?: string };
}

/** The day fixtures are judged on unless they say otherwise (a Monday; the calendar has data around it). */
const DEFAULT_NOW = '2024-05-20';

const fixtures = (await (await fetch('/__zfgs/rule-fixtures.json')).json()) as FixtureCase[];

afterEach(removeDocuments);

describe('rule fixtures', () => {
  it('are listed', () => {
    expect(fixtures.length).to.be.greaterThan(50);
  });

  for (const fixture of fixtures) {
    const { expected } = fixture;
    const options = [expected.profile, expected.site ? 'site' : '', expected.now].filter(Boolean).join(', ');
    it(`${fixture.rule} / ${fixture.name}${options ? ` (${options})` : ''} → ${expected.outcome}`, async () => {
      const bytes = await fetchBytes(fixture.bytes);
      const doc = await documentFrom(decodeHtml(bytes).text);
      const report = audit([extractSnapshot(doc)], { profile: expected.profile ?? 'baseline', now: expected.now ?? DEFAULT_NOW, site: expected.site === true });
      const result = report.results.find((item) => item.id === fixture.rule)!;
      const summary = JSON.stringify({ outcome: result.outcome, error: result.error, findings: result.findings.map((finding) => [finding.status, finding.reason, finding.data]) });
      expect(result.outcome, summary).to.equal(expected.outcome);
      const reasons = result.findings.map((finding) => finding.reason);
      for (const reason of expected.reasons ?? []) expect(reasons, summary).to.include(reason);
      for (const finding of result.findings) {
        for (const locale of ['zh-CN', 'en'] as const) {
          const text = findingText(locale, fixture.rule, finding);
          expect(text, `${locale} ${finding.reason}`).not.to.match(/\{\w+\}|@\w|\.reason\./);
        }
        expect(finding.snippet.length).to.be.at.most(160);
        // Reports never re-leak: no ID number, phone, email or account survives in a snippet.
        const leaks = scan(finding.snippet).filter((found) => found.classification === 'leak' && ['id-number', 'mobile', 'email', 'bank-account'].includes(found.type));
        expect(leaks.map((found) => found.value), `${finding.reason} snippet`).to.deep.equal([]);
        if (finding.status === 'pass') {
          expect(finding.target, `pass ${finding.reason} has no target`).not.to.deep.equal([]);
          expect(finding.snippet, `pass ${finding.reason} has no snippet`).not.to.equal('');
        }
      }
    });
  }
});
