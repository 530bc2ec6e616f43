// A detached copy of an input as plain JSON-like data, so validation reads every value exactly once and can
// never be thrown off by what JavaScript allows and JSON does not: getters that throw, revoked proxies, cycles,
// Dates and class instances, __proto__ keys, absurd nesting or lengths. Each such value becomes an issue at
// its path and is left out of the copy.
import type { IssueCode } from './codes.ts';

export type PathKey = string | number;

export interface PlainDataIssue {
  path: PathKey[];
  code: Extract<IssueCode, 'unreadable' | 'cyclic' | 'notPlainData' | 'tooDeep' | 'tooLarge' | 'unknownField'>;
  received: string;
}

/** Deeper than any disclosure (Disclosure → decisions → items → decision → revocation → date is 5). */
export const MAX_DEPTH = 32;
/** Longer than any list a disclosure can publish. */
export const MAX_ITEMS = 1_000_000;

/** Keys that would change an object's prototype when copied by assignment; never fields of the model. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'error';
  }
}

function typeName(value: object): string {
  try {
    return Object.getPrototypeOf(value)?.constructor?.name ?? 'Object';
  } catch {
    return 'object';
  }
}

export function toPlainData(input: unknown): { value: unknown; issues: PlainDataIssue[] } {
  const issues: PlainDataIssue[] = [];
  const ancestors = new Set<object>();
  const leftOut = Symbol('left out');

  function copy(value: unknown, path: PathKey[]): unknown {
    if (value === null || typeof value !== 'object') return value; // valibot judges primitives and functions itself
    if (ancestors.has(value)) {
      issues.push({ path, code: 'cyclic', received: typeName(value) });
      return leftOut;
    }
    if (path.length >= MAX_DEPTH) {
      issues.push({ path, code: 'tooDeep', received: typeName(value) });
      return leftOut;
    }
    ancestors.add(value);
    try {
      return copyObject(value, path);
    } catch (error) {
      issues.push({ path, code: 'unreadable', received: describe(error) });
      return leftOut;
    } finally {
      ancestors.delete(value);
    }
  }

  function copyObject(value: object, path: PathKey[]): unknown {
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) {
        issues.push({ path, code: 'tooLarge', received: String(value.length) });
        return leftOut;
      }
      const items: unknown[] = [];
      for (let index = 0; index < value.length; index += 1) {
        const item = read(value, index, path);
        items.push(item === leftOut ? undefined : item);
      }
      return items;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      issues.push({ path, code: 'notPlainData', received: typeName(value) });
      return leftOut;
    }
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key)) {
        issues.push({ path: [...path, key], code: 'unknownField', received: key });
        continue;
      }
      const item = read(value, key, path);
      if (item !== leftOut) object[key] = item;
    }
    return object;
  }

  function read(container: object, key: PathKey, path: PathKey[]): unknown {
    let value: unknown;
    try {
      value = (container as Record<PathKey, unknown>)[key];
    } catch (error) {
      issues.push({ path: [...path, key], code: 'unreadable', received: describe(error) });
      return leftOut;
    }
    return copy(value, [...path, key]);
  }

  const value = copy(input, []);
  return { value: value === leftOut ? undefined : value, issues };
}
