// The registry: one rule per automatable catalogue id (file name = id).
import { agencyIdentity } from './agency-identity.ts';
import { annualStatistics } from './annual-statistics.ts';
import { avRecordingList } from './av-recording-list.ts';
import { complaintChannel } from './complaint-channel.ts';
import { decisionNotPublishable } from './decision-not-publishable.ts';
import { decisionRedaction } from './decision-redaction.ts';
import { decisionSummaryFields } from './decision-summary-fields.ts';
import { decisionTimeliness } from './decision-timeliness.ts';
import { decisionWithdrawn } from './decision-withdrawn.ts';
import { discretionBenchmark } from './discretion-benchmark.ts';
import { dutiesAuthority } from './duties-authority.ts';
import { entrustedOrganization } from './entrusted-organization.ts';
import { fullTextPublication } from './full-text-publication.ts';
import { inspectionResults } from './inspection-results.ts';
import { legalBasis } from './legal-basis.ts';
import { legalReviewCatalogue } from './legal-review-catalogue.ts';
import { legalReviewFlowchart } from './legal-review-flowchart.ts';
import { officerCredentialValid } from './officer-credential-valid.ts';
import { officerList } from './officer-list.ts';
import { penaltyPostingPeriod } from './penalty-posting-period.ts';
import { powerResponsibilityList } from './power-responsibility-list.ts';
import { procedureFlowchart } from './procedure-flowchart.ts';
import { publicationChannel } from './publication-channel.ts';
import { randomInspectionList } from './random-inspection-list.ts';
import { randomInspectionResults } from './random-inspection-results.ts';
import { remedy } from './remedy.ts';
import { serviceGuide } from './service-guide.ts';
import { updateCorrection } from './update-correction.ts';
import { windowStaffBoard } from './window-staff-board.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  agencyIdentity, entrustedOrganization, officerList, officerCredentialValid, dutiesAuthority, legalBasis,
  discretionBenchmark, procedureFlowchart, serviceGuide, powerResponsibilityList, randomInspectionList, remedy,
  complaintChannel, legalReviewCatalogue, legalReviewFlowchart, avRecordingList, windowStaffBoard,
  decisionSummaryFields, decisionTimeliness, decisionRedaction, decisionNotPublishable, penaltyPostingPeriod,
  decisionWithdrawn, updateCorrection, annualStatistics, randomInspectionResults, inspectionResults,
  fullTextPublication, publicationChannel,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleFor(id: string): Rule | undefined {
  return BY_ID.get(id);
}
