// The contract of the personal-data detectors (decision-redaction, decision-not-publishable: hz-gs 10–11).
import type { PartyKind } from '../schema/decision.ts';

/** Personal data that must be hidden (the types of requirements.md's sensitive-data table). */
export const PERSONAL_DATA_TYPES = [
  'id-number',
  'mobile',
  'landline',
  'email',
  'bank-account',
  'home-address',
  'health',
  'third-party-name',
  'minor',
] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/** What the detectors recognised and let pass: public data and properly masked forms. */
export type LookAlikeType =
  | 'uscc'
  | 'invalid-id-number'
  | 'masked-id-number'
  | 'masked-mobile'
  | 'masked-landline'
  | 'masked-email'
  | 'masked-uscc'
  | 'masked-name'
  | 'masked-address'
  | 'masked-account'
  | 'public-phone'
  | 'agency-account'
  | 'business-address'
  | 'agency-address'
  | 'public-email'
  | 'party-name'
  | 'legal-rep-name'
  | 'officer-name'
  | 'document-number'
  | 'licence-number'
  | 'other';

/** leak: must be hidden; masked: already hidden properly; public: not personal data. */
export type Classification = 'leak' | 'masked' | 'public';

export interface Finding {
  /** For leaks a PersonalDataType; for `masked` and `public` findings the look-alike's type. */
  type: PersonalDataType | LookAlikeType;
  classification: Classification;
  /** JavaScript string offsets (UTF-16 code units) into the scanned text; text.slice(start, end) === value. */
  start: number;
  end: number;
  value: string;
  /** The conventional masked form (330106********1234, 138****5678, 张某). Reports show this, never value. */
  masked: string;
  /** 0–1: how sure the detector is. */
  confidence: number;
  /** camelCase key saying why (checkDigitValid, contextHomeAddress, witnessName, ageUnder18 …). */
  reason: string;
}

export interface ScanOptions {
  /** The party of the decision, when known: its own name is public, and natural persons' data is personal. */
  party?: { kind: PartyKind; name: string };
  /** YYYY-MM-DD; the day against which a minor's age is judged and future birth dates refused. */
  decisionDate?: string;
  /** Also return the masked forms and look-alikes recognised (classification masked / public). */
  all?: boolean;
}
