// The all-in-one bundle (dist/widgets/zfgs.js): importing it defines every zfgs- element.
export * from './base/index.ts';
export { ZfgsAgency } from './agency/agency.ts';
export { ZfgsComplaint } from './complaint/complaint.ts';
export { ZfgsDecision } from './decision/decision.ts';
export { ZfgsDecisions } from './decisions/decisions.ts';
export { ZfgsDisclosure } from './disclosure/disclosure.ts';
export { ZfgsFlowchart } from './flowchart/flowchart.ts';
export { ZfgsInspectionList } from './inspection-list/inspection-list.ts';
export { ZfgsLegalBasis } from './legal-basis/legal-basis.ts';
export { ZfgsOfficers } from './officers/officers.ts';
export { ZfgsPowerList } from './power-list/power-list.ts';
export { ZfgsRemedy } from './remedy/remedy.ts';
export { ZfgsServiceGuide } from './service-guide/service-guide.ts';
export { ZfgsStaffBoard } from './staff-board/staff-board.ts';
export { ZfgsStatistics } from './statistics/statistics.ts';
