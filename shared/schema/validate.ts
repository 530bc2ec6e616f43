// validate(kind, input): the entry point widgets, the builder and CMS tools use. Every problem with its JSON
// path, a stable code and a message in Chinese and English; never throws (see validate-schema.ts).
import { shorten } from './messages.ts';
import { SCHEMAS, type SchemaKind, type SchemaOutput } from './registry.ts';
import { issue, validateSchema, type ValidationResult } from './validate-schema.ts';

export { formatPath, jsonPath, validateSchema, type ValidationIssue, type ValidationResult } from './validate-schema.ts';

export function validate<K extends SchemaKind>(kind: K, input: unknown): ValidationResult<SchemaOutput<K>> {
  const schema = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
  if (!schema) return { ok: false, issues: [issue([], 'unknownSchema', undefined, typeof kind === 'string' ? shorten(kind) : typeof kind)] };
  return validateSchema(schema, input) as ValidationResult<SchemaOutput<K>>;
}
