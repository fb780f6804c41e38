// Static server for the benchmark: the built app (with deep-link fallback),
// the baseline pages under /bench/ and the data sets under /bench-data/.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};

/** mounts: [[urlPrefix, dir], …]; the last one ('/') gets the SPA fallback. */
export function serve(mounts) {
  const roots = mounts.map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = normalize(decodeURIComponent(url.pathname));
      const [prefix, root] = roots.find(([p]) => path.startsWith(p));
      let file = join(root, path.slice(prefix.length));
      if (!file.startsWith(root)) throw new Error('outside root');
      let info = await stat(file).catch(() => null);
      if ((!info || info.isDirectory()) && prefix === '/' && !extname(path)) {
        file = join(root, 'index.html');
        info = await stat(file);
      }
      if (!info || info.isDirectory()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
      createReadStream(file).pipe(res);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
