// The x-zfgs vendor keywords of zfgs-disclosure.schema.json, as ajv keyword definitions: register them with
// `for (const keyword of ZFGS_KEYWORDS) ajv.addKeyword(keyword)` and ajv applies every check `validate()` applies.
// Each error carries `params.code`, the issue code validate() reports, and points at the field it is about.
//
//   x-zfgs-realDate: true                  (string) a YYYY-MM-DD that is a real date: no 2023-02-30   → date
//   x-zfgs-notBefore: { than, code }       (string) a date not before the date at `than`, a relative JSON
//                                          pointer from this field ("1/validFrom": a sibling)           → code
//   x-zfgs-uniqueBy: "field"               (array)  items do not repeat `field` (items without it are skipped),
//                                          reported at each repeat                                      → duplicateId
//   x-zfgs-certificateRequired: true       (object) certificateNumber unless auxiliary is true          → certificateRequired
//   x-zfgs-stepsOrPreset: true             (object) a preset, or at least one step                      → stepsOrPreset
//   x-zfgs-knownSteps: true                (object) without a preset, every edge names steps it has     → unknownStep
//   x-zfgs-schemaVersion, x-zfgs-kinds     (root)   annotations: the model version; kind of file → definition
//
// Ajv is only a type import here: nothing of ajv ships with zfgs.
import type { ErrorObject, FuncKeywordDefinition, KeywordDefinition } from 'ajv';
import type { DataValidationCxt } from 'ajv/dist/types/index.js';
import { DATE_PATTERN, isRealDate } from './common.ts';
import type { IssueCode } from './codes.ts';

type ZfgsError = Partial<ErrorObject> & { keyword: string; params: { code: IssueCode }; instancePath: string; message: string };

/** A validate function that reports through ajv's `errors` property on itself. */
type ReportingValidate = ((schema: unknown, data: unknown, parentSchema?: unknown, context?: DataValidationCxt) => boolean) & { errors?: ZfgsError[] };

function pointerEscape(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerTokens(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let value = root;
  for (const token of tokens) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[token] : undefined;
  return value;
}

/** Resolves a relative JSON pointer ("2/decisionDate") from the value at `instancePath` in `root`. */
export function resolveRelativePointer(root: unknown, instancePath: string, relative: string): unknown {
  const match = /^(\d+)((?:\/.*)?)$/.exec(relative);
  if (!match) return undefined;
  const up = Number(match[1]);
  const here = pointerTokens(instancePath);
  if (up > here.length) return undefined;
  return valueAt(root, [...here.slice(0, here.length - up), ...pointerTokens(match[2] ?? '')]);
}

function keyword(name: string, type: FuncKeywordDefinition['type'], check: (schema: never, data: never, context: DataValidationCxt) => ZfgsError[]): FuncKeywordDefinition {
  const validate: ReportingValidate = (schema, data, _parentSchema, context) => {
    const errors = context ? check(schema as never, data as never, context) : [];
    validate.errors = errors;
    return errors.length === 0;
  };
  return { keyword: name, type, errors: true, validate: validate as FuncKeywordDefinition['validate'] };
}

function error(name: string, instancePath: string, code: IssueCode, message: string): ZfgsError {
  return { keyword: name, instancePath, params: { code }, message };
}

export const ZFGS_KEYWORDS: KeywordDefinition[] = [
  // The shape is `pattern`'s business; this keyword adds only the calendar (no 2023-02-30).
  keyword('x-zfgs-realDate', 'string', (isOn: boolean, data: string, { instancePath }) =>
    isOn && DATE_PATTERN.test(data) && !isRealDate(data) ? [error('x-zfgs-realDate', instancePath, 'date', 'must be a real calendar date (YYYY-MM-DD)')] : [],
  ),
  keyword('x-zfgs-notBefore', 'string', (rule: { than: string; code: IssueCode }, data: string, { instancePath, rootData }) => {
    const earlier = resolveRelativePointer(rootData, instancePath, rule.than);
    if (typeof earlier !== 'string' || !isRealDate(earlier) || !isRealDate(data) || data >= earlier) return [];
    return [error('x-zfgs-notBefore', instancePath, rule.code, `must not be before ${rule.than} (${earlier})`)];
  }),
  keyword('x-zfgs-uniqueBy', 'array', (field: string, data: unknown[], { instancePath }) => {
    const seen = new Set<unknown>();
    const errors: ZfgsError[] = [];
    data.forEach((item, index) => {
      const value = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
      if (typeof value !== 'string' && typeof value !== 'number') return;
      if (seen.has(value)) errors.push(error('x-zfgs-uniqueBy', `${instancePath}/${index}/${pointerEscape(field)}`, 'duplicateId', `repeats ${field} ${String(value)}`));
      seen.add(value);
    });
    return errors;
  }),
  keyword('x-zfgs-certificateRequired', 'object', (isOn: boolean, data: Record<string, unknown>, { instancePath }) =>
    isOn && data.auxiliary !== true && !data.certificateNumber
      ? [error('x-zfgs-certificateRequired', `${instancePath}/certificateNumber`, 'certificateRequired', 'an officer needs a certificate number (auxiliary staff excepted)')]
      : [],
  ),
  keyword('x-zfgs-stepsOrPreset', 'object', (isOn: boolean, data: Record<string, unknown>, { instancePath }) =>
    isOn && data.preset === undefined && !(Array.isArray(data.steps) && data.steps.length > 0)
      ? [error('x-zfgs-stepsOrPreset', `${instancePath}/steps`, 'stepsOrPreset', 'needs steps or a preset')]
      : [],
  ),
  keyword('x-zfgs-knownSteps', 'object', (isOn: boolean, data: Record<string, unknown>, { instancePath }) => {
    if (!isOn || data.preset !== undefined || !Array.isArray(data.edges)) return [];
    const steps: unknown[] = Array.isArray(data.steps) ? data.steps : [];
    const ids = new Set(steps.map((step) => (step !== null && typeof step === 'object' ? (step as Record<string, unknown>).id : undefined)));
    const errors: ZfgsError[] = [];
    data.edges.forEach((edge: unknown, index: number) => {
      if (edge === null || typeof edge !== 'object') return;
      for (const end of ['from', 'to']) {
        const id = (edge as Record<string, unknown>)[end];
        if (typeof id === 'string' && !ids.has(id)) errors.push(error('x-zfgs-knownSteps', `${instancePath}/edges/${index}/${end}`, 'unknownStep', `the procedure has no step ${id}`));
      }
    });
    return errors;
  }),
];

// Annotations on the root: the schema version, and which definition validates which kind of file.
ZFGS_KEYWORDS.push({ keyword: 'x-zfgs-schemaVersion' }, { keyword: 'x-zfgs-kinds' });

/** Every x-zfgs keyword name, for validators that should accept them as annotations only (ajv.addVocabulary). */
export const ZFGS_KEYWORD_NAMES = ZFGS_KEYWORDS.map((definition) => String(definition.keyword));
