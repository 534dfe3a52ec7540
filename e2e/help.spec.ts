import { test, expect } from './fixtures/app';

test('Help explains the modes and the keys, and closes with Escape', async ({ page, workspace }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Help' }).click();
  const dialog = page.getByRole('dialog', { name: 'How to use Autoscale Lab' });
  await expect(dialog).toBeVisible();
  for (const mode of ['Visualize', 'Predict', 'Visual quiz', 'Practice', 'Test this pattern']) {
    await expect(dialog.getByRole('link', { name: mode })).toBeVisible();
  }
  await expect(dialog).toContainText('Play / pause');
  await workspace.expectNoAxeViolations();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused();
});

test('a mode link in Help opens that mode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Practice', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('Back and Forward move between the modes a learner visited', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Learning modes' });
  const current = () => nav.locator('[aria-current="page"]');
  await expect(page).toHaveURL(/#\/visualize\?s=/);
  await nav.getByRole('link', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/#\/practice\?s=/);
  await nav.getByRole('link', { name: 'Visual quiz' }).click();
  await expect(page).toHaveURL(/#\/quiz\?s=/);
  await page.goBack();
  await expect(current()).toHaveText('Practice');
  await page.goBack();
  await expect(current()).toHaveText('Visualize');
  await expect(page.getByRole('table', { name: 'Execution table' })).toContainText('Load: 10, Instances: 1');
  await page.goForward();
  await expect(current()).toHaveText('Practice');
});
