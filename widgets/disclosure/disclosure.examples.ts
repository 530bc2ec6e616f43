// Named examples of zfgs-disclosure, built from the sample agency's small sections (demo/data) and the other widgets'
// examples. The gallery, the tests, the axe run and the XSS harness all read these.
import type { Disclosure } from '../../shared/schema/index.ts';
import { SCHEMA_VERSION } from '../../shared/schema/index.ts';
import agency from '../../demo/data/agency.json';
import duties from '../../demo/data/duties.json';
import remedy from '../../demo/data/remedy.json';
import complaint from '../../demo/data/complaint.json';
import statistics from '../../demo/data/statistics.json';
import staffBoard from '../../demo/data/staff-board.json';
import legalReviewCatalogue from '../../demo/data/legal-review-catalogue.json';
import avRecording from '../../demo/data/av-recording.json';
import officers from '../../demo/data/officers.json';
import { defineExamples } from '../base/examples.ts';
import { decisionsExamples } from '../decisions/decisions.examples.ts';
import { flowchartExamples } from '../flowchart/flowchart.examples.ts';

const procedure = (name: string) => flowchartExamples.examples.find((example) => example.name === name)!.data;

const column = {
  schemaVersion: SCHEMA_VERSION,
  agency,
  duties,
  officers: { ...officers, items: officers.items.slice(0, 6) },
  procedures: { updated: '2026-03-01', items: [procedure('preset-penalty-simple'), procedure('licence-adjusted')] },
  legalReviewCatalogue,
  avRecording,
  remedy,
  complaint,
  staffBoard,
  decisions: decisionsExamples.examples[0]!.data,
  statistics,
} as Disclosure;

export const disclosureExamples = defineExamples({
  tag: 'zfgs-disclosure',
  kind: 'disclosure',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例区市场监督管理局的公示专栏（事前、事中、事后）', en: 'The sample bureau’s disclosure column (before, during, after)' },
      data: column,
    },
    {
      name: 'agency-only',
      title: { 'zh-CN': '只有执法主体信息', en: 'The enforcing body only' },
      data: { schemaVersion: SCHEMA_VERSION, agency } as Disclosure,
    },
  ],
});
