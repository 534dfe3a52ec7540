import { test, expect } from './fixtures/app';

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  test('the built page already shows the lesson workspace (pre-rendered at build time)', async ({ page, workspace }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
    await expect(workspace.executionTable()).toBeVisible();
    await expect(workspace.region('Scaling config')).toContainText('"upper_threshold": 100');
  });
});

test('the live app takes over the pre-rendered page without errors', async ({ page, workspace }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Last step' }).click();
  await expect(workspace.executionTable().locator('tr[aria-current="step"]')).toContainText('Load: 5, Instances: 1');
  await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toHaveCount(1);
  await page.goto('/#/practice');
  await page.reload();
  await expect(page.locator('article.question-card')).toBeVisible();
});

test('a link to another mode does not flash the workspace while the scripts load', async ({ page, workspace }) => {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/assets/index-*.js', async (route) => { await scriptsHeld; await route.continue(); });
  await page.goto('/#/practice', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
  await expect(workspace.executionTable()).toHaveCount(0);
  release();
  await expect(page.locator('article.question-card')).toBeVisible();
});
