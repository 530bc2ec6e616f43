// The all-in-one bundle (dist/widgets/zfgs.js): importing it defines every zfgs- element.
export * from './base/index.ts';
export { ZfgsAgency } from './agency/agency.ts';
export { ZfgsComplaint } from './complaint/complaint.ts';
export { ZfgsDecision } from './decision/decision.ts';
export { ZfgsDecisions } from './decisions/decisions.ts';
export { ZfgsDisclosure } from './disclosure/disclosure.ts';
export { ZfgsFlowchart } from './flowchart/flowchart.ts';
export { ZfgsOfficers } from './officers/officers.ts';
export { ZfgsRemedy } from './remedy/remedy.ts';
export { ZfgsStatistics } from './statistics/statistics.ts';
