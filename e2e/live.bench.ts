/**
 * Live's replica benchmark (not a test: `npm run bench:live [-- --json] [-- --no-build] [-- --seconds 3] [-- --grid]`).
 * Builds the app, serves it with `vite preview`, and in Debian's Chromium starts the built replica workers exactly as
 * Live does (init message + MessagePort; weights fetched from the app's origin; warm-up), then keeps every replica
 * busy (closed loop: a replica gets its next batch the moment it answers) and counts the requests answered.
 * Prints the saturation curve for 1..4 replicas (batch 8) and the batch curve for batch 1..32 (1 replica), with
 * requests per second in total and per replica, and navigator.hardwareConcurrency: replicas beyond the cores add no
 * throughput. `--grid` measures every pair of 1..4 replicas and batch 1..32.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import playwrightConfig from './playwright.config';

const args = process.argv.slice(2);
const valueOf = (flag: string) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
const json = args.includes('--json');
const outDir = valueOf('--out-dir') ?? process.env.E2E_OUT_DIR ?? 'dist-bench';
const seconds = Number(valueOf('--seconds') ?? 3);
const digits = Number(valueOf('--digits') ?? 16);
const port = Number(valueOf('--port') ?? 4191);
const REPLICAS = [1, 2, 3, 4];
const BATCHES = [1, 2, 4, 8, 16, 32];

interface Point { readonly replicas: number; readonly batch: number; readonly rps: number; readonly rpsPerReplica: number; readonly digitsPerS: number; readonly passMs: number }

/** In the page: start `replicas` built replica workers, saturate them for `seconds`, count answered requests. */
function measure(page: Page, workerUrl: string, replicas: number, batch: number): Promise<{ answered: number; elapsedMs: number; passMs: number }> {
  return page.evaluate(async ({ workerUrl, replicas, batch, digits, seconds }) => {
    const base = new URL('./', location.href).href;
    const sample = new Uint8Array(await (await fetch(new URL('live/digits.bin', base))).arrayBuffer());
    const count = sample.length / 785;
    const pixels = new Uint8Array(batch * digits * 784);
    for (let i = 0; i < batch * digits; i++) pixels.set(sample.subarray(count + (i % count) * 784, count + ((i % count) + 1) * 784), i * 784);
    const workers: Worker[] = [];
    const ports: MessagePort[] = [];
    await Promise.all(Array.from({ length: replicas }, (_, i) => new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl, { type: 'module' });
      const channel = new MessageChannel();
      workers.push(worker);
      ports.push(channel.port1);
      channel.port1.onmessage = (event) => (event.data.type === 'ready' ? resolve() : reject(new Error(String(event.data.message))));
      worker.postMessage({ type: 'init', id: i + 1, base, digitsPerRequest: digits, maxBatch: batch, extraLoadMs: 0, requestedAt: performance.timeOrigin + performance.now() }, [channel.port2]);
    })));
    let answered = 0;
    let passes = 0;
    let passMs = 0;
    let counting = false;
    let stop = false;
    const send = (port: MessagePort) => port.postMessage({ type: 'batch', batchId: 0, requests: batch, pixels });
    for (const port of ports) {
      port.onmessage = (event) => {
        if (counting) { answered += batch; passes++; passMs += event.data.computeMs; }
        if (!stop) send(port);
      };
      send(port);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // warm: every replica past its first batches
    counting = true;
    const began = performance.now();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    counting = false;
    stop = true;
    const elapsedMs = performance.now() - began;
    workers.forEach((worker) => worker.terminate());
    return { answered, elapsedMs, passMs: passes > 0 ? passMs / passes : 0 };
  }, { workerUrl, replicas, batch, digits, seconds });
}

async function main() {
  if (!args.includes('--no-build')) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { stdio: json ? 'ignore' : 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const workerFile = readdirSync(`${outDir}/assets`).find((name) => /^replica\.worker-.*\.js$/.test(name));
  if (!workerFile) throw new Error(`no replica worker in ${outDir}/assets: build first`);
  const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port, strictPort: false, open: false } });
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    // tsx keeps function names with a `__name` helper that the page does not have
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const base = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
    await page.goto(`${base}robots.txt`);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const pairs = args.includes('--grid')
      ? REPLICAS.flatMap((replicas) => BATCHES.map((batch) => [replicas, batch] as const))
      : [...REPLICAS.map((replicas) => [replicas, 8] as const), ...BATCHES.filter((b) => b !== 8).map((batch) => [1, batch] as const)];
    const points: Point[] = [];
    for (const [replicas, batch] of pairs) {
      const { answered, elapsedMs, passMs } = await measure(page, `${base}assets/${workerFile}`, replicas, batch);
      const rps = (answered * 1000) / elapsedMs;
      const point = { replicas, batch, rps: Math.round(rps), rpsPerReplica: Math.round(rps / replicas), digitsPerS: Math.round(rps * digits), passMs: Math.round(passMs * 10) / 10 };
      points.push(point);
      if (!json) console.log(`replicas ${replicas}  batch ${String(batch).padStart(2)}  ${String(point.rps).padStart(6)} req/s  ${String(point.rpsPerReplica).padStart(6)} req/s per replica  ${String(point.digitsPerS).padStart(7)} digits/s  pass ${point.passMs} ms`);
    }
    const result = { cores, digitsPerRequest: digits, seconds, points };
    if (json) console.log(JSON.stringify(result, null, 2));
    else {
      const byReplicas = points.filter((p) => p.batch === 8).sort((a, b) => a.replicas - b.replicas);
      console.log(`\nnavigator.hardwareConcurrency = ${cores}; ${digits} digits a request; closed loop, ${seconds} s per point.`);
      console.log(`saturation (batch 8): ${byReplicas.map((p) => `${p.replicas} -> ${p.rps}`).join(', ')} req/s`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => { console.error(error instanceof Error ? error.message : error); process.exit(1); });
