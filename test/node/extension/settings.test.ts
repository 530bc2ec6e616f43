import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, LIMITS, normalizeSettings } from '../../../extension/storage/settings.ts';

describe('settings read from storage', () => {
  it('are the defaults when nothing or garbage is stored', () => {
    assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(normalizeSettings('nonsense'), DEFAULT_SETTINGS);
    assert.deepEqual(normalizeSettings({ crawl: 5, retention: null }), DEFAULT_SETTINGS);
  });

  it('keep valid values and drop unknown keys', () => {
    const settings = normalizeSettings({ profile: 'hz', language: 'en', extra: 1, crawl: { maxPages: 25, scope: 'origin' } });
    assert.equal(settings.profile, 'hz');
    assert.equal(settings.language, 'en');
    assert.equal(settings.crawl.maxPages, 25);
    assert.equal(settings.crawl.scope, 'origin');
    assert.equal(settings.crawl.maxDepth, DEFAULT_SETTINGS.crawl.maxDepth);
    assert.equal('extra' in settings, false);
  });

  it('clamp numbers into their bounds; concurrency never exceeds 2', () => {
    const settings = normalizeSettings({ crawl: { maxPages: 100_000, delayMs: -5, concurrency: 8, maxFileMiB: '7' }, retention: { days: 0.4 } });
    assert.equal(settings.crawl.maxPages, LIMITS.maxPages.max);
    assert.equal(settings.crawl.delayMs, 0);
    assert.equal(settings.crawl.concurrency, 2);
    assert.equal(settings.crawl.maxFileMiB, 7);
    assert.equal(settings.retention.days, LIMITS.days.min);
  });

  it('refuse an unknown profile or language', () => {
    const settings = normalizeSettings({ profile: 'beijing', language: 'fr' });
    assert.equal(settings.profile, 'auto');
    assert.equal(settings.language, 'auto');
  });
});
