// The sample agency (demo/data/): the committed files are what the generator writes, they validate, and they
// hold every case the README promises, judged at the reference date with the official working-day calendar.
import { expect } from '@open-wc/testing';
import chineseDays from 'chinese-days';
import { SECTION_FILES, sampleFiles } from '../../../demo/data/compose/disclosure.ts';
import { isValidUscc } from '../../../demo/data/compose/identifiers.ts';
import { expandProcedure } from '../../../shared/schema/procedure-presets.ts';
import { validate, type Decision, type Disclosure } from '../../../shared/schema/index.ts';

const NOW = '2026-11-20';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** Working days after `from` up to and including `to`, with 调休 (chinese-days; shared/calendar once it lands). */
const workingDaysBetween = (from: string, to: string) => (to <= from ? 0 : chineseDays.getWorkdaysInRange(addDays(from, 1), to, true).length);
const deadline = (decision: Decision) => (decision.kind === 'licence' || decision.kind === 'penalty' ? 7 : 20);
const isLate = (decision: Decision) => workingDaysBetween(decision.decisionDate, decision.publicationDate) > deadline(decision);

let disclosure: Disclosure;

describe('the sample agency (demo/data)', () => {
  before(async () => {
    disclosure = JSON.parse(await fetchText('/demo/data/disclosure.json')) as Disclosure;
  });

  it('is what the generator writes (else run `npm run generate`)', async () => {
    const expected = sampleFiles();
    for (const [name, text] of Object.entries(expected)) {
      const isCurrent = (await fetchText(`/demo/data/${name}`)) === text;
      expect(isCurrent, `demo/data/${name} is out of date: run \`npm run generate\``).to.equal(true);
    }
  });

  it('validates as a whole and section by section', async () => {
    const whole = validate('disclosure', disclosure);
    expect(whole.issues).to.deep.equal([]);
    for (const [file, { kind }] of Object.entries(SECTION_FILES)) {
      const result = validate(kind, JSON.parse(await fetchText(`/demo/data/${file}`)));
      expect(result.issues, file).to.deep.equal([]);
    }
  });

  it('writes the reference date into its README', async () => {
    expect(await fetchText('/demo/data/README.md')).to.contain(`Reference date: ${NOW}`);
  });

  it('has no date after the reference date', () => {
    const dates = JSON.stringify(disclosure).match(/"(?:updated|decisionDate|publicationDate|date|validFrom|publicationDate)":"(\d{4}-\d{2}-\d{2})"/g) ?? [];
    expect(dates.length).to.be.greaterThan(150);
    for (const match of dates) expect(match.slice(-11, -1) <= NOW, match).to.equal(true);
  });

  describe('officers', () => {
    it('lists 40+ officers across units, categories, areas, positions, genders and ages', () => {
      const officers = disclosure.officers?.items ?? [];
      expect(officers.length).to.be.at.least(40);
      const distinct = (pick: (officer: (typeof officers)[number]) => unknown) => new Set(officers.map(pick)).size;
      expect(distinct((officer) => officer.unit)).to.be.at.least(8);
      expect(distinct((officer) => officer.category)).to.be.at.least(5);
      expect(distinct((officer) => officer.area)).to.be.at.least(4);
      expect(distinct((officer) => officer.position)).to.be.at.least(8);
      expect(distinct((officer) => officer.gender)).to.equal(2);
      const years = officers.map((officer) => officer.birthYear ?? 0);
      expect(Math.max(...years) - Math.min(...years)).to.be.at.least(20);
      expect(distinct((officer) => officer.certificateNumber ?? officer.name)).to.equal(officers.length);
      for (const officer of officers.filter((each) => !each.auxiliary)) expect(officer.certificateNumber).to.match(/^\d{11}$/);
    });

    it('has exactly one certificate expired and one expiring within 30 days of the reference date', () => {
      const certified = (disclosure.officers?.items ?? []).filter((officer) => !officer.auxiliary);
      const expired = certified.filter((officer) => (officer.validUntil ?? '') < NOW);
      const expiring = certified.filter((officer) => (officer.validUntil ?? '') >= NOW && (officer.validUntil ?? '') <= addDays(NOW, 30));
      expect(expired.map((officer) => officer.validUntil)).to.deep.equal(['2026-10-14']);
      expect(expired[0]?.status, 'still listed as valid: the auditor must catch it').to.equal('valid');
      expect(expiring.map((officer) => officer.validUntil)).to.deep.equal(['2026-12-08']);
      for (const officer of certified) expect(officer.validFrom! <= NOW, officer.name).to.equal(true);
    });

    it('lists two auxiliary staff, without certificate numbers', () => {
      const auxiliary = (disclosure.officers?.items ?? []).filter((officer) => officer.auxiliary);
      expect(auxiliary).to.have.length(2);
      for (const officer of auxiliary) expect(officer.certificateNumber).to.equal(undefined);
    });
  });

  describe('decisions', () => {
    const decisions = () => disclosure.decisions?.items ?? [];

    it('holds 60+ licence and penalty decisions spread over 2021–2026', () => {
      expect(decisions().length).to.be.at.least(60);
      const years = new Set(decisions().map((decision) => decision.decisionDate.slice(0, 4)));
      expect([...years].sort()).to.deep.equal(['2021', '2022', '2023', '2024', '2025', '2026']);
      expect(decisions().filter((decision) => decision.kind === 'licence').length).to.be.at.least(25);
      expect(decisions().filter((decision) => decision.kind === 'penalty').length).to.be.at.least(25);
    });

    it('has some published late, counting working days with 调休', () => {
      const late = decisions().filter(isLate);
      expect(late.length).to.be.at.least(4);
      const springFestival = decisions().filter((decision) => decision.decisionDate === '2025-01-24');
      expect(springFestival.map((decision) => [decision.kind, decision.publicationDate, isLate(decision)]).sort()).to.deep.equal([
        ['licence', '2025-02-10', false],
        ['penalty', '2025-02-11', true],
      ]);
      const nationalDay = decisions().find((decision) => decision.decisionDate === '2024-09-27');
      expect(nationalDay?.publicationDate, 'the 7th working day is Saturday 2024-10-12 (调休)').to.equal('2024-10-12');
      expect(nationalDay && isLate(nationalDay)).to.equal(false);
    });

    it('has exactly one revoked decision, with its revocation', () => {
      const revoked = decisions().filter((decision) => decision.revocation);
      expect(revoked).to.have.length(1);
      expect(revoked[0]?.revocation?.kind).to.equal('revoked');
      expect(revoked[0]!.revocation!.date > revoked[0]!.decisionDate).to.equal(true);
    });

    it('has exactly one penalty decided more than five years before the reference date', () => {
      const old = decisions().filter((decision) => decision.kind === 'penalty' && decision.decisionDate < `${Number(NOW.slice(0, 4)) - 5}${NOW.slice(4)}`);
      expect(old.map((decision) => decision.decisionDate)).to.deep.equal(['2021-06-17']);
    });

    it('publishes full texts written as 决定书, each with its own number and date', () => {
      for (const decision of decisions()) {
        expect(decision.fullText, decision.documentNumber).to.match(/^# 江城市东湖区市场监督管理局\S*决定书\n/);
        expect(decision.fullText).to.contain(decision.documentNumber).and.contain(decision.party.name);
        const [year, month, day] = decision.decisionDate.split('-').map(Number);
        expect(decision.fullText!.trimEnd().endsWith(`${year}年${month}月${day}日`), decision.documentNumber).to.equal(true);
      }
    });

    it('is already redacted: no unmasked ID or mobile number, masked forms present', () => {
      const texts = decisions().map((decision) => `${decision.fullText}\n${decision.facts ?? ''}`).join('\n');
      expect(texts).to.not.match(/(?<![\dA-Z])\d{17}[\dXx](?![\dA-Z])/);
      expect(texts).to.not.match(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      expect(texts).to.match(/429901\*{8}\d{4}/);
      expect(texts).to.match(/1\d{2}\*{4}\d{4}/);
      expect(texts).to.match(/[\u4e00-\u9fa5]某某/);
      for (const decision of decisions().filter((each) => each.party.kind === 'natural')) {
        expect(decision.fullText).to.contain('住址：江城市东湖区（详细地址已隐去）');
      }
    });

    it('gives every company and sole trader a USCC with valid check characters', () => {
      const codes = [disclosure.agency.uscc, ...(disclosure.agency.entrustedOrganizations ?? []).map((each) => each.uscc), ...decisions().map((decision) => decision.party.uscc)].filter(Boolean);
      expect(codes.length).to.be.greaterThan(60);
      for (const code of codes) expect(isValidUscc(code!), code).to.equal(true);
    });
  });

  describe('the other sections', () => {
    it('draws 3+ flowcharts: general penalty, licence (preset + adjustments), inspection', () => {
      const procedures = disclosure.procedures?.items ?? [];
      expect(procedures.length).to.be.at.least(3);
      const penalty = procedures.find((procedure) => procedure.id === 'penalty-general');
      expect(penalty?.preset).to.equal(undefined);
      expect(penalty?.steps?.length).to.be.at.least(10);
      const licence = procedures.find((procedure) => procedure.preset === 'licence');
      expect(licence?.steps?.length).to.be.greaterThan(0);
      expect(procedures.some((procedure) => !procedure.preset && /双随机|抽查|检查/.test(procedure.title))).to.equal(true);
      for (const procedure of procedures) {
        const graph = expandProcedure(procedure);
        const ids = new Set(graph.steps.map((step) => step.id));
        for (const edge of graph.edges) expect(ids.has(edge.from) && ids.has(edge.to), `${procedure.id}: ${edge.from} → ${edge.to}`).to.equal(true);
        expect(graph.steps.filter((step) => step.kind === 'start').length, procedure.id).to.equal(1);
      }
      expect(expandProcedure(licence!).steps.map((step) => step.id)).to.include.members(['complete', 'supplement', 'site-check', 'publish']);
    });

    it('lists 25+ power items over 5+ categories and 10+ inspection items and results', () => {
      const power = disclosure.powerList?.items ?? [];
      expect(power.length).to.be.at.least(25);
      expect(new Set(power.map((item) => item.category)).size).to.be.at.least(5);
      expect(disclosure.inspections?.items.length).to.be.at.least(10);
      expect(disclosure.inspections?.results?.length).to.be.at.least(10);
    });

    it('cites laws with articles, a discretion benchmark table, guides, remedies, channels, board and duties', () => {
      expect(disclosure.legalBasis?.documents.filter((document) => (document.articles ?? []).length > 0).length).to.be.at.least(5);
      expect(disclosure.legalBasis?.benchmarks?.[0]?.entries?.length).to.be.at.least(8);
      expect(disclosure.serviceGuides?.items.length).to.be.at.least(3);
      expect(disclosure.remedy?.reconsideration.deadline).to.deep.equal({ value: 60, unit: 'day' });
      expect(disclosure.complaint?.items.length).to.be.at.least(2);
      expect(disclosure.staffBoard?.items.length).to.be.at.least(3);
      expect(disclosure.duties?.functions.length).to.be.at.least(5);
      expect(disclosure.agency.entrustedOrganizations?.length).to.equal(1);
    });

    it('publishes statistics for 2023–2025 by 31 January, with no-power distinct from 0', () => {
      const statistics = disclosure.statistics?.items ?? [];
      expect(statistics.map((item) => item.year)).to.deep.equal([2023, 2024, 2025]);
      for (const item of statistics) expect(item.publicationDate! <= `${item.year + 1}-01-31`).to.equal(true);
      const values = statistics.flatMap((item) => Object.values(item.counts));
      expect(values).to.include('no-power');
      expect(values).to.include(0);
    });
  });
});
