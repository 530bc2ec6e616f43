// The officer fields each jurisdiction requires come from the catalogue's profiles (shared/catalogue/profiles.ts,
// requirements.md "officer fields"): the table shows these columns for the chosen profile, plus any other field
// the data fills in, in one fixed column order.
import { PROFILES, isProfileId, type OfficerField } from '../../shared/catalogue/profiles.ts';
import type { ProfileId } from '../../shared/catalogue/types.ts';

export const OFFICER_COLUMNS = ['name', 'role', 'gender', 'age', 'unit', 'position', 'certificateNumber', 'category', 'area', 'validity', 'state'] as const;
export type OfficerColumn = (typeof OFFICER_COLUMNS)[number];

/** The profile's fields as columns: hz's auxiliary staff (执法辅助人员) become the role column. */
export function profileColumns(profile: ProfileId): OfficerColumn[] {
  return PROFILES[profile].officerFields.map((field: OfficerField) => (field === 'auxiliaryStaff' ? 'role' : field));
}

export function profileOf(value: string | null | undefined): ProfileId {
  return value && isProfileId(value) ? value : 'baseline';
}
