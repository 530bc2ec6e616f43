// legal-review-catalogue (advisory): the catalogue of major decisions subject to legal review — kind, level,
// field, amount thresholds (hz-sh 8; zc 51; qp 二(三)3; hb (十二)).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'kind', pattern: /(决定|事项)?类(别|型)|审核事项/, isCore: true },
  { key: 'criteria', pattern: /(适用)?情形|(审核)?标准|数额|金额|范围/, isCore: true },
  { key: 'reviewer', pattern: /审核(机构|部门|单位)/ },
];

const spec: ItemSpec<'legalReviewCatalogue'> = {
  id: 'legal-review-catalogue',
  section: { kind: 'legalReviewCatalogue' },
  names: /法制审核(事项)?(目录|清单)|重大(行政)?执法决定(法制审核)?(事项)?(目录|清单)/,
  columns: { fields: () => FIELDS, min: 2, required: ['criteria'], excludes: /当事人|抽查|姓名/ },
  acceptsDocuments: true,
};

export const legalReviewCatalogue: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
