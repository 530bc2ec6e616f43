// Every widget's named examples, in one registry: the gallery, the per-widget tests, the axe run and the XSS
// harness iterate it. test/node/widget-registry.test.ts fails when a widget folder is missing here.
import type { SchemaKind } from '../shared/schema/index.ts';
import type { WidgetExamples } from './base/examples.ts';
import { complaintExamples } from './complaint/complaint.examples.ts';

export const WIDGET_EXAMPLES: readonly WidgetExamples<SchemaKind>[] = [complaintExamples] as readonly WidgetExamples<SchemaKind>[];
