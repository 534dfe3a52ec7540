import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures/app';
import { SUB_PATH } from './playwright.config';

test.describe.configure({ mode: 'serial' }); // the last test changes the served worker

const subPathUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 100}${SUB_PATH}`;

test('hosted under a sub-path, the app registers its worker there and reloads offline, every mode and the editor included', async ({ page, context, workspace }) => {
  await page.goto(`${subPathUrl}#/visualize`);
  await expect(workspace.executionTable()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 }); // the whole build, Monaco included, is stored first
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(subPathUrl);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
  const current = workspace.executionTable().locator('tr[aria-current="step"]');
  const before = Number(await current.getAttribute('data-step') ?? 0);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(current).toHaveAttribute('data-step', String(before + 1));
  await page.getByRole('button', { name: 'Edit config' }).click();
  await expect(page.getByRole('textbox', { name: 'Scaling config JSON' })).toBeVisible();
  await page.getByRole('link', { name: 'Practice' }).click();
  await expect(page.locator('article.question-card')).toBeVisible();
  await context.setOffline(false);
});

test('one Workbox cache holds the build, with no copy left from an older hand-written worker', async ({ page }) => {
  await page.goto(subPathUrl);
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 }); // the whole build, Monaco included, is stored first
  const caches = await page.evaluate(async () => window.caches.keys());
  expect(caches.some((name) => name.startsWith('workbox-precache'))).toBe(true);
  expect(caches).not.toContain('autoscale-lab-v1');
});

test('a new version waits for the learner: the running lesson keeps its code until Reload is chosen', async ({ page }) => {
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  const workerFile = fileURLToPath(new URL(`../${outDir}-sub/sw.js`, import.meta.url));
  const original = readFileSync(workerFile, 'utf8');
  try {
    await page.goto(`${subPathUrl}#/visualize`);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 }); // the whole build, Monaco included, is stored first
    await page.getByRole('button', { name: 'Next step' }).click();
    // a deploy: the host now serves a different worker
    writeFileSync(workerFile, `${original}\n// next deploy\n`);
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Autoscale Lab is available' });
    await expect(prompt).toBeVisible();
    // nothing was swapped under the lesson: the step the learner is on stays
    await expect(page.locator('tr[aria-current="step"]')).toHaveCount(1);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(workerFile, original);
  }
});
