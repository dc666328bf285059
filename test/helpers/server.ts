import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * A static file server for a built site on 127.0.0.1, the way any plain host would serve it. `headersFor`
 * adds response headers by site path ("/criminal-code/255/", without the base), e.g. those of the site's
 * _headers file, for a host that reads it.
 */
export async function serveStatic(
  dist: string,
  base = '/',
  headersFor: (pathname: string) => Record<string, string> = () => ({}),
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (pathname.startsWith(base)) {
      const candidate = path.join(dist, pathname.slice(base.length));
      if (candidate.startsWith(dist)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(dist, '404.html');
    res.writeHead(status, {
      ...headersFor(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname),
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Kept-alive connections (fetch keeps them) would hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}
