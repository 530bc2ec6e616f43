// The JSON Schema (draft 2020-12) of the disclosure model, generated from the valibot schemas with
// @valibot/to-json-schema, so a CMS can check its exports without our code. Titles and descriptions, in Chinese
// and English, come from json-schema-descriptions.ts and are added here, never to the runtime schemas (the widget
// bundle does not carry them). Checks JSON Schema cannot express become documented vendor keywords
// (json-schema-keywords.ts); a validator that ignores them still applies every other check.
// Build-time only: imported by scripts/json-schema.ts and the tests, never by widgets or the extension.
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { DESCRIPTIONS } from './json-schema-descriptions.ts';
import type { SchemaKind } from './registry.ts';
import { AgencySchema, EntrustedOrganizationSchema } from './agency.ts';
import { ComplaintChannelSchema, ComplaintSectionSchema } from './complaint.ts';
import { DecisionSchema, DecisionsSectionSchema, PartySchema } from './decision.ts';
import { DisclosureSchema, SCHEMA_VERSION } from './disclosure.ts';
import { DutiesSectionSchema } from './duties.ts';
import { InspectionItemSchema, InspectionListSectionSchema, InspectionResultSchema } from './inspection.ts';
import { BenchmarkEntrySchema, DiscretionBenchmarkSchema, LegalBasisSectionSchema, LegalDocumentSchema } from './legal-basis.ts';
import { AvRecordingEntrySchema, AvRecordingSectionSchema, LegalReviewCatalogueSectionSchema, LegalReviewEntrySchema } from './legal-review.ts';
import { OfficerSchema, OfficersSectionSchema } from './officer.ts';
import { PowerItemSchema, PowerListSectionSchema } from './power-list.ts';
import { EdgeSchema, ProcedureSchema, ProceduresSectionSchema, StepSchema } from './procedure.ts';
import { RemedyBodySchema, RemedySectionSchema } from './remedy.ts';
import { MaterialSchema, ServiceGuideSchema, ServiceGuidesSectionSchema } from './service-guide.ts';
import { StaffBoardSectionSchema, WindowStaffSchema } from './staff-board.ts';
import { AnnualStatisticsSchema, StatisticsSectionSchema } from './statistics.ts';

export const JSON_SCHEMA_ID = `urn:zfgs:schema:disclosure:${SCHEMA_VERSION}`;
export const JSON_SCHEMA_FILE = 'shared/schema/zfgs-disclosure.schema.json';

/** Named definitions ($defs), so a CMS can validate one section file against `#/$defs/OfficersSection`. */
const DEFINITIONS = {
  Agency: AgencySchema,
  EntrustedOrganization: EntrustedOrganizationSchema,
  DutiesSection: DutiesSectionSchema,
  Officer: OfficerSchema,
  OfficersSection: OfficersSectionSchema,
  LegalDocument: LegalDocumentSchema,
  BenchmarkEntry: BenchmarkEntrySchema,
  DiscretionBenchmark: DiscretionBenchmarkSchema,
  LegalBasisSection: LegalBasisSectionSchema,
  Step: StepSchema,
  Edge: EdgeSchema,
  Procedure: ProcedureSchema,
  ProceduresSection: ProceduresSectionSchema,
  Material: MaterialSchema,
  ServiceGuide: ServiceGuideSchema,
  ServiceGuidesSection: ServiceGuidesSectionSchema,
  PowerItem: PowerItemSchema,
  PowerListSection: PowerListSectionSchema,
  InspectionItem: InspectionItemSchema,
  InspectionResult: InspectionResultSchema,
  InspectionListSection: InspectionListSectionSchema,
  RemedyBody: RemedyBodySchema,
  RemedySection: RemedySectionSchema,
  ComplaintChannel: ComplaintChannelSchema,
  ComplaintSection: ComplaintSectionSchema,
  WindowStaff: WindowStaffSchema,
  StaffBoardSection: StaffBoardSectionSchema,
  Party: PartySchema,
  Decision: DecisionSchema,
  DecisionsSection: DecisionsSectionSchema,
  AnnualStatistics: AnnualStatisticsSchema,
  StatisticsSection: StatisticsSectionSchema,
  LegalReviewEntry: LegalReviewEntrySchema,
  LegalReviewCatalogueSection: LegalReviewCatalogueSectionSchema,
  AvRecordingEntry: AvRecordingEntrySchema,
  AvRecordingSection: AvRecordingSectionSchema,
};

/** Which definition validates which kind of file (SCHEMAS of registry.ts): officers.json → #/$defs/OfficersSection. */
export const KIND_DEFINITIONS: Record<SchemaKind, string> = {
  disclosure: '#',
  agency: '#/$defs/Agency',
  duties: '#/$defs/DutiesSection',
  officers: '#/$defs/OfficersSection',
  officer: '#/$defs/Officer',
  legalBasis: '#/$defs/LegalBasisSection',
  procedures: '#/$defs/ProceduresSection',
  procedure: '#/$defs/Procedure',
  serviceGuides: '#/$defs/ServiceGuidesSection',
  serviceGuide: '#/$defs/ServiceGuide',
  powerList: '#/$defs/PowerListSection',
  inspections: '#/$defs/InspectionListSection',
  remedy: '#/$defs/RemedySection',
  complaint: '#/$defs/ComplaintSection',
  staffBoard: '#/$defs/StaffBoardSection',
  decisions: '#/$defs/DecisionsSection',
  decision: '#/$defs/Decision',
  statistics: '#/$defs/StatisticsSection',
  legalReviewCatalogue: '#/$defs/LegalReviewCatalogueSection',
  avRecording: '#/$defs/AvRecordingSection',
};

type Schema = JsonSchema & Record<string, unknown>;
type Action = Parameters<NonNullable<ConversionConfig['overrideAction']>>[0]['valibotAction'] & {
  message?: unknown;
  paths?: readonly (readonly string[])[];
  jsonSchemaKeyword?: readonly [string, unknown];
};

/** The property schema at a path of object schemas (for keywords that sit on the later of two fields). */
function propertyAt(schema: Schema, path: readonly string[]): Schema {
  let current = schema;
  for (const key of path) {
    const next = (current.properties as Record<string, Schema> | undefined)?.[key];
    if (!next) throw new Error(`json-schema: no property ${path.join('.')}`);
    current = next;
  }
  return current;
}

/** The vendor keyword of each check JSON Schema cannot express; unknown checks stop the generator. */
function overrideAction({ valibotAction, jsonSchema, errors }: { valibotAction: Action; jsonSchema: JsonSchema; errors?: unknown }): JsonSchema | undefined {
  if (!errors) return undefined; // converted as is (regex → pattern, nonEmpty → minLength …)
  const schema = structuredClone(jsonSchema) as Schema;
  const { type, message } = valibotAction;
  if (type === 'check' && message === 'date') return { ...schema, 'x-zfgs-realDate': true } as JsonSchema;
  if (type === 'raw_check' && valibotAction.jsonSchemaKeyword) {
    const [keyword, value] = valibotAction.jsonSchemaKeyword;
    return { ...schema, [keyword]: value } as JsonSchema;
  }
  if (type === 'partial_check' && (message === 'dateOrder' || message === 'publishedBeforeDecision')) {
    const [earlier = [], later = []] = valibotAction.paths ?? [];
    // A relative JSON pointer from the later field: up as many levels as it is deep, then down to the earlier one.
    propertyAt(schema, later)['x-zfgs-notBefore'] = { than: `${later.length}/${earlier.join('/')}`, code: message };
    return schema as JsonSchema;
  }
  if (type === 'partial_check' && (message === 'certificateRequired' || message === 'stepsOrPreset')) {
    return { ...schema, [`x-zfgs-${message}`]: true } as JsonSchema;
  }
  throw new Error(`json-schema: no JSON Schema form for the ${type} check ${String(message)}; add a vendor keyword`);
}

function describe(schema: Schema, key: string): void {
  const text = DESCRIPTIONS[key];
  if (!text) throw new Error(`json-schema: no description for ${key} (json-schema-descriptions.ts)`);
  const [zhTitle, enTitle, zhDescription, enDescription] = text;
  schema.title = `${zhTitle} / ${enTitle}`;
  if (zhDescription || enDescription) schema.description = [zhDescription, enDescription].filter(Boolean).join('\n');
}

/** Titles and descriptions on a definition and every property below it, keyed Definition.property.property. */
function describeTree(schema: Schema, key: string): void {
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    describe(property, `${key}.${name}`);
    describeNested(property, `${key}.${name}`);
  }
}

function describeNested(schema: Schema, key: string): void {
  if (schema.properties) describeTree(schema, key);
  const items = schema.items as Schema | undefined;
  if (items && !items.$ref && items.properties) describeTree(items, key);
}

export function buildJsonSchema(): Schema {
  const converted = toJsonSchema(DisclosureSchema, {
    target: 'draft-2020-12',
    definitions: DEFINITIONS,
    overrideAction: overrideAction as ConversionConfig['overrideAction'],
  }) as Schema;
  const { $schema, $defs, ...root } = converted;
  const definitions = $defs as Record<string, Schema>;
  for (const [name, definition] of Object.entries(definitions)) {
    describe(definition, name);
    describeTree(definition, name);
  }
  describeTree(root as Schema, 'Disclosure');
  const [zhTitle, enTitle, zhDescription, enDescription] = DESCRIPTIONS.Disclosure ?? [];
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `${zhTitle} / ${enTitle}`,
    description: `${zhDescription}\n${enDescription}`,
    $comment:
      'Generated from the valibot schemas of shared/schema by `npm run generate`; do not edit. Vendor keywords x-zfgs-* carry the checks JSON Schema cannot express (see README, "Data model"); validators that do not know them still apply every other check.',
    'x-zfgs-schemaVersion': SCHEMA_VERSION,
    'x-zfgs-kinds': KIND_DEFINITIONS,
    ...root,
    $defs: definitions,
  };
}
