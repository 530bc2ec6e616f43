// The JSON Schema export: the committed file is current; ajv with our x-zfgs keywords agrees with validate() on
// the sample and on every malformed document; ajv without them (a CMS's plain validator) accepts exactly the
// cross-field cases; every field is described in both languages; the runtime bundle carries no descriptions.
// Node, not the browser: ajv is CommonJS, and CMSs run it (or its kin) on the server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { buildJsonSchema, JSON_SCHEMA_FILE, KIND_DEFINITIONS } from '../../../shared/schema/json-schema.ts';
import { ZFGS_KEYWORD_NAMES, ZFGS_KEYWORDS } from '../../../shared/schema/json-schema-keywords.ts';
import { SCHEMAS, validate, type SchemaKind } from '../../../shared/schema/index.ts';
import { MALFORMED, type ExpectedIssue } from '../../fixtures/schema/malformed.ts';

const ROOT = join(import.meta.dirname, '../../..');
const committed = JSON.parse(readFileSync(join(ROOT, JSON_SCHEMA_FILE), 'utf8'));
const sampleText = readFileSync(join(ROOT, 'demo/data/disclosure.json'), 'utf8');
const sample = () => JSON.parse(sampleText);

function ajvWith(keywords: 'zfgs' | 'plain') {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  if (keywords === 'zfgs') for (const definition of ZFGS_KEYWORDS) ajv.addKeyword(definition);
  else ajv.addVocabulary(ZFGS_KEYWORD_NAMES); // known names, no checks: what a validator unaware of them does
  ajv.addSchema(committed);
  return ajv;
}
const withKeywords = ajvWith('zfgs');
const plain = ajvWith('plain');
const validatorFor = (ajv: Ajv2020, kind: SchemaKind) => {
  const validator = ajv.getSchema(`${committed.$id}${KIND_DEFINITIONS[kind]}`);
  assert.ok(validator, kind);
  return validator;
};

/** $.decisions.items[3].documentNumber for /decisions/items/3/documentNumber */
function toJsonPath(pointer: string): string {
  let path = '$';
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(token) ? `[${token}]` : /^[A-Za-z_$][\w$]*$/.test(token) ? `.${token}` : `[${JSON.stringify(token)}]`;
  }
  return path;
}

/** Where an ajv error is about: required and additionalProperties point at the field, not its object. */
function errorPath(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const child = params.missingProperty ?? params.additionalProperty;
  return toJsonPath(child === undefined ? error.instancePath : `${error.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

const expectedOf = (expected: ExpectedIssue[] | ((document: unknown) => ExpectedIssue[])) => (typeof expected === 'function' ? expected(sample()) : expected);

describe('the JSON Schema export', () => {
  it('is up to date with the valibot schemas (else run `npm run generate`)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildJsonSchema())), `${JSON_SCHEMA_FILE} is out of date: run \`npm run generate\``);
  });

  it('is draft 2020-12 with a definition for every kind of file', () => {
    assert.equal(committed.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(Object.keys(committed['x-zfgs-kinds']).sort(), Object.keys(SCHEMAS).sort());
  });

  it('accepts the whole sample and each of its section files, with and without our keywords', () => {
    for (const ajv of [withKeywords, plain]) {
      const validator = validatorFor(ajv, 'disclosure');
      assert.equal(validator(sample()), true, JSON.stringify(validator.errors?.slice(0, 3)));
    }
    const sections: [string, SchemaKind][] = [['officers', 'officers'], ['decisions', 'decisions'], ['procedures', 'procedures'], ['statistics', 'statistics'], ['agency', 'agency']];
    for (const [field, kind] of sections) assert.equal(validatorFor(withKeywords, kind)(sample()[field]), true, kind);
  });

  it('rejects every malformed document where validate() does, at the same paths (and codes for x-zfgs checks)', () => {
    const validator = validatorFor(withKeywords, 'disclosure');
    for (const malformed of MALFORMED) {
      const document = malformed.make(sample());
      const expected = expectedOf(malformed.expected);
      assert.deepEqual(validate('disclosure', malformed.make(sample())).issues.map(({ path, code }) => ({ path, code })).sort((a, b) => a.path.localeCompare(b.path)), [...expected].sort((a, b) => a.path.localeCompare(b.path)), malformed.name);
      assert.equal(validator(document), false, `${malformed.name}: ajv accepted it`);
      const errors = validator.errors ?? [];
      const paths = new Set(errors.map(errorPath));
      for (const issue of expected) assert.ok(paths.has(issue.path), `${malformed.name}: ajv reports ${[...paths].join(', ')}, not ${issue.path}`);
      const vendor = errors.filter((error) => error.keyword.startsWith('x-zfgs-')).map((error) => ({ path: errorPath(error), code: (error.params as { code: string }).code }));
      if (malformed.isCrossField) assert.deepEqual(vendor, expected, `${malformed.name}: x-zfgs errors`);
      else assert.deepEqual(vendor, [], `${malformed.name}: no x-zfgs error expected`);
    }
  });

  it('documents what a plain validator misses: without our keywords, ajv accepts exactly the cross-field cases', () => {
    const validator = validatorFor(plain, 'disclosure');
    const accepted = MALFORMED.filter((malformed) => validator(malformed.make(sample()))).map((malformed) => malformed.name);
    const crossField = MALFORMED.filter((malformed) => malformed.isCrossField).map((malformed) => malformed.name);
    assert.deepEqual(accepted, crossField);
    assert.ok(crossField.length >= 10);
  });

  it('uses only the documented x-zfgs keywords', () => {
    const used = new Set<string>();
    JSON.stringify(committed, (key, value) => {
      if (key.startsWith('x-zfgs-')) used.add(key);
      return value;
    });
    assert.deepEqual([...used].sort(), [...ZFGS_KEYWORD_NAMES].sort());
  });

  it('titles every definition and field in Chinese and English', () => {
    let described = 0;
    const visit = (schema: Record<string, unknown>, where: string) => {
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        assert.match(String(property.title), /[\u4e00-\u9fff].* \/ [A-Za-z]/, `${where}.${name}`);
        described += 1;
        visit(property, `${where}.${name}`);
        const items = property.items as Record<string, unknown> | undefined;
        if (items?.properties) visit(items, `${where}.${name}`);
      }
    };
    visit(committed, 'Disclosure');
    for (const [name, definition] of Object.entries(committed.$defs as Record<string, Record<string, unknown>>)) {
      assert.match(String(definition.title), / \/ /, name);
      visit(definition, name);
    }
    assert.ok(described > 250, `${described} fields described`);
  });

  it('keeps descriptions, the generator and ajv out of the runtime bundle of validate()', async () => {
    const bundle = async (contents: string) => {
      const result = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
      const code = result.outputFiles[0]?.text ?? '';
      return { gzip: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs).join('\n'), code };
    };
    const all = await bundle(`import { validate } from './shared/schema/index.ts'; console.log(validate('disclosure', {}));`);
    assert.doesNotMatch(all.inputs, /json-schema|to-json-schema|ajv/);
    assert.doesNotMatch(all.code, /Administrative-enforcement disclosure|执法主体名称/);
    const officers = await bundle(`import { validateSchema } from './shared/schema/validate-schema.ts'; import { OfficersSectionSchema } from './shared/schema/officer.ts'; console.log(validateSchema(OfficersSectionSchema, {}));`);
    assert.doesNotMatch(officers.inputs, /decision\.ts|registry\.ts/);
    console.log(`validate() for every kind: ${(all.gzip / 1024).toFixed(1)} KiB gzip; one kind (officers): ${(officers.gzip / 1024).toFixed(1)} KiB gzip`);
    assert.ok(all.gzip < 16 * 1024, `validate() is ${all.gzip} bytes gzipped`);
    assert.ok(officers.gzip < all.gzip);
  });
});
