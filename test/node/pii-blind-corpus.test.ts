// The blind personal-data corpus keeps the rules of its README: the committed JSON lines are exactly what the
// marked sources build to, the verifier finds nothing wrong with them, and the verifier does catch each kind of
// mistake it is there to catch (so a clean result means something).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BLIND_CORPUS, buildBlindCorpus, toJsonLines } from '../fixtures/tools/build-pii-blind.ts';
import type { CorpusRecord } from '../fixtures/tools/pii-corpus-markup.ts';
import { readCorpus, verifyCorpus } from '../fixtures/tools/verify-pii-corpus.ts';

const committed = readCorpus(BLIND_CORPUS);

/** A copy of the corpus with one change to the first decision that `isWanted`. */
function withChange(change: (record: CorpusRecord) => void, isWanted: (record: CorpusRecord) => boolean = () => true): CorpusRecord[] {
  const copy = structuredClone(committed);
  const record = copy.find(isWanted);
  assert.ok(record, 'a decision to change');
  change(record);
  return copy;
}

const hasLabel = (type: string, note = '') => (record: CorpusRecord) =>
  record.labels.some((label) => label.type === type && (label.note ?? '').startsWith(note));

function labelOf(record: CorpusRecord, type: string, note?: string) {
  const label = record.labels.find((candidate) => candidate.type === type && (note === undefined || candidate.note?.startsWith(note)));
  assert.ok(label, `${record.id} has a ${type} label`);
  return label;
}

test('the committed corpus is what its sources build to', () => {
  assert.equal(readFileSync(BLIND_CORPUS, 'utf8'), toJsonLines(buildBlindCorpus()));
});

test('the committed corpus keeps every rule of its README', () => {
  assert.equal(committed.length, 60);
  assert.deepEqual(verifyCorpus(committed), []);
});

test('ids split into a tune half (odd last digit) and a holdout half (even) of 30 each', () => {
  const tune = committed.filter((record) => Number(record.id.at(-1)) % 2 === 1);
  assert.equal(tune.length, 30);
  assert.equal(committed.length - tune.length, 30);
});

test('the verifier reports a label whose offsets no longer match its value', () => {
  const broken = withChange((record) => {
    const label = labelOf(record, 'id-number');
    label.start += 1;
  });
  assert.ok(verifyCorpus(broken).some((problem) => problem.includes('slice differs')));
});

test('the verifier reports an unlabelled digit run and an unlabelled @', () => {
  const broken = withChange((record) => {
    record.labels = record.labels.filter((label) => label.type !== 'mobile' && label.type !== 'email');
  }, (record) => hasLabel('mobile')(record) && hasLabel('email')(record));
  const problems = verifyCorpus(broken);
  assert.ok(problems.some((problem) => /unlabelled "\d{5,}/.test(problem)));
  assert.ok(problems.some((problem) => problem.includes('unlabelled "@"')));
});

test('the verifier reports a wrong ID check character and a card failing Luhn', () => {
  const broken = withChange((record) => {
    const id = labelOf(record, 'id-number');
    const card = labelOf(record, 'bank-account', 'card');
    const swapLast = (value: string) => value.slice(0, -1) + (value.endsWith('1') ? '2' : '1');
    for (const label of [id, card]) {
      label.value = swapLast(label.value);
      record.text = record.text.slice(0, label.start) + label.value + record.text.slice(label.end);
    }
  }, (record) => hasLabel('id-number')(record) && hasLabel('bank-account', 'card')(record));
  const problems = verifyCorpus(broken);
  assert.ok(problems.some((problem) => problem.includes('wrong check character')));
  assert.ok(problems.some((problem) => problem.includes('valid Luhn digit')));
});

test('the verifier reports a minor label on a party who is 18', () => {
  const broken = withChange((record) => {
    labelOf(record, 'id-number', 'turns 18').type = 'minor';
  }, hasLabel('id-number', 'turns 18'));
  assert.ok(verifyCorpus(broken).some((problem) => problem.includes('aged 18 on the decision date')));
});
