// One document per agency: every disclosure block, each with its own `updated` date.
import * as v from 'valibot';
import { AgencySchema } from './agency.ts';
import { ComplaintSectionSchema } from './complaint.ts';
import { DecisionsSectionSchema } from './decision.ts';
import { DutiesSectionSchema } from './duties.ts';
import { InspectionListSectionSchema } from './inspection.ts';
import { LegalBasisSectionSchema } from './legal-basis.ts';
import { AvRecordingSectionSchema, LegalReviewCatalogueSectionSchema } from './legal-review.ts';
import { OfficersSectionSchema } from './officer.ts';
import { PowerListSectionSchema } from './power-list.ts';
import { ProceduresSectionSchema } from './procedure.ts';
import { RemedySectionSchema } from './remedy.ts';
import { ServiceGuidesSectionSchema } from './service-guide.ts';
import { StaffBoardSectionSchema } from './staff-board.ts';
import { StatisticsSectionSchema } from './statistics.ts';

/** The schema version this code reads and writes. Bump the major on breaking changes. */
export const SCHEMA_VERSION = '1.0';

export const DisclosureSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION, 'schemaVersion'),
  agency: AgencySchema,
  duties: v.optional(DutiesSectionSchema),
  officers: v.optional(OfficersSectionSchema),
  legalBasis: v.optional(LegalBasisSectionSchema),
  procedures: v.optional(ProceduresSectionSchema),
  serviceGuides: v.optional(ServiceGuidesSectionSchema),
  powerList: v.optional(PowerListSectionSchema),
  inspections: v.optional(InspectionListSectionSchema),
  remedy: v.optional(RemedySectionSchema),
  complaint: v.optional(ComplaintSectionSchema),
  staffBoard: v.optional(StaffBoardSectionSchema),
  decisions: v.optional(DecisionsSectionSchema),
  statistics: v.optional(StatisticsSectionSchema),
  legalReviewCatalogue: v.optional(LegalReviewCatalogueSectionSchema),
  avRecording: v.optional(AvRecordingSectionSchema),
});
export type Disclosure = v.InferOutput<typeof DisclosureSchema>;
