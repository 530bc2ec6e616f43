// Enforcement-kind names as messages of one widget (`<prefix>.kind.<kind>`), so they are overridable like every
// label (labels['kind.penalty'], label-kind.penalty) while the names themselves live once in shared/i18n.
import type { EnforcementKind } from '../../shared/schema/kinds.ts';
import { enforcementKindNames as zhKinds } from '../../shared/i18n/widgets/zh-CN/enforcement-kinds.ts';
import { enforcementKindNames as enKinds } from '../../shared/i18n/widgets/en/enforcement-kinds.ts';

export type KindMessageKey<P extends string> = `${P}.kind.${EnforcementKind}`;

export function kindMessages<P extends string>(prefix: P, names: Record<EnforcementKind, string>): Record<KindMessageKey<P>, string> {
  return Object.fromEntries(Object.entries(names).map(([kind, name]) => [`${prefix}.kind.${kind}`, name])) as Record<KindMessageKey<P>, string>;
}

/** A widget's own messages in both languages plus the kind names under its prefix. */
export function withKindMessages<P extends string, Key extends string>(
  prefix: P,
  zh: Record<Key, string>,
  en: Record<Key, string>,
): { 'zh-CN': Record<Key | KindMessageKey<P>, string>; en: Record<Key | KindMessageKey<P>, string> } {
  const merge = (own: Record<Key, string>, names: Record<EnforcementKind, string>) => ({ ...own, ...kindMessages(prefix, names) }) as Record<Key | KindMessageKey<P>, string>;
  return { 'zh-CN': merge(zh, zhKinds), en: merge(en, enKinds) };
}
