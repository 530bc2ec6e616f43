// The kinds of administrative enforcement (行政执法行为) used by power lists, decisions and statistics.
export const ENFORCEMENT_KINDS = [
  'licence', // 行政许可
  'penalty', // 行政处罚
  'coercion', // 行政强制
  'levy', // 行政征收
  'payment', // 行政给付
  'inspection', // 行政检查
  'confirmation', // 行政确认
  'reward', // 行政奖励
  'adjudication', // 行政裁决
  'other', // 其他行政权力
] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];

/** Decisions published after the event (hz-gs 9, 14): licence and penalty within 7 working days, others within 20. */
export const DECISION_KINDS = ['licence', 'penalty', 'coercion', 'other'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
