// 73 published decisions, 2021–2026: penalties (general procedure), licences and two seizures, each with a
// summary and the full text of its 决定书. The schedule holds the cases the auditor must find: decisions
// published late (counting 调休 working days), one revoked on reconsideration and still listed, one penalty more
// than five years old at the reference date; and cases it must not flag (a 7th working day that is a 调休
// Saturday, a Spring Festival span).
import type { Decision, DecisionKind, DecisionsSection, Officer } from '../../../shared/schema/index.ts';
import { AGENCY_NAME, CITY_BUREAU, DISTRICT_COURT, DISTRICT_GOVERNMENT, SITE } from './agency.ts';
import { LICENCE_KINDS, PENALTY_KINDS, seizure, type CaseContext, type PenaltyCase, type PenaltyKind } from './cases.ts';
import { addDays, chineseDate, REFERENCE_DATE, workingDayAfter } from './dates.ts';
import type { PartyDetails, PartyFactory } from './parties.ts';
import type { Random } from './random.ts';

interface Planned {
  kind: DecisionKind;
  decided: string;
  /** Working days from the decision to its publication. */
  publishedAfter: number;
  /** Set for the deliberate cases. */
  note?: 'late' | 'revoked' | 'over-five-years' | 'shortened-posting';
  penaltyKey?: string;
}

const YEARS: Record<number, { licence: number; penalty: number; coercion: number; last: string }> = {
  2021: { licence: 7, penalty: 3, coercion: 0, last: '2021-12-24' },
  2022: { licence: 6, penalty: 5, coercion: 1, last: '2022-12-23' },
  2023: { licence: 6, penalty: 7, coercion: 0, last: '2023-12-22' },
  2024: { licence: 6, penalty: 6, coercion: 1, last: '2024-12-20' },
  2025: { licence: 7, penalty: 7, coercion: 0, last: '2025-12-19' },
  2026: { licence: 5, penalty: 6, coercion: 0, last: '2026-10-23' },
};

/** Working days to publication for the deliberate late cases, by [year, kind, index within that year and kind]. */
const LATE: [number, DecisionKind, number, number][] = [
  [2022, 'penalty', 1, 11],
  [2023, 'licence', 2, 9],
  [2024, 'penalty', 3, 13],
  [2026, 'licence', 0, 10],
];

/** Fixed dates that exercise the working-day calendar and the posting period. */
const FIXED: { year: number; kind: DecisionKind; index: number; decided: string; publishedAfter?: number; note?: Planned['note']; penaltyKey?: string }[] = [
  { year: 2021, kind: 'penalty', index: 0, decided: '2021-06-17', note: 'over-five-years' },
  { year: 2021, kind: 'penalty', index: 1, decided: '2021-12-08' },
  { year: 2021, kind: 'penalty', index: 2, decided: '2021-12-21' },
  // The 7th working day after 2024-09-27 is Saturday 2024-10-12, a 调休 working day: on time.
  { year: 2024, kind: 'penalty', index: 4, decided: '2024-09-27', publishedAfter: 7 },
  // Across the 2025 Spring Festival (调休 on 01-26 and 02-08): the 8th working day is 02-11, one day late …
  { year: 2025, kind: 'penalty', index: 0, decided: '2025-01-24', publishedAfter: 8, note: 'late' },
  // … while the 7th, 02-10, is on time.
  { year: 2025, kind: 'licence', index: 0, decided: '2025-01-24', publishedAfter: 7 },
  { year: 2025, kind: 'penalty', index: 2, decided: '2025-06-12', note: 'revoked' },
  { year: 2025, kind: 'penalty', index: 6, decided: '2025-12-10', note: 'shortened-posting', penaltyKey: 'price-tagging' },
];

function randomWorkday(random: Random, from: string, until: string): string {
  const span = Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000);
  return workingDayAfter(addDays(from, random.int(0, span)), 0);
}

function plan(random: Random): Planned[] {
  const planned: Planned[] = [];
  for (const [yearText, counts] of Object.entries(YEARS)) {
    const year = Number(yearText);
    for (const kind of ['licence', 'penalty', 'coercion'] as const) {
      const dates = Array.from({ length: counts[kind] }, () => randomWorkday(random, `${year}-01-05`, counts.last)).sort();
      dates.forEach((date, index) => {
        const fixed = FIXED.find((each) => each.year === year && each.kind === kind && each.index === index);
        const late = LATE.find(([lateYear, lateKind, lateIndex]) => lateYear === year && lateKind === kind && lateIndex === index);
        planned.push({
          kind,
          decided: fixed?.decided ?? date,
          publishedAfter: fixed?.publishedAfter ?? late?.[3] ?? (kind === 'coercion' ? random.int(3, 15) : random.int(1, 6)),
          ...(fixed?.note ? { note: fixed.note } : late ? { note: 'late' as const } : {}),
          ...(fixed?.penaltyKey ? { penaltyKey: fixed.penaltyKey } : {}),
        });
      });
    }
  }
  return planned.sort((a, b) => a.decided.localeCompare(b.decided));
}

const SERIES: Record<DecisionKind, { prefix: string; perYear: number; width: number }> = {
  penalty: { prefix: '东湖市监处罚', perYear: 200, width: 3 },
  licence: { prefix: '东湖市监许准', perYear: 1700, width: 4 },
  coercion: { prefix: '东湖市监强制', perYear: 20, width: 3 },
  other: { prefix: '东湖市监决', perYear: 20, width: 3 },
};

/** Document numbers rise through the year at each series' yearly pace. */
function documentNumbers(random: Random, planned: Planned[]): string[] {
  const last = new Map<string, number>();
  return planned.map((item) => {
    const year = item.decided.slice(0, 4);
    const series = SERIES[item.kind];
    const dayOfYear = (Date.parse(item.decided) - Date.parse(`${year}-01-01`)) / 86_400_000;
    const key = `${item.kind}${year}`;
    const serial = Math.max((last.get(key) ?? 0) + 1, Math.round((dayOfYear / 366) * series.perYear) + random.int(0, 3));
    last.set(key, serial);
    return `${series.prefix}〔${year}〕第${String(serial).padStart(series.width, '0')}号`;
  });
}

/** Since 2024 the district government alone hears reconsideration of its departments' decisions. */
function reconsiderationOrgan(decided: string): string {
  return decided >= '2024-01-01' ? DISTRICT_GOVERNMENT : `${DISTRICT_GOVERNMENT}或者${CITY_BUREAU}`;
}

const hardBreaks = (lines: string[]) => lines.join('\\\n');

function remedyParagraph(decided: string, isPenalty: boolean): string {
  return `${isPenalty ? '当事人如不服本处罚决定' : '如不服本决定'}，可以在收到本决定书之日起六十日内向${reconsiderationOrgan(decided)}申请行政复议；也可以在六个月内依法向${DISTRICT_COURT}提起行政诉讼。${isPenalty ? '申请行政复议或者提起行政诉讼的，本处罚决定不停止执行，法律另有规定的除外。' : ''}`;
}

function officersOn(random: Random, officers: Officer[], date: string): string {
  const eligible = officers.filter((officer) => !officer.auxiliary && officer.certificateNumber && (officer.validFrom ?? '') <= date && (officer.validUntil ?? '') >= date && /执法|监管/.test(officer.category ?? ''));
  if (eligible.length < 2) return '';
  const [first, second] = random.sample(eligible, 2) as [Officer, Officer];
  return `，由执法人员${first.name}（执法证号：${first.certificateNumber}）、${second.name}（执法证号：${second.certificateNumber}）承办`;
}

function penaltyText(context: CaseContext, built: PenaltyCase, documentNumber: string, officers: string): string {
  const { random, party, decided } = context;
  const filed = workingDayAfter(context.found, random.int(1, 4));
  const notified = workingDayAfter(addDays(decided, -random.int(12, 20)), 0);
  const hasFine = built.penalties.some((line) => line.startsWith('罚款'));
  const conduct = built.caseName.slice(party.party.name.length).replace(/案$/, '');
  const statement = random.chance(0.7)
    ? '当事人在法定期限内未提出陈述、申辩，也未要求听证。'
    : '当事人在法定期限内提出陈述、申辩，称其系初次违法、已积极整改，请求从轻处罚。经复核，当事人所述情节已在裁量时予以考虑，本局不再另行调整。';
  return [
    `# ${AGENCY_NAME}行政处罚决定书`,
    documentNumber,
    hardBreaks(party.header),
    `当事人涉嫌${conduct}一案，本局于${chineseDate(filed)}立案调查${officers}，现已调查终结。`,
    `经查明：${built.facts}`,
    '上述事实，有下列证据证明：',
    built.evidence.map((line, index) => `${index + 1}. ${line}${index === built.evidence.length - 1 ? '。' : '；'}`).join('\n'),
    `本局认为，当事人的上述行为违反了${built.violated}的规定。${built.mitigation}`,
    `本局于${chineseDate(notified)}向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知当事人依法享有陈述、申辩和要求听证的权利。${statement}`,
    `综上，依据${built.legalBasis}的规定，本局决定对当事人作出如下行政处罚：`,
    built.penalties.map((line, index) => `${index + 1}. ${line}${index === built.penalties.length - 1 ? '。' : '；'}`).join('\n'),
    ...(hasFine ? ['当事人应当自收到本决定书之日起十五日内，通过江城市非税收入电子缴款系统缴纳罚没款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。'] : []),
    remedyParagraph(decided, true),
    hardBreaks([AGENCY_NAME, chineseDate(decided)]),
  ].join('\n\n');
}

function letterText(title: string, documentNumber: string, party: PartyDetails, body: string[], decided: string): string {
  return [`# ${AGENCY_NAME}${title}`, documentNumber, `${party.party.name}：`, ...body, remedyParagraph(decided, false), hardBreaks([AGENCY_NAME, chineseDate(decided)])].join('\n\n');
}

function partyFor(people: PartyFactory, random: Random, kinds: ('company' | 'individual' | 'natural')[], trades: PenaltyKind['trades']): PartyDetails {
  const kind = random.pick(kinds);
  const trade = random.pick(trades);
  return kind === 'company' ? people.company(trade) : kind === 'individual' ? people.individualBusiness(trade) : people.naturalPerson();
}

export function composeDecisions(random: Random, people: PartyFactory, officers: Officer[]): DecisionsSection {
  const planned = plan(random);
  const numbers = documentNumbers(random, planned);
  const penaltyOrder = random.sample(PENALTY_KINDS, PENALTY_KINDS.length);
  let nextPenalty = 0;
  const items = planned.map((item, index): Decision => {
    const documentNumber = numbers[index] ?? '';
    const publicationDate = workingDayAfter(item.decided, item.publishedAfter);
    const base = { documentNumber, kind: item.kind, enforcingBody: AGENCY_NAME, decisionDate: item.decided, publicationDate };
    if (item.kind === 'penalty') {
      let kind = PENALTY_KINDS.find((each) => each.key === item.penaltyKey);
      while (!kind || (kind.since && item.decided < kind.since)) kind = penaltyOrder[nextPenalty++ % penaltyOrder.length];
      const party = partyFor(people, random, kind.partyKinds, kind.trades);
      const found = workingDayAfter(addDays(item.decided, -random.int(35, 85)), 0);
      const context: CaseContext = { random, party, found, decided: item.decided, people };
      const built = kind.build(context);
      const isSettled = addDays(item.decided, 60) < REFERENCE_DATE;
      return {
        ...base,
        caseName: built.caseName,
        party: party.party,
        facts: built.facts,
        legalBasis: built.legalBasis,
        content: built.content,
        procedure: 'general',
        ...(item.note === 'revoked'
          ? { revocation: { kind: 'revoked' as const, date: '2025-09-19', reason: `经${DISTRICT_GOVERNMENT}行政复议，以主要事实认定不清、证据不足为由决定撤销（东政复决字〔2025〕第37号）` } }
          : {}),
        ...(item.note === 'shortened-posting' ? { postingUntil: addDays(`${Number(item.decided.slice(0, 4)) + 1}${item.decided.slice(4)}`, 0) } : {}),
        fullText: penaltyText(context, built, documentNumber, officersOn(random, officers, found)),
        ...(item.note === 'revoked' ? {} : { fulfilment: isSettled ? (built.penalties.some((line) => line.startsWith('罚款')) ? '已按期缴纳罚没款，履行完毕' : '已履行完毕') : '在履行期限内' }),
        ...(item.decided >= '2025-01-01' ? { attachments: [{ title: `${documentNumber}（盖章版）`, url: `${SITE}/zfgs/cf/${documentNumber.replace(/\D+/g, '-').replace(/^-|-$/g, '')}.pdf`, mediaType: 'application/pdf' }] } : {}),
      };
    }
    // Licences and seizures are letters to the party: summary fields plus the letter as full text.
    const letter = (title: string, party: PartyDetails, built: { caseName: string; legalBasis: string; content: string; body: string[] }): Decision => ({
      ...base,
      caseName: built.caseName,
      party: party.party,
      legalBasis: built.legalBasis,
      content: built.content,
      fullText: letterText(title, documentNumber, party, built.body, item.decided),
    });
    if (item.kind === 'licence') {
      const kind = random.pick(LICENCE_KINDS);
      const party = partyFor(people, random, kind.partyKinds, kind.trades);
      const found = workingDayAfter(addDays(item.decided, -random.int(3, 9)), 0);
      const serial = String(random.int(10_000, 99_999)).padStart(6, '0');
      return letter('准予行政许可决定书', party, kind.build({ random, party, found, decided: item.decided, people, serial }));
    }
    const party = partyFor(people, random, ['company', 'individual'], ['supermarket', 'shop', 'appliance']);
    return letter('实施行政强制措施决定书', party, seizure({ random, party, found: item.decided, decided: item.decided, people }));
  });
  return { updated: '2026-11-18', items: items.sort((a, b) => b.decisionDate.localeCompare(a.decisionDate)) };
}
