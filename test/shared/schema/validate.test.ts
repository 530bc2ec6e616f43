// validate(): the sample agency passes; every malformed document is rejected with exactly the expected paths and
// codes; messages exist in both languages; and nothing a caller can pass makes it throw.
import { expect } from '@open-wc/testing';
import { ISSUE_CODES, SCHEMA_MESSAGES, SCHEMAS, validate, validateSchema, OfficersSectionSchema, type SchemaKind } from '../../../shared/schema/index.ts';
import { MALFORMED } from '../../fixtures/schema/malformed.ts';

let sampleText: string;
const sample = () => JSON.parse(sampleText);
const pairs = (issues: { path: string; code: string }[]) => issues.map(({ path, code }) => `${path} ${code}`).sort();
const CJK = /[\u4e00-\u9fff]/;

function neverThrows(kind: string, input: unknown) {
  let result: ReturnType<typeof validate> | undefined;
  expect(() => {
    result = validate(kind as SchemaKind, input);
  }).to.not.throw();
  return result!;
}

describe('validate()', () => {
  before(async () => {
    sampleText = await (await fetch('/demo/data/disclosure.json')).text();
  });

  it('accepts the whole sample agency and returns a copy of it', () => {
    const input = sample();
    const result = validate('disclosure', input);
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value).to.deep.equal(input);
      expect(result.value).to.not.equal(input);
    }
  });

  it(`rejects ${MALFORMED.length} malformed documents, each with exactly the expected paths and codes`, () => {
    expect(MALFORMED.length).to.be.at.least(25);
    for (const malformed of MALFORMED) {
      const expected = typeof malformed.expected === 'function' ? malformed.expected(sample()) : malformed.expected;
      const result = validate('disclosure', malformed.make(sample()));
      expect(result.ok, malformed.name).to.equal(false);
      expect(pairs(result.issues), malformed.name).to.deep.equal(pairs(expected));
    }
  });

  it('gives every issue of every malformed document a message in Chinese and English', () => {
    for (const malformed of MALFORMED) {
      for (const issue of validate('disclosure', malformed.make(sample())).issues) {
        expect(issue.message['zh-CN'], `${malformed.name} zh-CN`).to.match(CJK);
        // English apart from the values it quotes.
        expect(issue.message.en.replace(/"[^"]*"…?/g, ''), `${malformed.name} en`).to.not.match(CJK);
      }
    }
  });

  it('has a message in both languages for every issue code, quoting what it is given', () => {
    expect(Object.keys(SCHEMA_MESSAGES).sort()).to.deep.equal([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) {
      const message = SCHEMA_MESSAGES[code]({ expected: 'string', received: '"abc"' });
      expect(message['zh-CN'], code).to.match(CJK);
      expect(message.en, code).to.not.match(CJK);
      expect(message.en.length, code).to.be.greaterThan(5);
    }
    expect(SCHEMA_MESSAGES.type({ expected: 'Array', received: 'Object' }).en).to.equal('wrong type: must be a list, got Object');
  });

  it('reports every unknown field of an object, not only the first', () => {
    const input = sample();
    Object.assign(input.agency, { fax: '1', wechat: '2', logo: '3' });
    expect(pairs(validate('disclosure', input).issues)).to.deep.equal(['$.agency.fax unknownField', '$.agency.logo unknownField', '$.agency.wechat unknownField']);
  });

  it('reports several problems at once', () => {
    const input = sample();
    input.officers.items[0].gender = 'x';
    input.decisions.items[0].kind = 'y';
    delete input.agency.name;
    expect(validate('disclosure', input).issues.length).to.equal(3);
  });

  it('validates each kind of file on its own, and one kind without the registry', () => {
    const input = sample();
    expect(validate('officers', input.officers).ok).to.equal(true);
    expect(validate('decision', input.decisions.items[0]).ok).to.equal(true);
    expect(validateSchema(OfficersSectionSchema, input.officers).ok).to.equal(true);
    expect(pairs(validate('officer', { name: '张三', status: 'valid' }).issues)).to.deep.equal(['$.certificateNumber certificateRequired']);
    expect(Object.keys(SCHEMAS)).to.include.members(['disclosure', 'agency', 'officers', 'decisions', 'statistics', 'procedures']);
  });

  it('answers an unknown kind with unknownSchema', () => {
    expect(pairs(neverThrows('officials', {}).issues)).to.deep.equal(['$ unknownSchema']);
    expect(pairs(neverThrows('toString', {}).issues)).to.deep.equal(['$ unknownSchema']);
    expect(pairs(neverThrows(Symbol('x') as unknown as string, {}).issues)).to.deep.equal(['$ unknownSchema']);
  });

  describe('never throws', () => {
    it('on cyclic data', () => {
      const input = sample();
      input.agency.entrustedOrganizations[0].agreement = input.agency;
      expect(pairs(neverThrows('disclosure', input).issues)).to.deep.equal(['$.agency.entrustedOrganizations[0].agreement cyclic']);
    });

    it('on getters and proxies that throw', () => {
      const input = sample();
      Object.defineProperty(input.agency, 'name', {
        enumerable: true,
        get: () => {
          throw new Error('locked');
        },
      });
      const result = neverThrows('disclosure', input);
      expect(pairs(result.issues)).to.deep.equal(['$.agency.name unreadable']);
      expect(result.issues[0]?.message.en).to.contain('locked');
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(pairs(neverThrows('agency', proxy).issues)).to.deep.equal(['$ unreadable']);
      const hostile = new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no keys');
          },
        },
      );
      expect(pairs(neverThrows('officer', hostile).issues)).to.deep.equal(['$ unreadable']);
    });

    it('on non-plain objects: Date, Map, class instances', () => {
      class Officer {
        name = '张三';
        status = 'valid';
        certificateNumber = '1';
      }
      expect(pairs(neverThrows('officer', new Officer()).issues)).to.deep.equal(['$ notPlainData']);
      expect(pairs(neverThrows('officer', { name: '张三', status: 'valid', certificateNumber: '1', validFrom: new Date() }).issues)).to.deep.equal(['$.validFrom notPlainData']);
      expect(pairs(neverThrows('officers', { updated: '2026-01-01', items: new Map() }).issues)).to.deep.equal(['$.items notPlainData']);
      expect(neverThrows('officer', Object.assign(Object.create(null), { name: '张三', status: 'valid', certificateNumber: '1' })).ok).to.equal(true);
    });

    it('on __proto__, constructor and prototype keys, without touching prototypes', () => {
      const input = JSON.parse('{"name":"张三","status":"valid","certificateNumber":"1","__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}');
      const result = neverThrows('officer', input);
      expect(pairs(result.issues)).to.deep.equal(['$.__proto__ unknownField', '$.constructor unknownField']);
      expect(({} as Record<string, unknown>).isAdmin).to.equal(undefined);
    });

    it('on primitives, functions, symbols, bigints, NaN and Infinity where data belongs', () => {
      for (const input of [undefined, null, 0, '', true, () => 1, Symbol('s'), 10n]) {
        expect(pairs(neverThrows('agency', input).issues), String(typeof input)).to.deep.equal(['$ type']);
      }
      const counts = { year: 2024, counts: { penalty: Number.NaN, licence: Number.POSITIVE_INFINITY } };
      expect(pairs(neverThrows('statistics', { updated: '2026-01-01', items: [counts] }).issues)).to.deep.equal([
        '$.items[0].counts.licence integer',
        '$.items[0].counts.penalty countOrNoPower',
      ]);
    });

    it('on huge inputs: long text is quoted short, long lists and deep nesting are refused', () => {
      const long = 'x'.repeat(2_000_000);
      const result = neverThrows('officer', { name: long, status: long, certificateNumber: '1' });
      expect(pairs(result.issues)).to.deep.equal(['$.status unknownKind']);
      expect(result.issues[0]!.message.en.length).to.be.lessThan(300);
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      expect(pairs(neverThrows('officers', { updated: '2026-01-01', items: sparse }).issues)).to.deep.equal(['$.items tooLarge']);
      let deep: Record<string, unknown> = {};
      for (let level = 0; level < 100_000; level += 1) deep = { agency: deep };
      const nested = neverThrows('disclosure', deep);
      expect(nested.ok).to.equal(false);
      expect(nested.issues.map((issue) => issue.code)).to.include('tooDeep');
    });
  });

  it('writes JSON paths a reader can follow, quoting odd keys', () => {
    const input = sample();
    input.agency['two words'] = 1;
    input.statistics.items[0].counts.licence = 'many';
    expect(pairs(validate('disclosure', input).issues)).to.deep.equal(['$.agency["two words"] unknownField', '$.statistics.items[0].counts.licence countOrNoPower']);
  });
});
