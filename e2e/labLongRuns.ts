/**
 * Long Lab runs for `npm run bench:ui`: the issues' interactivity targets for runs that end with a lot to draw.
 *  - a week (604,800 s) of the diurnal scenario through the five policies of `npm run bench`'s lab section (issue 13);
 *  - 24 hours of the Azure chat trace at rate scale 4 on the LLM replica through the five LLM policies of `lab_llm` (issue 14).
 * Each opens the Lab on the same setup at 10 minutes, waits until it is idle, then types the long length into "Run length"
 * as a learner does; the run goes to the worker, and every main-thread task from the keystroke until the page is idle again
 * after the run is shown, and while the learner then scrolls to the charts (they draw as they come into view), is
 * recorded with a `longtask` PerformanceObserver. The target: no task over 100 ms.
 */
import type { Page } from '@playwright/test';
import { labBenchPolicies } from '../src/cli/labBench';
import { labLlmBenchPolicies } from '../src/cli/labLlmBench';
import { DEFAULT_LAB_INPUTS } from '../src/features/lab/labDefaults';
import { DEFAULT_LAB_LLM } from '../src/features/lab/llm/llmSettings';
import { encodeLab, type LabInputs } from '../src/store/labLink';

export const LONG_TASK_BUDGET_MS = 100;

export interface LongRunResult {
  readonly name: string;
  readonly seconds: number;
  /** keystroke to the run's traces shown, the charts scrolled to and drawn, and the page idle again */
  readonly totalMs: number;
  /** the longest main-thread task in that window */
  readonly maxTaskMs: number;
  readonly tasksOver50: number;
  readonly withinBudget: boolean;
}

interface LongRunCase { readonly name: string; readonly inputs: LabInputs; readonly seconds: number }

export const LONG_RUN_CASES: readonly LongRunCase[] = [
  {
    name: 'Lab, 7 days x 5 policies (web server)',
    inputs: { ...DEFAULT_LAB_INPUTS, traffic: { kind: 'scenario', name: 'diurnal' }, policies: labBenchPolicies(), seconds: 600, lengthSet: true },
    seconds: 604_800,
  },
  {
    name: 'Lab LLM, 24 h azure-conv x4 x 5 policies',
    inputs: {
      ...DEFAULT_LAB_INPUTS, policies: labLlmBenchPolicies(), seconds: 600, lengthSet: true, replica: 'llm',
      llm: { ...DEFAULT_LAB_LLM, trace: { name: 'azure-conv', rate_scale: 4 } },
    },
    seconds: 86_400,
  },
];

export async function measureLongRun(page: Page, base: string, { name, inputs, seconds }: LongRunCase): Promise<LongRunResult> {
  await page.goto(`${base}#/lab?lab=${encodeLab({ inputs, cursor: 0 })}`);
  const status = page.locator('.lab-status');
  await status.filter({ hasText: `Ran ${(600).toLocaleString('en-US')} seconds` }).waitFor({ timeout: 120_000 });
  // the short run's charts draw one per task after it is shown: the window starts once they are all drawn and the page
  // has been idle for a while (one idle callback can fall between two of those tasks, and would count them against the long run)
  await settled(page);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
  });
  const field = page.getByLabel(/^Run length/);
  const started = Date.now();
  await field.fill(String(seconds));
  await field.press('Enter');
  await status.filter({ hasText: `Ran ${seconds.toLocaleString('en-US')} seconds` }).waitFor({ timeout: 600_000 });
  // the views draw after the run lands: wait until the page has been idle for a while
  await settled(page);
  // then the learner scrolls down to the charts: the ones below the fold draw as they come into view
  for (const id of ['#lab-charts', '#lab-llm-charts']) {
    const panel = page.locator(id);
    if ((await panel.count()) === 0) continue;
    await panel.scrollIntoViewIfNeeded();
    await settled(page);
  }
  const totalMs = Date.now() - started;
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const maxTaskMs = Math.round(Math.max(0, ...tasks));
  return { name, seconds, totalMs, maxTaskMs, tasksOver50: tasks.length, withinBudget: maxTaskMs <= LONG_TASK_BUDGET_MS };
}

/** Resolves once the page's thread has had five idle periods in a row with time to spare (no task queued between them). */
function settled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => {
    let quiet = 0;
    const next = () => requestIdleCallback((deadline) => {
      quiet = deadline.timeRemaining() > 40 ? quiet + 1 : 0;
      if (quiet >= 5) resolve(); else setTimeout(next, 50);
    }, { timeout: 10_000 });
    setTimeout(next, 300);
  }));
}
