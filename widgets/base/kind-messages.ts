// Enforcement-kind names as messages of one widget (`<prefix>.kind.<kind>`), so they are overridable like every
// label (labels['kind.penalty'], label-kind.penalty) while the names themselves live once in shared/i18n.
import type { EnforcementKind } from '../../shared/schema/kinds.ts';

export type KindMessageKey<P extends string> = `${P}.kind.${EnforcementKind}`;

export function kindMessages<P extends string>(prefix: P, names: Record<EnforcementKind, string>): Record<KindMessageKey<P>, string> {
  return Object.fromEntries(Object.entries(names).map(([kind, name]) => [`${prefix}.kind.${kind}`, name])) as Record<KindMessageKey<P>, string>;
}
