// Every kind of data a widget, the builder or a CMS export can hand to `validate`.
import type * as v from 'valibot';
import { AgencySchema } from './agency.ts';
import { ComplaintSectionSchema } from './complaint.ts';
import { DecisionSchema, DecisionsSectionSchema } from './decision.ts';
import { DisclosureSchema } from './disclosure.ts';
import { DutiesSectionSchema } from './duties.ts';
import { InspectionListSectionSchema } from './inspection.ts';
import { LegalBasisSectionSchema } from './legal-basis.ts';
import { AvRecordingSectionSchema, LegalReviewCatalogueSectionSchema } from './legal-review.ts';
import { OfficerSchema, OfficersSectionSchema } from './officer.ts';
import { PowerListSectionSchema } from './power-list.ts';
import { ProcedureSchema, ProceduresSectionSchema } from './procedure.ts';
import { RemedySectionSchema } from './remedy.ts';
import { ServiceGuideSchema, ServiceGuidesSectionSchema } from './service-guide.ts';
import { StaffBoardSectionSchema } from './staff-board.ts';
import { StatisticsSectionSchema } from './statistics.ts';

export const SCHEMAS = {
  disclosure: DisclosureSchema,
  agency: AgencySchema,
  duties: DutiesSectionSchema,
  officers: OfficersSectionSchema,
  officer: OfficerSchema,
  legalBasis: LegalBasisSectionSchema,
  procedures: ProceduresSectionSchema,
  procedure: ProcedureSchema,
  serviceGuides: ServiceGuidesSectionSchema,
  serviceGuide: ServiceGuideSchema,
  powerList: PowerListSectionSchema,
  inspections: InspectionListSectionSchema,
  remedy: RemedySectionSchema,
  complaint: ComplaintSectionSchema,
  staffBoard: StaffBoardSectionSchema,
  decisions: DecisionsSectionSchema,
  decision: DecisionSchema,
  statistics: StatisticsSectionSchema,
  legalReviewCatalogue: LegalReviewCatalogueSectionSchema,
  avRecording: AvRecordingSectionSchema,
} as const;

export type SchemaKind = keyof typeof SCHEMAS;
export type SchemaOutput<K extends SchemaKind> = v.InferOutput<(typeof SCHEMAS)[K]>;
