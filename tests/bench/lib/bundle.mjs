// Sizes of what the browser downloads: wasm, JS and CSS, raw/gzip/brotli.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export async function bundleSizes(dist) {
  const out = { wasm: [0, 0, 0], js: [0, 0, 0], css: [0, 0, 0] };
  for (const f of await readdir(dist)) {
    const kind = extname(f).slice(1);
    if (!(kind in out) || f === 'sw.js') continue;
    const body = await readFile(join(dist, f));
    const sizes = [
      body.length,
      gzipSync(body, { level: 9 }).length,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ];
    sizes.forEach((s, i) => (out[kind][i] += s));
  }
  out.total = [0, 1, 2].map((i) => out.wasm[i] + out.js[i] + out.css[i]);
  return out;
}
