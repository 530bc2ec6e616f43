// The demo site on 127.0.0.1 for end-to-end tests, with the routes no file can serve: an endless redirect and
// the origin's robots.txt (it must sit at the root; the demo column's private folder is disallowed).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer } from '../../../scripts/static-server.mjs';

export interface TestServer {
  url: string;
  close: () => Promise<void>;
}

export const REDIRECT_LOOP = '/pages/hostile/redirect-loop';

/** Redirects to itself forever, a different query each time so no cache breaks the loop. */
function redirectLoop(request: IncomingMessage, response: ServerResponse): void {
  const round = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('round') ?? '0') + 1;
  response.writeHead(302, { location: `${REDIRECT_LOOP}?round=${round}`, 'cache-control': 'no-store' });
  response.end();
}

export const ROBOTS_TXT = 'User-agent: *\nDisallow: /pages/site/private/\n';

function robots(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(ROBOTS_TXT);
}

export function startTestServer(): Promise<TestServer> {
  return startStaticServer({ routes: { [REDIRECT_LOOP]: redirectLoop, '/robots.txt': robots } });
}
