// Names of the kinds of administrative enforcement (shared/schema/kinds.ts), shared by the widgets that show them
// (power list categories, statistics rows). zh-CN is the source.
import type { EnforcementKind } from '../../../schema/kinds.ts';

export const enforcementKindNames: Record<EnforcementKind, string> = {
  licence: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  payment: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other: '其他行政权力',
};
