// Named examples: the single source for the gallery, the per-widget tests, the axe run and the XSS harness.
import type { SchemaKind, SchemaOutput } from '../../shared/schema/index.ts';

export interface WidgetExample<K extends SchemaKind> {
  /** kebab-case id, unique within the widget (used in test names and gallery anchors). */
  name: string;
  /** What the example shows, for the gallery. */
  title: { 'zh-CN': string; en: string };
  data: SchemaOutput<K>;
  /** Attributes to set on the element besides the data (profile, now, kiosk …). */
  attributes?: Record<string, string>;
  /** Companion data placed as extra islands in the element's light DOM (zfgs-agency's duties). */
  islands?: CompanionIsland[];
}

export interface CompanionIsland {
  kind: SchemaKind;
  data: unknown;
}

export interface WidgetExamples<K extends SchemaKind> {
  /** The element's tag, e.g. zfgs-officers. */
  tag: string;
  kind: K;
  examples: WidgetExample<K>[];
}

/** Declares a widget's examples with the data type checked against its kind. */
export function defineExamples<K extends SchemaKind>(examples: WidgetExamples<K>): WidgetExamples<K> {
  return examples;
}
