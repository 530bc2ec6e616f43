import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { inlineWidgetSources, kindOfTag, type FetchText } from '../../../extension/crawl/widget-sources.ts';

const PAGE = 'http://site.test/pages/compliant.html';

function documentOf(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><base href="${PAGE}"></head><body>${body}</body></html>`, { url: PAGE }).window.document;
}

describe('widget sources in a fetched page', () => {
  it('maps widget tags to schema kinds', () => {
    assert.equal(kindOfTag('zfgs-officers'), 'officers');
    assert.equal(kindOfTag('ZFGS-DISCLOSURE'), 'disclosure');
    assert.equal(kindOfTag('zfgs-flowchart'), 'procedure');
    assert.equal(kindOfTag('zfgs-unknown'), undefined);
    assert.equal(kindOfTag('my-officers'), undefined);
  });

  it('puts a same-origin src\'s JSON into the widget as its labelled island', async () => {
    const document = documentOf('<zfgs-officers src="data/officers.json"></zfgs-officers>');
    const asked: string[] = [];
    const fetchText: FetchText = async (url) => {
      asked.push(url);
      return { ok: true, text: '{"items":[]}' };
    };
    assert.deepEqual(await inlineWidgetSources(document, PAGE, fetchText), []);
    assert.deepEqual(asked, ['http://site.test/pages/data/officers.json']);
    const island = document.querySelector('zfgs-officers > script[type="application/json"]');
    assert.equal(island?.getAttribute('data-zfgs-kind'), 'officers');
    assert.equal(island?.textContent, '{"items":[]}');
  });

  it('leaves widgets with their own island alone, reads no other site, and notes what failed', async () => {
    const document = documentOf(
      '<zfgs-agency src="a.json"><script type="application/json" data-zfgs-kind="agency">{}</script></zfgs-agency>' +
        '<zfgs-remedy src="http://elsewhere.test/r.json"></zfgs-remedy><zfgs-complaint src="missing.json"></zfgs-complaint>',
    );
    const asked: string[] = [];
    const notes = await inlineWidgetSources(document, PAGE, async (url) => {
      asked.push(url);
      return { ok: false, problem: 'http-status HTTP 404' };
    });
    assert.deepEqual(asked, ['http://site.test/pages/missing.json']);
    assert.equal(notes.length, 2);
    assert.match(notes[0]!, /another site.*elsewhere\.test/);
    assert.match(notes[1]!, /could not be read \(http-status HTTP 404\)/);
    assert.equal(document.querySelectorAll('script').length, 1);
  });
});
