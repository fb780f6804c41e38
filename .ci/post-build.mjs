// Trunk post-build hook (runs in the staging directory's parent with
// TRUNK_STAGING_DIR set). It
//  1. adds a Content-Security-Policy whose script-src allows exactly the inline
//     loader trunk generated (by SHA-256), nothing else inline;
//  2. writes the service worker's precache list and cache version;
//  3. prints the bundle sizes (raw, gzip, brotli).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (!html.includes('<!-- CSP_PLACEHOLDER -->')) {
  console.error('post-build: index.html lacks the CSP placeholder');
  process.exit(1);
}
html = html.replace('<!-- CSP_PLACEHOLDER -->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
writeFileSync(indexPath, html);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir).filter((p) => !p.endsWith('sw.js'));
const version = createHash('sha256');
for (const f of files.sort()) version.update(relative(dir, f)).update(readFileSync(f));
const precache = ['/', ...files.map((f) => '/' + relative(dir, f).split('\\').join('/'))];
const swPath = join(dir, 'sw.js');
let sw = readFileSync(swPath, 'utf8');
sw = sw
  .replace('const VERSION = "dev";', `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};`)
  .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(precache)};`);
writeFileSync(swPath, sw);

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
let total = [0, 0, 0];
console.log('bundle sizes (raw / gzip / brotli):');
for (const f of files.filter((f) => /\.(wasm|js|css)$/.test(f)).sort()) {
  const buf = readFileSync(f);
  const sizes = [
    buf.length,
    gzipSync(buf, { level: 9 }).length,
    brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  total = total.map((t, i) => t + sizes[i]);
  console.log(`  ${relative(dir, f).padEnd(36)} ${sizes.map(kb).join(' ')}`);
}
console.log(`  ${'total'.padEnd(36)} ${total.map(kb).join(' ')}`);
