// Post-event decisions: decision-summary-fields (hz-gs 9; qp 二(一)4; hb (六)), decision-timeliness (hz-gs 14),
// decision-redaction and decision-not-publishable (hz-gs 10–11), penalty-posting-period (hz-gs 15),
// decision-withdrawn (hz-gs 17), full-text-publication (hb (六)).
import * as v from 'valibot';
import { isoDate, linkedDocument, markdown, notBefore, text, uniqueBy, updated, usccShape } from './common.ts';
import { DECISION_KINDS } from './kinds.ts';

export const PARTY_KINDS = ['natural', 'legal', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PartySchema = v.strictObject({
  /** natural: 自然人; legal: 法人; other: 其他组织 (incl. 个体工商户 published under a trade name). */
  kind: v.picklist(PARTY_KINDS, 'unknownKind'),
  /** 当事人姓名或名称, as published (natural persons may be shown masked: 张某). */
  name: text(),
  uscc: v.optional(usccShape()),
  /** 法定代表人 / 负责人 (public for legal persons). */
  legalRepresentative: v.optional(text()),
});
export type Party = v.InferOutput<typeof PartySchema>;

export const REVOCATION_KINDS = ['revoked', 'annulled', 'remade', 'withdrawn'] as const;

export const DecisionSchema = v.pipe(
  v.strictObject({
    /** 决定文书号 */
    documentNumber: text(),
    /** 案件名称 */
    caseName: text(),
    party: PartySchema,
    /** 主要违法事实 */
    facts: v.optional(text()),
    /** 法律依据 */
    legalBasis: text(),
    /** 执法决定 / 处罚内容 */
    content: text(),
    kind: v.picklist(DECISION_KINDS, 'unknownKind'),
    /** 简易程序 / 普通（一般）程序 */
    procedure: v.optional(v.picklist(['simple', 'general'], 'unknownKind')),
    /** 执法主体名称 */
    enforcingBody: text(),
    decisionDate: isoDate(),
    publicationDate: isoDate(),
    /**
     * 公示期限: the last day the decision stays online when the agency shortens it (hz-gs 15: at most 5 years,
     * at least 1 year for minor penalties). Absent: the default period of the agency's profile.
     */
    postingUntil: v.optional(isoDate()),
    /** Set when the decision was revoked, annulled, re-made or withdrawn (hz-gs 17). */
    revocation: v.optional(
      v.strictObject({
        kind: v.picklist(REVOCATION_KINDS, 'unknownKind'),
        date: isoDate(),
        reason: text(),
      }),
    ),
    /** 决定书全文, markdown, already redacted. */
    fullText: v.optional(markdown()),
    /** 履行情况 (zc 18; wh-gs 5(5)) */
    fulfilment: v.optional(text()),
    attachments: v.optional(v.array(linkedDocument())),
  }),
  notBefore(['decisionDate'], ['publicationDate'], 'publishedBeforeDecision'),
  notBefore(['decisionDate'], ['revocation', 'date'], 'dateOrder'),
  notBefore(['decisionDate'], ['postingUntil'], 'dateOrder'),
);
export type Decision = v.InferOutput<typeof DecisionSchema>;

export const DecisionsSectionSchema = v.strictObject({
  updated: updated(),
  /** The document number (文号) identifies a decision: widgets link to it, the auditor reports by it. */
  items: v.pipe(v.array(DecisionSchema), uniqueBy('documentNumber')),
});
export type DecisionsSection = v.InferOutput<typeof DecisionsSectionSchema>;
