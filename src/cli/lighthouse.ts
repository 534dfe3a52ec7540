/**
 * `npm run lighthouse [-- --no-build] [-- --json]`: Lighthouse 12.2.3 in Debian's Chromium against the production build,
 * served with gzip as any static host serves it (an uncompressed local server under-reports mobile performance badly).
 * Runs the mobile (default) and desktop presets and prints the four category scores of each.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.png': 'image/png', '.txt': 'text/plain', '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest', '.ttf']);

/** A static host for `dir`: gzip for text, long caching for hashed assets, index.html for the root. */
function serveStatic(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (path.startsWith('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

const args = process.argv.slice(2);
const outDir = 'dist-lighthouse';
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = 4600;
const server = await serveStatic(outDir, port);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const scores: Record<string, Record<string, number>> = {};
try {
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
    const result = await lighthouse(`http://localhost:${port}/`, { port: chrome.port, logLevel: 'error', output: 'json' }, config);
    const categories = result?.lhr.categories ?? {};
    scores[preset] = Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
    const failing = Object.values(result?.lhr.audits ?? {}).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative');
    if (!args.includes('--json')) {
      console.log(`${preset}: ${Object.entries(scores[preset]).map(([id, score]) => `${id} ${score}`).join(', ')}`);
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
      console.log(`  ${metrics.map((id) => `${id} ${result?.lhr.audits[id]?.displayValue ?? '-'}`).join(', ')}`);
      for (const audit of failing) console.log(`  below 90: ${audit.id} (${audit.displayValue ?? audit.title})`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
if (args.includes('--json')) console.log(JSON.stringify(scores, null, 2));
