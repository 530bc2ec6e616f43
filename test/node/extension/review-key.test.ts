import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reviewKey } from '../../../extension/audit/review-key.ts';

describe('review mark keys', () => {
  const finding = { reason: 'unmasked', snippet: '电话 138****5678 住址 某路 1 号', data: { type: 'mobile' } };

  it('depend on what the finding says, not where its element is', async () => {
    const moved = { ...finding, target: ['main > div:nth-child(9) > p'] };
    assert.equal(await reviewKey('decision-redaction', moved), await reviewKey('decision-redaction', finding));
  });

  it('ignore differences of whitespace and character width', async () => {
    const reflowed = { ...finding, snippet: '  电话 １３８****５６７８\n住址  某路 1 号 ' };
    assert.equal(await reviewKey('decision-redaction', reflowed), await reviewKey('decision-redaction', finding));
  });

  it('change when the content, the reason or the rule changes', async () => {
    const base = await reviewKey('decision-redaction', finding);
    assert.notEqual(await reviewKey('decision-redaction', { ...finding, snippet: '电话 139****5678 住址 某路 1 号' }), base);
    assert.notEqual(await reviewKey('decision-redaction', { ...finding, reason: 'other' }), base);
    assert.notEqual(await reviewKey('decision-timeliness', finding), base);
  });

  it('use the data when there is no snippet, whatever the order of its keys', async () => {
    const a = await reviewKey('officer-list', { reason: 'missingField', snippet: '', data: { field: 'certificate', officer: 3 } });
    const b = await reviewKey('officer-list', { reason: 'missingField', snippet: '', data: { officer: 3, field: 'certificate' } });
    const c = await reviewKey('officer-list', { reason: 'missingField', snippet: '', data: { officer: 4, field: 'certificate' } });
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.match(a, /^[0-9a-f]{64}$/);
  });
});
