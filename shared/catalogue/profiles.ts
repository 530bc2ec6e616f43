// Jurisdiction profiles: the parameters requirements.md's "Parameters that differ by profile" table gives
// each one. Where a document sets no number ("及时", "—", "provincial rules") the profile says so instead of
// inventing one, and the rules answer `review` there: a person judges what "promptly" means.
import type { ProfileId } from './types.ts';

/** A time limit as a document states it. */
export type DayLimit =
  | { kind: 'working-days'; days: number }
  /** 及时 (promptly): required, with no number. */
  | { kind: 'promptly' }
  /** The profile's documents set none (— in the table) or defer to other rules (zc: provincial rules). */
  | { kind: 'unstated'; deferredTo?: 'provincial-rules' };

export type StatisticsDue =
  | { kind: 'date'; month: number; day: number }
  /** qp: "annual (date by city)" — due every year, the day set elsewhere. */
  | { kind: 'annual-unspecified' }
  | { kind: 'unstated' };

/** Fields of an officer list (执法人员清单) a profile names. */
export type OfficerField = 'name' | 'certificateNumber' | 'auxiliaryStaff' | 'unit' | 'position' | 'category' | 'area' | 'gender' | 'age' | 'validity';

/** Fields of a service guide (服务指南) a profile names. */
export type ServiceGuideField =
  | 'name' | 'acceptingBody' | 'approvingBody' | 'conditions' | 'timeLimit' | 'place' | 'contact' | 'templates'
  | 'process' | 'materials' | 'supervision' | 'remedy';

/** Fields of a service window's staff board (岗位信息公示牌) a profile names beyond name, position and duties. */
export type StaffBoardField = 'photo' | 'unit' | 'enforcementKind';

/** Summary fields of a published decision a profile names. */
export type DecisionField =
  | 'documentNumber' | 'caseName' | 'party' | 'facts' | 'legalBasis' | 'content' | 'enforcingBody' | 'decisionDate' | 'kind';

export interface Profile {
  id: ProfileId;
  /** Licence (行政许可) and penalty (行政处罚) decisions: publication deadline from the decision date. */
  licencePenaltyDeadline: DayLimit;
  /** Every other decision. */
  otherDecisionDeadline: DayLimit;
  /** How long penalty results may stay online (hz-gs 15), in years from the decision date. */
  penaltyPostingYears: { max: number; min: number } | undefined;
  /** Updating, correcting and withdrawing information (hz-gs 16–18). */
  correctionDeadline: DayLimit;
  /** When last year's statistics are due. */
  statisticsDue: StatisticsDue;
  officerFields: readonly OfficerField[];
  serviceGuideFields: readonly ServiceGuideField[];
  decisionFields: readonly DecisionField[];
  /** qp adds a photo (二(一)3), zc the unit and enforcement kind (16). */
  staffBoardFields: readonly StaffBoardField[];
  /** Time allowed for a legal review (data only: reviews are not visible on pages). */
  legalReviewDays: DayLimit;
}

const days = (count: number): DayLimit => ({ kind: 'working-days', days: count });
const PROMPTLY: DayLimit = { kind: 'promptly' };
const UNSTATED: DayLimit = { kind: 'unstated' };
const JANUARY_31: StatisticsDue = { kind: 'date', month: 1, day: 31 };

/** 118号's summary fields: 执法机关、执法对象、执法类别、执法结论 (qp 二(一)4, hb (六)). */
const CORE_DECISION_FIELDS: readonly DecisionField[] = ['enforcingBody', 'party', 'kind', 'content'];
/** hz-gs 9: 文号、案件名称、当事人、主要违法事实、法律依据、执法决定、执法主体、日期. */
const HZ_DECISION_FIELDS: readonly DecisionField[] = ['documentNumber', 'caseName', 'party', 'facts', 'legalBasis', 'content', 'enforcingBody', 'decisionDate'];
/** hz-gs 6(4). */
const HZ_SERVICE_GUIDE_FIELDS: readonly ServiceGuideField[] = ['name', 'acceptingBody', 'approvingBody', 'conditions', 'timeLimit'];
/** zc 15. */
const ZC_SERVICE_GUIDE_FIELDS: readonly ServiceGuideField[] = ['name', 'place', 'contact', 'templates', 'process', 'materials', 'timeLimit', 'supervision', 'remedy'];
/** What every service guide shows whatever the document: the item and how long it takes. */
const CORE_SERVICE_GUIDE_FIELDS: readonly ServiceGuideField[] = ['name', 'timeLimit'];

/** What every document requires: each profile below is this, changed where its documents differ. */
const BASELINE: Profile = {
  id: 'baseline',
  licencePenaltyDeadline: days(7),
  otherDecisionDeadline: days(20),
  penaltyPostingYears: undefined,
  // "5 working days as the strictest stated"
  correctionDeadline: days(5),
  statisticsDue: JANUARY_31,
  officerFields: ['name', 'certificateNumber'],
  serviceGuideFields: CORE_SERVICE_GUIDE_FIELDS,
  decisionFields: CORE_DECISION_FIELDS,
  staffBoardFields: [],
  legalReviewDays: UNSTATED,
};

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  baseline: BASELINE,
  hz: {
    ...BASELINE,
    id: 'hz',
    penaltyPostingYears: { max: 5, min: 1 },
    officerFields: ['name', 'certificateNumber', 'auxiliaryStaff'],
    serviceGuideFields: HZ_SERVICE_GUIDE_FIELDS,
    decisionFields: HZ_DECISION_FIELDS,
    // "≥ 7 working days allowed for review"
    legalReviewDays: days(7),
  },
  qp: {
    ...BASELINE,
    id: 'qp',
    correctionDeadline: UNSTATED,
    statisticsDue: { kind: 'annual-unspecified' },
    staffBoardFields: ['photo'],
    // "within the set time": legalReviewDays stays unstated
  },
  zc: {
    ...BASELINE,
    id: 'zc',
    licencePenaltyDeadline: { kind: 'unstated', deferredTo: 'provincial-rules' },
    otherDecisionDeadline: UNSTATED,
    correctionDeadline: PROMPTLY,
    statisticsDue: { kind: 'unstated' },
    officerFields: ['name', 'unit', 'position', 'certificateNumber', 'category', 'area'],
    serviceGuideFields: ZC_SERVICE_GUIDE_FIELDS,
    staffBoardFields: ['unit', 'enforcementKind'],
  },
  hb: {
    ...BASELINE,
    id: 'hb',
    correctionDeadline: PROMPTLY,
  },
  wh: {
    ...BASELINE,
    id: 'wh',
    licencePenaltyDeadline: UNSTATED,
    otherDecisionDeadline: UNSTATED,
    correctionDeadline: PROMPTLY,
    statisticsDue: { kind: 'unstated' },
    officerFields: ['name', 'gender', 'age', 'position', 'certificateNumber', 'validity'],
    // "5 working days, +3 with approval"
    legalReviewDays: days(5),
  },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

export function isProfileId(value: string): value is ProfileId {
  return Object.hasOwn(PROFILES, value);
}

/** Whether a catalogue entry's profiles impose it under `profile`. */
export function imposes(profiles: readonly ProfileId[], profile: ProfileId): boolean {
  return profiles.includes('baseline') || profiles.includes(profile);
}
