// Officers however pages list them: officer islands (exact) and legacy tables (姓名 | 执法证号 | 有效期 …).
// Shared by officer-list, officer-credential-valid and update-correction.
import type { OfficerField } from '../../catalogue/profiles.ts';
import { findDates } from '../../extract/dates.ts';
import type { Snapshot, TableInfo, Target } from '../../extract/snapshot.ts';
import { dataRows, matchColumns, type FieldSpec } from './fields.ts';
import { sectionsOfKind } from './islands.ts';

export const OFFICER_FIELD_SPECS: Readonly<Record<Exclude<OfficerField, 'auxiliaryStaff'>, RegExp>> = {
  name: /姓名|人员名称/,
  certificateNumber: /证(件)?(号|编号|号码)|证号|执法证/,
  unit: /单位|部门|科室|所属机构/,
  position: /职务|岗位|职级/,
  category: /(执法|证件)?(类别|种类|门类)/,
  area: /(执法)?(区域|地域)|执法范围/,
  gender: /性别/,
  age: /年龄|出生(年月|日期|年份)?/,
  validity: /有效期|有效(日期|期限)|截止日期|到期/,
};

/** The profile's officer fields as column specs, every one of them required. */
export function officerFieldSpecs(fields: readonly OfficerField[]): FieldSpec[] {
  return fields.filter((field) => field !== 'auxiliaryStaff').map((key) => ({ key, pattern: OFFICER_FIELD_SPECS[key as keyof typeof OFFICER_FIELD_SPECS], isCore: true }));
}

const STATUS_COLUMN: FieldSpec = { key: 'status', pattern: /状态|是否有效/ };
const ALL_COLUMNS: readonly FieldSpec[] = [
  ...Object.entries(OFFICER_FIELD_SPECS).map(([key, pattern]) => ({ key, pattern })),
  STATUS_COLUMN,
];
export const INVALID_STATUS = /注销|吊销|撤销|暂扣|失效|无效|过期|收回/;
const SUSPENDED_STATUS = /暂扣|暂停/;

export interface OfficerRecord {
  url: string;
  target: Target;
  name: string;
  certificateNumber?: string;
  /** YYYY-MM-DD, the last day the certificate is valid. */
  validUntil?: string;
  status?: 'valid' | 'suspended' | 'revoked';
  /** The row text or data summary, for snippets. */
  text: string;
  /** The list's own last-updated date, when it states one. */
  listUpdated?: string;
  /** Where the list is (table or island), so a rule can speak of the list once. */
  list: Target;
}

/** Whether a table is an officer list: a name column beside a certificate column. */
export function isOfficerTable(table: TableInfo): boolean {
  const columns = matchColumns(table, ALL_COLUMNS);
  return columns.has('name') && columns.has('certificateNumber');
}

function fromTable(url: string, table: TableInfo): OfficerRecord[] {
  const columns = matchColumns(table, ALL_COLUMNS);
  const cell = (row: string[], key: string) => {
    const index = columns.get(key);
    return index === undefined ? undefined : row[index]?.trim() || undefined;
  };
  return dataRows(table).flatMap(({ row, target }) => {
    const name = cell(row, 'name');
    if (!name) return [];
    const record: OfficerRecord = { url, target, name, text: row.join(' '), list: table.target };
    const certificateNumber = cell(row, 'certificateNumber');
    if (certificateNumber) record.certificateNumber = certificateNumber;
    const validity = cell(row, 'validity');
    // 2020年1月1日至2025年12月31日 → the last date is when it ends.
    const dates = validity ? findDates(validity).filter((date) => date.precision === undefined) : [];
    if (dates.length > 0) record.validUntil = dates[dates.length - 1]!.iso;
    const status = cell(row, 'status') ?? '';
    if (SUSPENDED_STATUS.test(status)) record.status = 'suspended';
    else if (INVALID_STATUS.test(status)) record.status = 'revoked';
    else if (status) record.status = 'valid';
    return [record];
  });
}

/** Every officer listed on a page, from islands and officer tables. */
export function officersOnPage(snapshot: Snapshot): OfficerRecord[] {
  const fromIslands = sectionsOfKind(snapshot, 'officers').flatMap((section) =>
    (section.data?.items ?? []).map((officer) => {
      const record: OfficerRecord = { url: snapshot.url, target: section.target, name: officer.name, status: officer.status, text: [officer.name, officer.certificateNumber, officer.unit].filter(Boolean).join(' '), list: section.target };
      if (officer.certificateNumber) record.certificateNumber = officer.certificateNumber;
      if (officer.validUntil) record.validUntil = officer.validUntil;
      if (section.data?.updated) record.listUpdated = section.data.updated;
      return record;
    }),
  );
  const fromTables = snapshot.tables.filter(isOfficerTable).flatMap((table) => fromTable(snapshot.url, table));
  return [...fromIslands, ...fromTables];
}

/** Whether a compact text names auxiliary enforcement staff (执法辅助人员, 协管员 …). */
export const AUXILIARY_STAFF = /辅助(执法)?人员|执法辅助|协管员|协勤|辅警/;
