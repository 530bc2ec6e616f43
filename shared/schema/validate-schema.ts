// Validation against one schema: every problem with its JSON path, a stable code and a message in Chinese and
// English. Never throws: the input is first copied as plain data (plain-data.ts), so what JavaScript allows and
// JSON does not becomes an issue at its path instead of an exception. Import this with the schema of your kind
// rather than validate() when a bundle needs one kind only: validate() pulls in every schema via the registry.
import * as v from 'valibot';
import { isIssueCode, type IssueCode } from './codes.ts';
import { messageFor, shorten, type BilingualMessage } from './messages.ts';
import { toPlainData, type PathKey } from './plain-data.ts';

export interface ValidationIssue {
  /** JSON path of the offending value: $.officers.items[3].validUntil */
  path: string;
  /** One of ISSUE_CODES (codes.ts): type, missing, unknownField, date, dateOrder … — stable for tests and tools. */
  code: IssueCode;
  message: BilingualMessage;
}

export type ValidationResult<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: ValidationIssue[] };

export function formatPath(keys: readonly PathKey[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

export function jsonPath(issue: v.BaseIssue<unknown>): string {
  return formatPath(keysOf(issue));
}

/** The issue code of a valibot issue: custom checks name theirs; valibot's own type checks map to `type`. */
function codeOf(issue: v.BaseIssue<unknown>): IssueCode {
  if (issue.type === 'strict_object') return issue.expected === 'never' ? 'unknownField' : issue.expected === 'Object' ? 'type' : 'missing';
  if (isIssueCode(issue.message)) return issue.message;
  return 'type';
}

/** valibot quotes strings in full; messages quote at most a short prefix. */
function receivedOf(issue: v.BaseIssue<unknown>, code: IssueCode): string {
  if (code === 'unknownField') return shorten(String(issue.path?.at(-1)?.key ?? ''));
  // A quoted text stays quoted when cut: "很长的值…"
  const quoted = /^"([\s\S]*)"$/.exec(issue.received);
  return quoted ? `"${shorten(quoted[1] ?? '')}"` : shorten(issue.received);
}

type AnySchema = v.GenericSchema & { wrapped?: AnySchema; entries?: Record<string, AnySchema>; item?: AnySchema };

/** The fields of the object schema at `keys`, for listing every unknown field (valibot reports the first). */
function fieldsAt(schema: AnySchema, keys: readonly PathKey[]): Set<string> | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of keys) {
    while (current?.wrapped) current = current.wrapped;
    current = typeof key === 'number' ? current?.item : current?.entries?.[key];
  }
  while (current?.wrapped) current = current.wrapped;
  return current?.entries ? new Set(Object.keys(current.entries)) : undefined;
}

function valueAt(value: unknown, keys: readonly PathKey[]): unknown {
  let current = value;
  for (const key of keys) current = current !== null && typeof current === 'object' ? (current as Record<PathKey, unknown>)[key] : undefined;
  return current;
}

export function issue(path: readonly PathKey[], code: IssueCode, expected?: string, received?: string): ValidationIssue {
  return { path: formatPath(path), code, message: messageFor(code, { expected, received }) };
}

/** True when `path` is `scope` or lies inside it. */
function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`) || path.startsWith(`${scope}[`);
}

/** Validates `input` against one valibot schema of this model. */
export function validateSchema<TSchema extends v.GenericSchema>(schemaToUse: TSchema, input: unknown): ValidationResult<v.InferOutput<TSchema>> {
  const schema = schemaToUse as AnySchema;
  try {
    const plain = toPlainData(input);
    const issues: ValidationIssue[] = plain.issues.map((each) => issue(each.path, each.code, undefined, shorten(each.received)));
    // What the copy already reported (and left out) is not reported again as missing or of the wrong type.
    const reported = issues.map((each) => each.path);
    const result = v.safeParse(schema, plain.value, { abortEarly: false, abortPipeEarly: false });
    const seen = new Set(issues.map((each) => `${each.path} ${each.code}`));
    const add = (next: ValidationIssue) => {
      const key = `${next.path} ${next.code}`;
      if (seen.has(key) || reported.some((scope) => isWithin(next.path, scope))) return;
      seen.add(key);
      issues.push(next);
    };
    for (const found of result.issues ?? []) {
      const code = codeOf(found);
      const keys = keysOf(found);
      // valibot takes a list for an object (and reports its missing fields); JSON Schema and readers do not.
      if ((code === 'missing' || code === 'unknownField') && Array.isArray(valueAt(plain.value, keys.slice(0, -1)))) {
        add(issue(keys.slice(0, -1), 'type', 'Object', 'Array'));
        continue;
      }
      add(issue(keys, code, found.expected ?? undefined, receivedOf(found, code)));
      if (code === 'unknownField') {
        const objectKeys = keys.slice(0, -1);
        const fields = fieldsAt(schema, objectKeys);
        const object = valueAt(plain.value, objectKeys);
        if (fields && object !== null && typeof object === 'object') {
          for (const key of Object.keys(object)) if (!fields.has(key)) add(issue([...objectKeys, key], 'unknownField', undefined, shorten(key)));
        }
      }
    }
    if (issues.length === 0 && result.success) return { ok: true, value: result.output as v.InferOutput<TSchema>, issues: [] };
    return { ok: false, issues };
  } catch (error) {
    // Not reachable with plain data; kept so that a bug in a check still yields an answer, never an exception.
    return { ok: false, issues: [issue([], 'unreadable', undefined, shorten(error instanceof Error ? error.message : 'error'))] };
  }
}
