import { test, expect, type LabPage } from './fixtures/lab';
import type { Page } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const pitfalls = (page: Page) => page.getByRole('region', { name: 'LLM pitfalls' });

/** Opens a pitfall, waits for the run's own sentence on the problem, fixes it, and waits for the sentence on the fix. */
async function walk(page: Page, lab: LabPage, title: string, problem: RegExp, fixed: RegExp) {
  await pitfalls(page).getByRole('button', { name: title }).click();
  const item = pitfalls(page).locator('li', { has: page.getByRole('button', { name: title }) });
  await expect(item.locator('.lab-pitfall-problem')).toContainText(problem, { timeout: 30_000 });
  await expect(lab.compareTable().locator('thead th')).toContainText(['TTFT p95 (ms)', 'ITL p95 (ms)', 'Goodput (%, higher is better)']);
  await item.getByRole('button', { name: /^Fix it:/ }).click();
  await expect(item.locator('.lab-pitfall-cured')).toContainText(fixed, { timeout: 30_000 });
}

test('a learner walks through two LLM pitfalls: sees the problem in the numbers, fixes it, sees it fixed', async ({ lab, page }) => {
  await lab.open();
  await walk(page, lab, 'Scaling on GPU utilisation', /the HPA climbed to \d+ replicas and held \d+ at the end/, /On requests waiting it kept one replica at most/);
  // the charts draw as they come into view
  await page.getByRole('region', { name: 'LLM serving' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: 'LLM serving' }).locator('svg.recharts-surface')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await walk(page, lab, 'A running-requests target the batch cap never reaches', /the target of 300 was never reached and the HPA stayed at one replica/, /With a target of 32 it grew to \d+ replicas/);
  await expect.poll(() => lab.linkState()).toMatchObject({ r: 'llm' });
  await lab.expectNoAxeViolations();
});

test('the replica switch, a bad profile number refused at its field, and an Azure trace run with its credit', async ({ lab, page }) => {
  await lab.open();
  const replica = page.getByRole('region', { name: 'Replica model' });
  await replica.getByRole('radio', { name: /LLM server/ }).check();
  const seqs = replica.getByLabel(/Batch cap \(max_num_seqs\)/);
  await seqs.fill('0');
  await expect(replica.getByText(/max_num_seqs must be a number above 0, got 0/)).toBeVisible();
  await expect(seqs).toHaveAttribute('aria-invalid', 'true');
  await seqs.fill('128');
  await expect(seqs).not.toHaveAttribute('aria-invalid', 'true');
  await replica.getByRole('checkbox', { name: /Image streaming/ }).check();
  await expect(replica.getByText(/A new replica is ready after 255 s on a new node \(105 s on a warm one\); 415 s without the mitigations/)).toBeVisible();

  await lab.traffic().getByLabel('Real LLM traffic').selectOption('azure-conv');
  await expect(lab.traffic().getByText(/Azure LLM inference trace 2023, from Microsoft's AzurePublicDataset \(CC BY 4.0\)/)).toBeVisible();
  await expect.poll(() => lab.linkState()).toMatchObject({ r: 'llm', llm: { profile: { max_num_seqs: 128 }, mitigations: ['image_streaming'], trace: { name: 'azure-conv', rate_scale: 1 } } });
  await lab.waitForRun();
  await expect(page.getByRole('region', { name: 'LLM serving' }).locator('.lab-readout')).toContainText(/waiting, .* running, KV cache/);
  await expect(lab.compareTable().locator('thead th')).toContainText(['Goodput (%, higher is better)']);
  // an LLM replica has no requests-per-second capacity: the demand chart sets the arrivals against what was finished
  const demand = page.locator('#lab-chart-demand');
  await demand.scrollIntoViewIfNeeded(); // off the screen, the charts keep what they drew until they come into view
  await expect(demand).toContainText('vs requests finished per second (an LLM replica has no fixed rate');
  await lab.expectNoAxeViolations();

  // back to the web server: the LLM columns go, the LLM settings stay for next time
  await replica.getByRole('radio', { name: 'Web server' }).check();
  await expect(lab.compareTable().locator('thead th')).not.toContainText(['Goodput (%, higher is better)']);
  await demand.scrollIntoViewIfNeeded();
  await expect(demand).toContainText('vs ready capacity (ready replicas × 10 req/s)');
  await expect.poll(() => lab.linkState()).toMatchObject({ llm: { trace: { name: 'azure-conv' } } });
});
