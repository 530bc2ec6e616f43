// The whole sample Disclosure, and the per-section files widgets load by `src`.
import { SCHEMA_VERSION, type Disclosure, type SchemaKind } from '../../../shared/schema/index.ts';
import { COMPLAINT, composeAgency, DUTIES, REMEDY } from './agency.ts';
import { composeDecisions } from './decisions.ts';
import { SERVICE_GUIDES, STAFF_BOARD } from './guides.ts';
import { composeInspections } from './inspections.ts';
import { AV_RECORDING, LEGAL_BASIS, LEGAL_REVIEW_CATALOGUE } from './legal.ts';
import { composeOfficers } from './officers.ts';
import { partyFactory } from './parties.ts';
import { POWER_LIST } from './power-list.ts';
import { PROCEDURES } from './procedures.ts';
import { seededRandom } from './random.ts';
import { STATISTICS } from './statistics.ts';

/** Change it and every generated name, identifier and date changes with it. */
export const SEED = 20261120;

export function composeDisclosure(): Disclosure {
  const random = seededRandom(SEED);
  const agency = composeAgency(random);
  const officers = composeOfficers(random);
  const inspections = composeInspections(random);
  const decisions = composeDecisions(random, partyFactory(random), officers.items);
  return {
    schemaVersion: SCHEMA_VERSION,
    agency,
    duties: DUTIES,
    officers,
    legalBasis: LEGAL_BASIS,
    procedures: PROCEDURES,
    serviceGuides: SERVICE_GUIDES,
    powerList: POWER_LIST,
    inspections,
    remedy: REMEDY,
    complaint: COMPLAINT,
    staffBoard: STAFF_BOARD,
    decisions,
    statistics: STATISTICS,
    legalReviewCatalogue: LEGAL_REVIEW_CATALOGUE,
    avRecording: AV_RECORDING,
  };
}

/** File name (in demo/data/) → the section of the Disclosure it holds and the schema kind it validates as. */
export const SECTION_FILES: Record<string, { section: Exclude<keyof Disclosure, 'schemaVersion'>; kind: SchemaKind }> = {
  'agency.json': { section: 'agency', kind: 'agency' },
  'duties.json': { section: 'duties', kind: 'duties' },
  'officers.json': { section: 'officers', kind: 'officers' },
  'legal-basis.json': { section: 'legalBasis', kind: 'legalBasis' },
  'procedures.json': { section: 'procedures', kind: 'procedures' },
  'service-guides.json': { section: 'serviceGuides', kind: 'serviceGuides' },
  'power-list.json': { section: 'powerList', kind: 'powerList' },
  'inspections.json': { section: 'inspections', kind: 'inspections' },
  'remedy.json': { section: 'remedy', kind: 'remedy' },
  'complaint.json': { section: 'complaint', kind: 'complaint' },
  'staff-board.json': { section: 'staffBoard', kind: 'staffBoard' },
  'decisions.json': { section: 'decisions', kind: 'decisions' },
  'statistics.json': { section: 'statistics', kind: 'statistics' },
  'legal-review-catalogue.json': { section: 'legalReviewCatalogue', kind: 'legalReviewCatalogue' },
  'av-recording.json': { section: 'avRecording', kind: 'avRecording' },
};

/** Every file the generator writes, by name, as JSON text. */
export function sampleFiles(): Record<string, string> {
  const disclosure = composeDisclosure();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = { 'disclosure.json': json(disclosure) };
  for (const [file, { section }] of Object.entries(SECTION_FILES)) files[file] = json(disclosure[section]);
  return files;
}
