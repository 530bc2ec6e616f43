// The officer fields each jurisdiction requires (requirements.md "officer fields": hz-gs 6(1); zc 11; wh-gs 5(4)).
// The table shows these columns for the chosen profile, plus any other field the data fills in.
import type { ProfileId } from '../../shared/catalogue/types.ts';

export const OFFICER_COLUMNS = ['name', 'role', 'gender', 'age', 'unit', 'position', 'certificateNumber', 'category', 'area', 'validity', 'state'] as const;
export type OfficerColumn = (typeof OFFICER_COLUMNS)[number];

export const PROFILE_COLUMNS: Record<ProfileId, readonly OfficerColumn[]> = {
  baseline: ['name', 'certificateNumber'],
  // hz lists auxiliary staff (执法辅助人员) beside the officers.
  hz: ['name', 'role', 'certificateNumber'],
  qp: ['name', 'certificateNumber'],
  zc: ['name', 'unit', 'position', 'certificateNumber', 'category', 'area'],
  hb: ['name', 'certificateNumber'],
  wh: ['name', 'gender', 'age', 'position', 'certificateNumber', 'validity'],
};

export function profileOf(value: string | null | undefined): ProfileId {
  return value && value in PROFILE_COLUMNS ? (value as ProfileId) : 'baseline';
}
