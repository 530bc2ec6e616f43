// The all-in-one bundle (dist/widgets/zfgs.js): importing it defines every zfgs- element.
export * from './base/index.ts';
export { ZfgsComplaint } from './complaint/complaint.ts';
