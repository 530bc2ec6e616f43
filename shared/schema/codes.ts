// The closed set of issue codes `validate` reports. Stable: tools, tests and the builder key on them.
export const ISSUE_CODES = [
  // shape
  'type', // wrong JSON type: text where a list belongs, a number as text …
  'missing', // a required field is absent
  'unknownField', // a field the model does not have (typos, fields of another kind)
  'schemaVersion', // schemaVersion is not the version this code reads
  'unknownKind', // a value outside its list (kind, status, unit, preset …)
  'countOrNoPower', // a statistics count that is neither a count nor "no-power"
  // single fields
  'empty', // empty text
  'emptyList', // a list that needs at least one entry is empty
  'date', // not a real calendar date written YYYY-MM-DD
  'link', // not an http(s) URL or a same-site path (javascript:, data:, //host …)
  'email',
  'phone',
  'postalCode',
  'uscc', // not the shape of a 统一社会信用代码
  'integer',
  'negative',
  'range', // a year or age outside a sensible range
  'stepId', // an id that is not lowercase letters, digits and hyphens
  // across fields
  'dateOrder', // an end date before its start (validUntil < validFrom, revocation before the decision …)
  'publishedBeforeDecision', // a decision published before it was made
  'certificateRequired', // an officer without certificate number who is not auxiliary staff
  'duplicateId', // a repeated id, document number, certificate number or year within one list
  'stepsOrPreset', // a procedure with neither steps nor a preset
  'unknownStep', // an edge of a fully drawn flowchart names a step it does not have
  // input that is not plain JSON data
  'json', // a data island or src file that is not valid JSON text (reported by the widget base when parsing)
  'unreadable', // reading the value threw (a getter, a revoked proxy)
  'cyclic', // the value contains itself
  'notPlainData', // a Date, Map, class instance … where JSON data belongs
  'tooDeep', // nested deeper than any disclosure can be
  'tooLarge', // a list longer than any disclosure can be
  'unknownSchema', // validate() was asked for a kind of data that does not exist
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export function isIssueCode(value: string): value is IssueCode {
  return (ISSUE_CODES as readonly string[]).includes(value);
}
