// 48 officers holding certificates and two auxiliary staff across the bureau's units. Certificates run five years
// from issue. Two are deliberate for the auditor: one expired before the reference date and still listed as
// valid, one expiring within 30 days of it.
import type { Officer, OfficersSection } from '../../../shared/schema/index.ts';
import { addDays, addYears, workingDayAfter } from './dates.ts';
import { certificateNumber } from './identifiers.ts';
import { personNames } from './names.ts';
import type { Random } from './random.ts';

interface Unit {
  unit: string;
  category: string;
  /** Digit of the certificate number for the category. */
  categoryDigit: number;
  area: string;
  positions: string[];
}

const UNITS: Unit[] = [
  { unit: '执法稽查大队', category: '市场监管综合执法', categoryDigit: 2, area: '东湖区全域', positions: ['大队长', '副大队长', '副大队长', '一级主任科员', '二级主任科员', '三级主任科员', '四级主任科员', '一级科员', '一级科员', '二级科员'] },
  { unit: '东湖市场监督管理所', category: '市场监管综合执法', categoryDigit: 2, area: '东湖街道', positions: ['所长', '副所长', '三级主任科员', '四级主任科员', '一级科员', '二级科员'] },
  { unit: '湖滨市场监督管理所', category: '市场监管综合执法', categoryDigit: 2, area: '湖滨街道', positions: ['所长', '副所长', '四级主任科员', '一级科员', '二级科员'] },
  { unit: '新港市场监督管理所', category: '市场监管综合执法', categoryDigit: 2, area: '新港街道、东湖经济开发区', positions: ['所长', '副所长', '三级主任科员', '一级科员', '二级科员'] },
  { unit: '花山市场监督管理所', category: '市场监管综合执法', categoryDigit: 2, area: '花山镇', positions: ['所长', '四级主任科员', '一级科员', '二级科员'] },
  { unit: '食品安全监督管理科', category: '食品安全监管', categoryDigit: 3, area: '东湖区全域', positions: ['科长', '副科长', '一级主任科员', '一级科员'] },
  { unit: '药品医疗器械监督管理科', category: '药品医疗器械化妆品监管', categoryDigit: 4, area: '东湖区全域', positions: ['科长', '二级主任科员', '一级科员'] },
  { unit: '特种设备安全监察科', category: '特种设备安全监察', categoryDigit: 5, area: '东湖区全域', positions: ['科长', '三级主任科员', '一级科员'] },
  { unit: '价格监督检查和反不正当竞争科', category: '价格监督检查与反不正当竞争', categoryDigit: 6, area: '东湖区全域', positions: ['科长', '四级主任科员', '一级科员'] },
  { unit: '法规科', category: '法制审核', categoryDigit: 1, area: '东湖区全域', positions: ['科长', '一级主任科员', '二级科员'] },
  { unit: '知识产权科', category: '知识产权执法', categoryDigit: 7, area: '东湖区全域', positions: ['科长', '一级科员'] },
];

const SENIOR = /长$/;

/** Certificates issued on a working day between these dates run past the reference date by more than 30 days. */
const ISSUED_FROM = '2022-01-04';
const ISSUED_UNTIL = '2026-06-30';

/** The deliberate cases, by slot (position before the auxiliary staff are placed). */
export const EXPIRED_CERTIFICATE = { slot: 7, validFrom: '2021-10-15' };
export const EXPIRING_CERTIFICATE = { slot: 16, validFrom: '2021-12-09' };

function validityFrom(random: Random): string {
  const span = (Date.parse(ISSUED_UNTIL) - Date.parse(ISSUED_FROM)) / 86_400_000;
  return workingDayAfter(addDays(ISSUED_FROM, random.int(0, span)), 0);
}

export function composeOfficers(random: Random): OfficersSection {
  const slots = UNITS.flatMap((unit) => unit.positions.map((position) => ({ ...unit, position })));
  const names = personNames(random, slots.length + 2);
  const serials = new Map<number, number>();
  const items: Officer[] = slots.map((slot, index) => {
    const serial = (serials.get(slot.categoryDigit) ?? 0) + random.int(1, 9);
    serials.set(slot.categoryDigit, serial);
    const special = [EXPIRED_CERTIFICATE, EXPIRING_CERTIFICATE].find((each) => each.slot === index);
    const validFrom = special?.validFrom ?? validityFrom(random);
    return {
      name: names[index] ?? '',
      certificateNumber: certificateNumber(slot.categoryDigit, 1000 + serial),
      unit: slot.unit,
      position: slot.position,
      gender: random.chance(0.62) ? 'male' : 'female',
      birthYear: SENIOR.test(slot.position) ? random.int(1968, 1985) : random.int(1978, 1999),
      category: slot.category,
      area: slot.area,
      validFrom,
      validUntil: addDays(addYears(validFrom, 5), -1),
      status: 'valid',
    };
  });
  const auxiliary: Officer[] = [
    { name: names[slots.length] ?? '', unit: '东湖市场监督管理所', position: '执法辅助人员', gender: 'female', birthYear: 1996, area: '东湖街道', status: 'valid', auxiliary: true },
    { name: names[slots.length + 1] ?? '', unit: '新港市场监督管理所', position: '执法辅助人员', gender: 'male', birthYear: 1993, area: '新港街道、东湖经济开发区', status: 'valid', auxiliary: true },
  ];
  // Auxiliary staff are listed with their unit.
  items.splice(slots.findIndex((slot) => slot.unit === '湖滨市场监督管理所'), 0, auxiliary[0] as Officer);
  items.splice(slots.findIndex((slot) => slot.unit === '花山市场监督管理所') + 1, 0, auxiliary[1] as Officer);
  return { updated: '2026-10-09', items };
}

