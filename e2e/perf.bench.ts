/**
 * UI render benchmark (not a test: run with `npm run bench:ui [-- --json] [-- --no-build]`).
 * Builds the app, serves it with `vite preview`, drives Debian's Chromium with Playwright and measures, with the page's
 * own performance marks:
 *  - a cursor step change on a 10,000-step trace opened from a share link (clicking "Go to step k" in the table);
 *  - a load-slider change on the lesson's trace (6 steps).
 * Each change is made at the start of a frame (inside requestAnimationFrame) and timed until that frame has been
 * rendered and painted (a message posted from the same callback runs after the frame), i.e. the main-thread time the
 * change costs; the budget is 16 ms for the median (the p95 is printed beside it: on a busy 2-core machine it is noisy). The double-requestAnimationFrame time is printed too: it also waits for the next
 * vsync, so it is always at least one frame (~16.7 ms) and is informative only.
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import playwrightConfig from './playwright.config';
import { longTraceHash } from './fixtures/table';
import { LONG_RUN_CASES, LONG_TASK_BUDGET_MS, measureLongRun, type LongRunResult } from './labLongRuns';

const BUDGET_MS = 16;
const args = process.argv.slice(2);
const json = args.includes('--json');
const skipBuild = args.includes('--no-build');
const samples = Number(valueOf('--samples') ?? 50);
/** a preferred port; the next free one is taken when it is busy */
const port = Number(valueOf('--port') ?? 4190);
const outDir = valueOf('--out-dir') ?? process.env.E2E_OUT_DIR ?? 'dist-bench';

function valueOf(flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

interface Timings { readonly frame: number[]; readonly settled: number[]; readonly doubleRaf: number[] }
interface Summary { readonly name: string; readonly samples: number; readonly median: number; readonly p95: number; readonly max: number; readonly settledMedian: number; readonly settledP95: number; readonly doubleRafMedian: number; readonly budget: number; readonly withinBudget: boolean; readonly p95WithinBudget: boolean }

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const round = (value: number) => Math.round(value * 100) / 100;

function summarise(name: string, timings: Timings): Summary {
  const median = percentile(timings.frame, 50);
  const p95 = percentile(timings.frame, 95);
  return {
    name, samples: timings.frame.length, median: round(median), p95: round(p95), max: round(Math.max(...timings.frame)),
    settledMedian: round(percentile(timings.settled, 50)), settledP95: round(percentile(timings.settled, 95)),
    doubleRafMedian: round(percentile(timings.doubleRaf, 50)), budget: BUDGET_MS, withinBudget: median < BUDGET_MS, p95WithinBudget: p95 < BUDGET_MS,
  };
}

/**
 * Runs in the page: `count` changes, each made by `change(i)` at a frame's start, timed with performance marks
 * until the frame is painted; then the same change timed with two requestAnimationFrames.
 */
async function measureInPage(page: Page, label: string, count: number, kind: 'step' | 'slider'): Promise<Timings> {
  return page.evaluate(async ({ label, count, kind }) => {
    const stepButton = (step: number) => document.querySelector<HTMLButtonElement>(`#execution-table button[aria-label="Go to step ${step}"]`);
    const currentStep = () => Number(document.querySelector(`#execution-table tr[aria-current="step"]`)?.getAttribute('data-step') ?? 0);
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Load at step 3"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const change = (i: number) => {
      if (kind === 'step') {
        const button = stepButton(currentStep() - 1);
        if (!button) throw new Error(`no "Go to step ${currentStep() - 1}" button`);
        button.click();
      } else {
        if (!slider) throw new Error('no slider labelled "Load at step 3"');
        setValue.call(slider, String(90 + (i % 2 === 0 ? i % 50 : 40 - (i % 30))));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    };
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const afterThisFrame = () => new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
    const frame: number[] = [];
    const settled: number[] = [];
    const doubleRaf: number[] = [];
    for (let i = 0; i < count + 5; i++) {
      const measured = i >= 5; // five warm-up changes
      await idle();
      let started = 0;
      await new Promise<void>((resolve) => requestAnimationFrame(() => {
        started = performance.now();
        performance.mark(`${label}:start`);
        change(i);
        void afterThisFrame().then(() => {
          performance.mark(`${label}:end`);
          const entry = performance.measure(label, `${label}:start`, `${label}:end`);
          if (measured) frame.push(entry.duration);
          resolve();
        });
      }));
      await idle();
      if (measured) settled.push(performance.now() - started);
    }
    for (let i = 0; i < Math.min(count, 20); i++) {
      await idle();
      const start = performance.now();
      change(i);
      await nextFrame();
      await nextFrame();
      doubleRaf.push(performance.now() - start);
    }
    return { frame, settled, doubleRaf };
  }, { label, count, kind });
}

async function main() {
  if (!skipBuild) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { stdio: json ? 'ignore' : 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port, strictPort: false, open: false } });
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names with a `__name` helper that the page does not have
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const base = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${base}${longTraceHash({ steps: 10_000, cursor: 5_000 })}`);
    await page.locator('#execution-table').getByRole('button', { name: 'Go to step 5000', exact: true }).waitFor();
    await page.locator('#charts').scrollIntoViewIfNeeded(); // the chart draws as it nears the screen: measure with it drawn
    await page.locator('#charts svg.recharts-surface').first().waitFor();
    const stepTimings = await measureInPage(page, 'step-change-10k', samples, 'step');

    await page.goto(base);
    await page.getByRole('slider', { name: 'Load at step 3', exact: true }).waitFor();
    await page.locator('#charts').scrollIntoViewIfNeeded(); // the chart draws as it nears the screen: measure with it drawn
    await page.locator('#charts svg.recharts-surface').first().waitFor();
    const sliderTimings = await measureInPage(page, 'slider-change-lesson', samples, 'slider');
    const longRuns: LongRunResult[] = [];
    if (!args.includes('--no-long-runs')) for (const longRun of LONG_RUN_CASES) longRuns.push(await measureLongRun(page, base, longRun));
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

    const results = [summarise('step change, 10,000-step trace', stepTimings), summarise('slider change, lesson trace (6 steps)', sliderTimings)];
    if (json) {
      console.log(JSON.stringify({ budgetMs: BUDGET_MS, results, longTaskBudgetMs: LONG_TASK_BUDGET_MS, longRuns }, null, 2));
    } else {
      console.log(`UI render benchmark (Chromium, ${samples} changes each; frame = change at frame start -> frame painted)`);
      console.log(['case (ms)'.padEnd(40), 'median', '   p95', '   max', 'idle50', 'idle95', ' 2xrAF', 'budget'].join('  '));
      for (const r of results) {
        console.log([r.name.padEnd(40), ...[r.median, r.p95, r.max, r.settledMedian, r.settledP95, r.doubleRafMedian].map((v) => `${v.toFixed(1)}`.padStart(6)),
          `median ${r.withinBudget ? 'ok' : 'OVER'}, p95 ${r.p95WithinBudget ? 'ok' : 'over'} (< ${BUDGET_MS} ms)`].join('  '));
      }
      console.log('idle50/idle95 = median/p95 time until the main thread is idle again (deferred work such as the chart redraw included).');
      console.log('2xrAF = median time to the second requestAnimationFrame; it includes the wait for vsync (one frame, ~16.7 ms).');
      if (longRuns.length > 0) console.log(`\nLong Lab runs (length typed into "Run length"; run in the worker): longest main-thread task, goal <= ${LONG_TASK_BUDGET_MS} ms`);
      for (const r of longRuns) {
        console.log(`${r.name.padEnd(44)} longest task ${String(r.maxTaskMs).padStart(5)} ms  (${r.tasksOver50} over 50 ms; ${(r.totalMs / 1000).toFixed(1)} s to shown and idle)  ${r.withinBudget ? 'ok' : 'OVER'}`);
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
