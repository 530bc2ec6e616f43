// English names of the kinds of administrative enforcement; keys mirror zh-CN/enforcement-kinds.ts.
import type { EnforcementKind } from '../../../schema/kinds.ts';

export const enforcementKindNames: Record<EnforcementKind, string> = {
  licence: 'Administrative licensing',
  penalty: 'Administrative penalties',
  coercion: 'Administrative coercion',
  levy: 'Administrative levies',
  payment: 'Administrative payments',
  inspection: 'Administrative inspections',
  confirmation: 'Administrative confirmation',
  reward: 'Administrative rewards',
  adjudication: 'Administrative adjudication',
  other: 'Other administrative powers',
};
