import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer } from './support/session.ts';

describe('demo site home page', () => {
  const session = useBrowserAndServer();

  it('loads with no console errors and links the gallery, the department pages and the builder', async () => {
    const page = await session.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    const response = await page.goto(`${session.server.url}/`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    const links = await page.$$eval('nav a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    assert.deepEqual(links, ['./gallery/', './pages/', './builder/']);
    assert.deepEqual(problems, []);
  });

  it('answers 404 outside its roots instead of serving other files', async () => {
    const response = await fetch(`${session.server.url}/..%2Fpackage.json`);
    assert.equal(response.status, 404);
  });
});
