import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLink, pageKey, scopeOf } from '../../../extension/crawl/scope.ts';

describe('which links a site audit follows', () => {
  const column = scopeOf('http://site.test/gongkai/zfgs/index.html', 'column');

  it('follows pages in the start page\'s folder only, unless the scope is the whole site', () => {
    assert.equal(classifyLink('http://site.test/gongkai/zfgs/list_2.html', column).kind, 'page');
    assert.equal(classifyLink('http://site.test/gongkai/zfgs/sub/detail.html?id=3', column).kind, 'page');
    assert.equal(classifyLink('http://site.test/news/1.html', column).kind, 'outside');
    assert.equal(classifyLink('http://site.test/news/1.html', scopeOf('http://site.test/gongkai/zfgs/', 'origin')).kind, 'page');
  });

  it('collects same-origin attachments wherever they are, and never another site', () => {
    assert.equal(classifyLink('http://site.test/uploads/2024/decision.PDF', column).kind, 'attachment');
    assert.equal(classifyLink('http://site.test/uploads/list.xlsx', column).kind, 'attachment');
    assert.equal(classifyLink('http://other.test/gongkai/zfgs/a.pdf', column).kind, 'outside');
    assert.equal(classifyLink('https://site.test/gongkai/zfgs/a.html', column).kind, 'outside');
  });

  it('skips images, scripts, archives and non-web schemes', () => {
    for (const href of ['http://site.test/gongkai/zfgs/logo.png', 'http://site.test/gongkai/zfgs/a.zip', 'mailto:x@site.test', 'javascript:void(0)', 'not a url']) {
      assert.equal(classifyLink(href, column).kind, 'skipped', href);
    }
  });

  it('treats a URL with a fragment as the same page', () => {
    assert.equal(pageKey(new URL('http://site.test/a.html#top')), 'http://site.test/a.html');
  });
});
