// A small static file server for the demo site: demo/ at /, the build output at /dist/.
// Files are served byte for byte (a GBK page keeps its own <meta charset>), never outside their roots.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html', '.htm': 'text/html', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xls': 'application/vnd.ms-excel',
  '.doc': 'application/msword', '.woff2': 'font/woff2',
};

/** Maps a URL path to a file under one of the mounts, or undefined. */
function resolveFile(mounts, urlPath) {
  const decoded = decodeURIComponent(urlPath);
  for (const [prefix, dir] of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = normalize(join(root, decoded.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * @param {{ port?: number, host?: string, root?: string,
 *   routes?: Record<string, (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void> }} [options]
 *   routes: handlers by exact path, tried before the files (tests add e.g. an endless redirect).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startStaticServer({ port = 0, host = '127.0.0.1', root = process.cwd(), routes = {} } = {}) {
  const mounts = [['/dist/', join(root, 'dist')], ['/', join(root, 'demo')]];
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (route) {
      route(request, response);
      return;
    }
    let file;
    try {
      file = resolveFile(mounts, new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      file = undefined; // malformed percent-encoding
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('404 未找到 Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
