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
