// entrusted-organization: an organization enforcing on entrustment, with the basis, matters, powers, term and
// liability of the entrustment (zc 10 ¶2; hz-gs 6(3)). Required only where entrustment exists: a page that
// never mentions entrustment (and no agency data listing entrusted organizations) makes it inapplicable.
import type { FieldSpec } from './support/fields.ts';
import { sectionsOfKind } from './support/islands.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const MENTION = /受委托(组织|单位|机构)|委托(执法|行政执法|实施)|执法委托/;

const FIELDS: readonly FieldSpec[] = [
  { key: 'name', pattern: /受委托(组织|单位|机构)(名称)?|(组织|单位)名称/, isCore: true },
  { key: 'basis', pattern: /委托依据/, isCore: true },
  { key: 'matters', pattern: /委托(事项|内容|范围)/, isCore: true },
  { key: 'powers', pattern: /委托权限|权限/, isCore: true },
  { key: 'term', pattern: /委托期限|期限/, isCore: true },
  { key: 'liability', pattern: /(法律)?责任/, isCore: true },
  { key: 'agreement', pattern: /委托(执法)?协议/ },
];

const spec: ItemSpec<'agency'> = {
  id: 'entrusted-organization',
  section: {
    kind: 'agency',
    has: (data) => (data.entrustedOrganizations?.length ?? 0) > 0,
    lacks: (data) => [[], (data.entrustedOrganizations ?? []).some((organization) => !organization.agreement) ? ['agreement'] : []],
  },
  names: /受委托(组织|单位|机构)|委托执法(组织|单位|协议)?/,
  columns: { fields: () => FIELDS, min: 3, required: ['basis'] },
  labels: { fields: () => FIELDS, min: 3, required: ['basis'] },
  acceptsDocuments: true,
  isApplicable: (pages) =>
    pages.some((page) =>
      sectionsOfKind(page.snapshot, 'agency').some((section) => (section.data?.entrustedOrganizations?.length ?? 0) > 0) ||
      [page.title, ...page.headings.map((item) => item.compact), ...page.links.map((item) => item.compact), ...page.runs.map((item) => item.compact)]
        .some((text) => MENTION.test(text))),
};

export const entrustedOrganization: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
