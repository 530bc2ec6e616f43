import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { crawlSite, type ParsedPage } from '../../../extension/crawl/crawler.ts';
import type { Snapshot } from '../../../shared/extract/snapshot.ts';
import { DEFAULT_SETTINGS, type CrawlSettings } from '../../../extension/storage/settings.ts';

/** A Snapshot with only what the crawler reads: links and attachments (extraction has its own tests). */
function snapshotOf(html: string, url: string): Snapshot {
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!, url).href);
  return {
    url, title: '', capturedAt: '', text: [], headings: [], tables: [], dates: [], islands: [],
    links: hrefs.filter((href) => !href.endsWith('.pdf')).map((href) => ({ href, text: '', target: [] })),
    attachments: hrefs.filter((href) => href.endsWith('.pdf')).map((href) => ({ href, text: 'a.pdf', target: [], extension: 'pdf' })),
    limits: { truncated: false, nodeCount: 0, skippedFrames: 0, notes: [] },
  };
}
const parse = (html: string, url: string): ParsedPage => ({ snapshot: snapshotOf(html, url), frameUrls: [...html.matchAll(/<frame src="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href) });

interface Site {
  url: string;
  requests: string[];
  maxInFlight: number;
  close: () => Promise<void>;
}

/** A column of `pages` list pages linking to each other and to detail pages, with a robots.txt. */
function startSite(routes: Record<string, (respond: (status: number, body: string, headers?: Record<string, string>) => void) => void>): Promise<Site> {
  let inFlight = 0;
  const site = { url: '', requests: [] as string[], maxInFlight: 0, close: async () => {} };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    site.requests.push(path);
    inFlight += 1;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    const route = routes[path.split('?')[0]!];
    setTimeout(() => {
      inFlight -= 1;
      if (!route) {
        response.writeHead(404).end('not found');
        return;
      }
      route((status, body, headers = { 'content-type': 'text/html; charset=utf-8' }) => response.writeHead(status, headers).end(body));
    }, 5);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      site.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      site.close = () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); });
      resolve(site);
    });
  });
}

const page = (links: string[]) => `<html><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`;
const start = (url: string, html: string) => snapshotOf(html, url);
const settings = (overrides: Partial<CrawlSettings> = {}): CrawlSettings => ({ ...DEFAULT_SETTINGS.crawl, delayMs: 0, ...overrides });

describe('site crawl', () => {
  let site: Site;
  const columnRoutes: Parameters<typeof startSite>[0] = {
    '/robots.txt': (respond) => respond(200, 'User-agent: *\nDisallow: /col/private/\n', { 'content-type': 'text/plain' }),
  };
  for (let i = 1; i <= 30; i += 1) {
    columnRoutes[`/col/item-${i}.html`] = (respond) => respond(200, page([`/col/item-${i + 1}.html`, `/files/d${i}.pdf`, '/col/private/secret.html', '/elsewhere/x.html']));
  }
  columnRoutes['/col/private/secret.html'] = (respond) => respond(200, page([]));

  before(async () => {
    site = await startSite(columnRoutes);
  });
  after(async () => site.close());

  it('follows the column breadth-first within the page limit, two requests at most at once', async () => {
    site.requests.length = 0;
    const html = page(['/col/item-1.html', '/col/item-2.html', '/col/item-3.html']);
    const result = await crawlSite({ start: start(`${site.url}/col/index.html`, html), settings: settings({ maxPages: 12, maxDepth: 20 }), signal: new AbortController().signal, parse });
    assert.equal(result.snapshots.length, 12);
    assert.equal(result.cancelled, false);
    assert.ok(site.maxInFlight <= 2, `max in flight ${site.maxInFlight}`);
    assert.equal(site.requests.filter((path) => path.startsWith('/col/item-')).length, 11);
    assert.ok(!site.requests.includes('/elsewhere/x.html'), 'a page outside the column was fetched');
  });

  it('respects robots.txt and says which pages it left out', async () => {
    site.requests.length = 0;
    const result = await crawlSite({ start: start(`${site.url}/col/index.html`, page(['/col/item-1.html'])), settings: settings({ maxPages: 3 }), signal: new AbortController().signal, parse });
    assert.ok(!site.requests.includes('/col/private/secret.html'));
    assert.ok(result.skipped.some((skipped) => skipped.reason === 'robots' && skipped.url.endsWith('/col/private/secret.html')));
    assert.equal(result.robots.status, 'found');
  });

  it('collects the attachments linked from the pages it read, once each', async () => {
    const result = await crawlSite({ start: start(`${site.url}/col/index.html`, page(['/col/item-1.html', '/files/d1.pdf'])), settings: settings({ maxPages: 3 }), signal: new AbortController().signal, parse });
    const urls = result.attachments.map((attachment) => attachment.url);
    assert.deepEqual(urls, [`${site.url}/files/d1.pdf`, `${site.url}/files/d2.pdf`]);
  });

  it('stops at the depth limit', async () => {
    site.requests.length = 0;
    const result = await crawlSite({ start: start(`${site.url}/col/index.html`, page(['/col/item-1.html'])), settings: settings({ maxPages: 50, maxDepth: 2 }), signal: new AbortController().signal, parse });
    assert.deepEqual(result.snapshots.map((snapshot) => new URL(snapshot.url).pathname), ['/col/index.html', '/col/item-1.html', '/col/item-2.html']);
  });

  it('can be cancelled: no request starts after the abort', async () => {
    site.requests.length = 0;
    const controller = new AbortController();
    let seen = 0;
    const result = await crawlSite({
      start: start(`${site.url}/col/index.html`, page(['/col/item-1.html'])),
      settings: settings({ maxPages: 30, maxDepth: 30 }),
      signal: controller.signal,
      parse: (html, url) => {
        seen += 1;
        if (seen === 3) controller.abort();
        return parse(html, url);
      },
    });
    const requestsAtEnd = site.requests.length;
    assert.equal(result.cancelled, true);
    assert.ok(result.snapshots.length <= 5, `${result.snapshots.length} pages after cancelling`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(site.requests.length, requestsAtEnd);
  });
});

describe('site crawl on a hostile server', () => {
  let site: Site;
  let elsewhere: Site;
  before(async () => {
    elsewhere = await startSite({ '/': (respond) => respond(200, page([])) });
    site = await startSite({
      '/robots.txt': (respond) => respond(404, 'no'),
      '/loop.html': (respond) => respond(302, '', { location: '/loop.html?again' }),
      '/away.html': (respond) => respond(302, '', { location: `${elsewhere.url}/` }),
      '/image.html': (respond) => respond(200, 'GIF89a', { 'content-type': 'image/gif' }),
      '/ok.html': (respond) => respond(200, page([])),
    });
  });
  after(async () => {
    await site.close();
    await elsewhere.close();
  });

  it('reports an endless redirect, an off-site redirect and a non-HTML page instead of failing', async () => {
    const result = await crawlSite({
      start: start(`${site.url}/index.html`, page(['/loop.html', '/away.html', '/image.html', '/ok.html', '/missing.html'])),
      settings: settings({ maxPages: 10 }),
      signal: new AbortController().signal,
      parse,
    });
    const reasons = Object.fromEntries(result.skipped.map((skipped) => [new URL(skipped.url).pathname, skipped.reason]));
    assert.equal(reasons['/loop.html'], 'redirect-loop');
    assert.equal(reasons['/away.html'], 'redirected-off-site');
    assert.equal(reasons['/image.html'], 'not-html');
    assert.equal(reasons['/missing.html'], 'http-status');
    assert.equal(result.robots.status, 'missing');
    assert.deepEqual(result.snapshots.map((snapshot) => new URL(snapshot.url).pathname), ['/index.html', '/ok.html']);
  });

  it('reads nothing beyond the start page when robots.txt is unreachable', async () => {
    const broken = await startSite({ '/robots.txt': (respond) => respond(503, 'down'), '/ok.html': (respond) => respond(200, page([])) });
    try {
      const result = await crawlSite({ start: start(`${broken.url}/index.html`, page(['/ok.html'])), settings: settings(), signal: new AbortController().signal, parse });
      assert.equal(result.robots.status, 'unreachable');
      assert.equal(result.snapshots.length, 1);
      assert.deepEqual(broken.requests, ['/robots.txt']);
    } finally {
      await broken.close();
    }
  });
});
