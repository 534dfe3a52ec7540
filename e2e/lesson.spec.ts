import { test, expect } from './fixtures/app';

test('the first page shows the lesson\'s process table, exactly', async ({ page, workspace }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
  await page.getByLabel('Show all rows').check();
  expect(await workspace.headerTexts()).toEqual([
    'Step', 'Load (requests)', 'Condition: load > 100', 'Condition: load < 20 and instances > 1',
    'Action', 'Instances after action', 'Output',
  ]);
  expect(await workspace.rowTexts()).toEqual([
    ['1', '10', 'False', 'False (instances=1)', 'No scaling', '1', 'Load: 10, Instances: 1'],
    ['2', '50', 'False', 'False', 'No scaling', '1', 'Load: 50, Instances: 1'],
    ['3', '120', 'True', 'False', 'Scale up by 1', '2', 'Load: 120, Instances: 2'],
    ['4', '80', 'False', 'False', 'No scaling', '2', 'Load: 80, Instances: 2'],
    ['5', '30', 'False', 'False', 'No scaling', '2', 'Load: 30, Instances: 2'],
    ['6', '5', 'False', 'True (instances=2)', 'Scale down by 1', '1', 'Load: 5, Instances: 1'],
  ]);
  await workspace.expectNoAxeViolations();
});

test("the lesson's own words frame the workspace, and the app's words are marked as the app's", async ({ page }) => {
  await page.goto('/');
  const flow = page.getByRole('region', { name: 'Flow diagram' });
  await expect(flow).toContainText('The system monitors traffic and resource use, then scales the number of inference instances up or down to match demand automatically.');
  await expect(flow.locator('[data-node="start"]')).toHaveText('Start: Endpointreceives requests');
  const code = page.getByRole('region', { name: 'Code' });
  await expect(code).toContainText('Simulates auto-scaling instances based on incoming request load.');
  await expect(code.locator('.code-line').nth(3)).toHaveText('4    if load > 100:');
  await expect(code.locator('.narration .voice')).toHaveText('written by the app for this step');

  const table = page.getByRole('region', { name: 'Execution table' });
  const closing = table.getByText('All loads processed; scaling adjusted instances accordingly.');
  await expect(closing).toHaveCount(0);
  await page.getByRole('button', { name: 'Last step' }).click();
  await expect(closing).toBeVisible();

  const lesson = page.getByRole('navigation', { name: 'More of the lesson' });
  await expect(lesson.getByRole('link', { name: 'Concept Snapshot' })).toHaveAttribute('href', '#/why');
  await expect(lesson.getByRole('link', { name: 'Full Transcript' })).toHaveAttribute('href', '#/transcript');
});
