import { test, expect } from './fixtures/app';

test('after the first visit the app opens and runs without network', async ({ page, context, workspace }) => {
  await page.goto('/');
  await expect(workspace.executionTable()).toBeVisible();
  // the service worker controls the page and has stored what the first screen loaded
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 30_000 }); // the whole build, Monaco included, is stored first

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(workspace.executionTable().locator('tr[aria-current="step"]')).toContainText('Load: 120, Instances: 2');
  // chunks the first visit never opened come from the stored copy too: the editor and a quiz mode
  await page.getByRole('button', { name: 'Edit config' }).click();
  await expect(page.getByRole('textbox', { name: 'Scaling config JSON' })).toBeVisible();
  await page.getByRole('link', { name: 'Practice' }).click();
  await expect(page.locator('article.question-card')).toBeVisible();
  // and every other mode of the switcher opens offline (each is a lazy chunk)
  const nav = page.getByRole('navigation', { name: 'Learning modes' });
  for (const label of await nav.getByRole('link').allTextContents()) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('main').getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  }
  await context.setOffline(false);
});
