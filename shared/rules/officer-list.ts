// officer-list: the enforcement officers with the fields the profile names — name and certificate number
// everywhere; hz adds auxiliary staff; zc unit, position, category, area; wh gender, age, position, validity
// (hz-gs 6(1); zc 11; wh-gs 5(4); hb (四); qp 二(一)2).
import type { Officer } from '../schema/index.ts';
import type { OfficerField } from '../catalogue/profiles.ts';
import type { RuleFinding as Finding } from './types.ts';
import { dataRowCount, matchColumns } from './support/fields.ts';
import { sectionsOfKind } from './support/islands.ts';
import { AUXILIARY_STAFF, officerFieldSpecs } from './support/officers.ts';
import { pageOf, type Page } from './support/page.ts';
import { judgePresence, PRESENCE_REASONS, type ContentMatch, type ItemSpec } from './support/presence.ts';
import type { Rule, RuleContext } from './types.ts';

const NAMES = /执法人员(名单|清单|信息|名录|公示)?|持证(执法)?人员|执法证件(信息)?/;
const SHAPE_ROWS = 50;
const PERSON_NAME = /^[\p{Script=Han}·]{2,5}$/u;
const CERTIFICATE = /^[\p{Script=Han}A-Z]{0,4}[-（(]?[0-9A-Z]{0,4}[)）]?[0-9]{5,}[0-9A-Z-]*$/u;

const HAS_FIELD: Record<Exclude<OfficerField, 'auxiliaryStaff'>, (officer: Officer) => boolean> = {
  name: (officer) => Boolean(officer.name),
  certificateNumber: (officer) => officer.auxiliary === true || Boolean(officer.certificateNumber),
  unit: (officer) => Boolean(officer.unit),
  position: (officer) => Boolean(officer.position),
  category: (officer) => Boolean(officer.category),
  area: (officer) => Boolean(officer.area),
  gender: (officer) => Boolean(officer.gender),
  age: (officer) => officer.age !== undefined || officer.birthYear !== undefined,
  validity: (officer) => Boolean(officer.validUntil),
};

/** A list without headers: rows (or lines) of a person's name beside a certificate number. */
function namesWithCertificates(page: Page, context: RuleContext): ContentMatch | undefined {
  const fields = officerFieldSpecs(context.profile.officerFields);
  for (const table of page.snapshot.tables) {
    const columns = matchColumns(table, fields);
    const isNamed = NAMES.test(page.title) || page.headings.some((heading) => NAMES.test(heading.compact)) || NAMES.test(table.caption ?? '');
    // A named officer table that lacks the certificate column is still the officer list (and fails for it).
    if (isNamed && columns.has('name') && !columns.has('certificateNumber') && dataRowCount(table) > 0) {
      return { target: table.target, text: [table.caption, ...table.headers].filter(Boolean).join(' '), fields: [...columns.keys()] };
    }
    // The shape shows in the first rows; a 50,000-row list need not be read to the end for it.
    const rows = table.rows.slice(0, SHAPE_ROWS).filter((row) => row.some((cell) => PERSON_NAME.test(cell.trim())) && row.some((cell) => CERTIFICATE.test(cell.replace(/\s/g, ''))));
    if (rows.length >= 2) return { target: table.target, text: rows[0]!.join(' '), fields: ['name', 'certificateNumber'] };
  }
  const lines = page.runs.filter((run) => /^[\p{Script=Han}·]{2,5}(执法证(号|件号)?[:：]?)?[A-Z0-9\p{Script=Han}（）()-]{0,6}[0-9]{5,}/u.test(run.compact));
  if (lines.length >= 2) return { target: lines[0]!.item.target, text: lines[0]!.item.text, fields: ['name', 'certificateNumber'] };
  return undefined;
}

const spec: ItemSpec<'officers'> = {
  id: 'officer-list',
  section: {
    kind: 'officers',
    lacks: (data, context) => {
      const keys = context.profile.officerFields.filter((field) => field !== 'auxiliaryStaff') as (keyof typeof HAS_FIELD)[];
      return [keys.filter((key) => !data.items.every(HAS_FIELD[key])), []];
    },
  },
  names: NAMES,
  columns: { fields: (context) => officerFieldSpecs(context.profile.officerFields), min: 2, required: ['name', 'certificateNumber'] },
  content: namesWithCertificates,
};

/** hz lists auxiliary staff (执法辅助人员) too: when no page names any, a person checks the agency has none. */
function auxiliaryStaffFindings(findings: Finding[], snapshots: Parameters<Rule['evaluate']>[0], context: RuleContext): Finding[] {
  if (!context.profile.officerFields.includes('auxiliaryStaff')) return [];
  const passed = findings.find((finding) => finding.status === 'pass');
  if (!passed) return [];
  const isListed = snapshots.some((snapshot) => {
    const page = pageOf(snapshot);
    return sectionsOfKind(snapshot, 'officers').some((section) => section.data?.items.some((officer) => officer.auxiliary)) ||
      [...page.headings, ...page.runs, ...page.links].some((item) => AUXILIARY_STAFF.test(item.compact));
  });
  if (isListed) return [];
  return [{ status: 'review', target: passed.target, url: passed.url, snippet: passed.snippet, reason: 'noAuxiliaryStaff', data: { field: '@field.auxiliaryStaff' } }];
}

export const officerList: Rule = {
  id: spec.id,
  reasons: [...PRESENCE_REASONS, 'noAuxiliaryStaff'],
  evaluate(snapshots, context) {
    const findings = judgePresence(spec, snapshots, context);
    return [...findings, ...auxiliaryStaffFindings(findings, snapshots, context)];
  },
};
