// Runtime validation: every problem with its JSON path and a message in Chinese and English. Never throws.
import * as v from 'valibot';
import { messageFor, type BilingualMessage } from './messages.ts';
import { SCHEMAS, type SchemaKind, type SchemaOutput } from './registry.ts';

export interface ValidationIssue {
  /** JSON path of the offending value: $.officers.items[3].validUntil */
  path: string;
  /** The message key (date, dateOrder, strict_object …), stable for tests and tools. */
  code: string;
  message: BilingualMessage;
}

export type ValidationResult<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: ValidationIssue[] };

export function jsonPath(issue: v.BaseIssue<unknown>): string {
  let path = '$';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

function codeOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') return issue.expected === 'never' ? 'unknownField' : issue.received === 'undefined' ? 'missing' : 'type';
  return /^[a-z][A-Za-z]*$/.test(issue.message) ? issue.message : issue.type;
}

export function validate<K extends SchemaKind>(kind: K, input: unknown): ValidationResult<SchemaOutput<K>> {
  const schema = SCHEMAS[kind];
  if (!schema) {
    return { ok: false, issues: [{ path: '$', code: 'unknownSchema', message: { 'zh-CN': `未知的数据类型 ${String(kind)}`, en: `unknown kind of data ${String(kind)}` } }] };
  }
  let result: v.SafeParseResult<typeof schema>;
  try {
    result = v.safeParse(schema, input, { abortEarly: false, abortPipeEarly: false });
  } catch (error) {
    // A getter that throws, a revoked proxy …: still an answer, never an exception.
    return { ok: false, issues: [{ path: '$', code: 'unreadable', message: { 'zh-CN': `无法读取数据：${String(error)}`, en: `cannot read the data: ${String(error)}` } }] };
  }
  if (result.success) return { ok: true, value: result.output as SchemaOutput<K>, issues: [] };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ path: jsonPath(issue), code: codeOf(issue), message: messageFor(issue) })),
  };
}
