import { test, expect } from './fixtures/app';
import { ConfigEditor } from './fixtures/configEditor';

const LESSON_ROWS = [
  ['1', '10', 'False', 'False (instances=1)', 'No scaling', '1', 'Load: 10, Instances: 1'],
  ['2', '50', 'False', 'False', 'No scaling', '1', 'Load: 50, Instances: 1'],
  ['3', '120', 'True', 'False', 'Scale up by 1', '2', 'Load: 120, Instances: 2'],
  ['4', '80', 'False', 'False', 'No scaling', '2', 'Load: 80, Instances: 2'],
  ['5', '30', 'False', 'False', 'No scaling', '2', 'Load: 30, Instances: 2'],
  ['6', '5', 'False', 'True (instances=2)', 'Scale down by 1', '1', 'Load: 5, Instances: 1'],
];

test.describe('Scaling config panel', () => {
  let config: ConfigEditor;
  test.beforeEach(async ({ page }) => {
    config = new ConfigEditor(page);
  });

  test('the first screen shows the config read-only without loading the editor', async ({ page }) => {
    const editorRequests: string[] = [];
    page.on('request', (request) => { if (/ConfigEditor|worker/.test(request.url())) editorRequests.push(request.url()); });
    await page.goto('/');
    await expect(config.preview()).toContainText('"upper_threshold": 100');
    await expect(page.getByRole('heading', { name: 'Scaling config', level: 2 })).toBeVisible();
    expect(editorRequests).toEqual([]);
    await config.openEditor();
    expect(editorRequests.some((url) => url.includes('ConfigEditor'))).toBe(true);
    expect(await config.editorText()).toContain('"upper_threshold": 100');
  });

  test('typing {"upper_threshold": 150} changes the table\'s header and rows', async ({ page, workspace }) => {
    await page.goto('/');
    await page.getByLabel('Show all rows').check();
    await config.openEditor();
    await config.typeText('{"upper_threshold": 150}');
    expect(await config.editorText()).toBe('{"upper_threshold": 150}');
    await expect(workspace.executionTable().locator('thead th').nth(2)).toHaveText('Condition: load > 150');
    const rows = await workspace.rowTexts();
    expect(rows[2]).toEqual(['3', '120', 'False', 'False', 'No scaling', '1', 'Load: 120, Instances: 1']);
    await expect(config.problems()).toHaveText(/Config is valid/);
  });

  test('setting the text through the model works the same way', async ({ page, workspace }) => {
    await page.goto('/');
    await page.getByLabel('Show all rows').check();
    await config.openEditor();
    await config.setTextViaModel('{\n  "upper_threshold": 150\n}');
    await expect(workspace.executionTable().locator('thead th').nth(2)).toHaveText('Condition: load > 150');
    expect((await workspace.rowTexts())[2]?.[4]).toBe('No scaling');
  });

  test('typing keeps the caret where it is (the store echo does not reset the editor)', async ({ page, workspace }) => {
    await page.goto('/');
    await config.openEditor();
    await config.typeText('{"upper_threshold": 15}');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('00');
    expect(await config.editorText()).toBe('{"upper_threshold": 1500}');
    await expect(workspace.executionTable().locator('thead th').nth(2)).toHaveText('Condition: load > 1500');
  });

  test('an invalid config lists the message and hint, marks the trace stale and keeps the last valid rows', async ({ page, workspace }) => {
    await page.goto('/');
    await page.getByLabel('Show all rows').check();
    await config.openEditor();
    await expect(config.staleBadge()).toHaveCount(0);

    await config.typeText('{"min_servers": 6, "max_servers": 2}');
    await expect(config.problems()).toContainText('min_servers: min_servers (6) is greater than max_servers (2)');
    await expect(config.problems()).toContainText('they look swapped');
    await expect(config.staleBadge()).toBeVisible();
    await expect(page.locator('.visualize')).toHaveAttribute('data-stale', 'true');
    await expect(config.errorUnderlines().first()).toBeAttached();
    expect(await workspace.rowTexts()).toEqual(LESSON_ROWS);

    await config.typeText('{"upper_threshold": 150,}');
    await expect(config.problems()).toContainText('The config is not valid JSON: a comma after the last entry');
    await expect(config.problems()).toContainText('remove the comma after the last entry');
    await expect(config.staleBadge()).toBeVisible();
    expect(await workspace.rowTexts()).toEqual(LESSON_ROWS);
    await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();

    await config.typeText('{"target_utilization": 60}');
    await expect(config.problems()).toContainText('did you mean 0.6?');

    await config.typeText('{"upper_threshold": 150}');
    await expect(config.staleBadge()).toHaveCount(0);
    await expect(page.locator('.visualize')).not.toHaveAttribute('data-stale');
  });

  test('Reset to lesson restores the lesson\'s config and table; Format pretty-prints', async ({ page, workspace }) => {
    await page.goto('/');
    await page.getByLabel('Show all rows').check();
    await config.openEditor();
    await config.typeText('{"upper_threshold": 150, "lower_threshold": 10}');
    await config.button('Format').click();
    await expect.poll(() => config.editorText()).toBe('{\n  "upper_threshold": 150,\n  "lower_threshold": 10\n}');
    await config.typeText('{"min_servers": 6, "max_servers": 2}');
    await config.button('Reset to lesson').click();
    await expect(config.staleBadge()).toHaveCount(0);
    await expect.poll(() => config.editorText()).toContain('"upper_threshold": 100');
    await page.getByLabel('Show all rows').check();
    expect(await workspace.rowTexts()).toEqual(LESSON_ROWS);
  });

  test('the policy switch rewrites the config and the table follows', async ({ page, workspace }) => {
    await page.goto('/');
    await config.openEditor();
    await expect(config.policy('Threshold')).toBeChecked();
    await config.policy('Target tracking').check();
    await expect(config.policy('Target tracking')).toBeChecked();
    await expect(workspace.executionTable().locator('thead th').nth(2)).toHaveText('Utilization');
    await expect.poll(() => config.editorText()).toContain('"policy": "target_tracking"');
    await config.policy('Threshold').check();
    await expect(workspace.executionTable().locator('thead th').nth(2)).toHaveText('Condition: load > 100');
  });

  test('the schema autocompletes keys and underlines a wrong type, using the local JSON worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await config.openEditor();
    await config.setTextViaModel('{\n  \n}');
    await config.input().focus();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget');
    await expect(suggestions).toContainText('upper_threshold');
    await expect(suggestions).toContainText('target_utilization');
    await page.keyboard.press('Escape');
    await config.typeText('{"scale_step": 1.5}');
    await expect(config.problems()).toContainText('scale_step must be a whole number');
    await expect(page.locator('.squiggly-warning')).not.toHaveCount(0);
    expect(workers.some((url) => /json\.worker/.test(url))).toBe(true);
    expect(workers.every((url) => url.startsWith('http://localhost'))).toBe(true);
  });

  test('axe finds no violations with the editor loaded and an error listed', async ({ page, workspace }) => {
    await page.goto('/');
    await workspace.expectNoAxeViolations();
    await config.openEditor();
    await config.typeText('{"min_servers": 6, "max_servers": 2}');
    await expect(config.staleBadge()).toBeVisible();
    await workspace.expectNoAxeViolations();
  });

  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    test(`screenshot at ${width}x${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await config.panel().screenshot({ path: `/tmp/config-first-${width}.png` });
      await config.openEditor();
      await config.typeText('{"min_servers": 6, "max_servers": 2}');
      await expect(config.staleBadge()).toBeVisible();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `/tmp/config-${width}x${height}.png` });
      await config.panel().screenshot({ path: `/tmp/config-panel-${width}.png` });
    });
  }
});
