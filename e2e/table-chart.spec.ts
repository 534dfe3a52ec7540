import { test, expect } from './fixtures/app';
import { LESSON_CONFIG } from '../src/engine';
import { encodeShared } from '../src/store/urlState';
import { longTraceHash, TablePanels, targetTrackingHash } from './fixtures/table';

test.describe('chart', () => {
  test('draws the lesson with both thresholds labelled, a legend and the cursor line', async ({ page, workspace }) => {
    const panels = new TablePanels(page);
    await panels.open();
    await expect(panels.chartSvg()).toBeVisible();
    await expect(panels.chartImage()).toHaveAccessibleName(/upper threshold 100 and lower threshold 20/);
    await expect(panels.chartRegion().locator('.recharts-reference-line')).toHaveCount(2);
    await expect(panels.chartSvg().locator('text', { hasText: 'Upper threshold 100' })).toBeVisible();
    await expect(panels.chartSvg().locator('text', { hasText: 'Lower threshold 20' })).toBeVisible();
    await expect(panels.chartRegion().getByRole('list', { name: 'Legend' }).getByRole('listitem'))
      .toHaveText(['Load (requests)', 'Upper threshold 100', 'Lower threshold 20', 'Instances (right axis)', 'Current step']);
    const cursor = panels.chartRegion().locator('.trace-chart-cursor');
    await expect(cursor).toHaveAttribute('data-step', '1');
    await expect(cursor).toContainText('Step 1');

    await page.getByLabel('Show all rows').check();
    await panels.goToStepButton(3).click();
    await expect(cursor).toHaveAttribute('data-step', '3');
    await expect(panels.chartRegion().locator('figcaption')).toContainText('Step 3: load 120, instances 1 → 2');
    await workspace.expectNoAxeViolations();
  });

  test('draws capacity at target instead of thresholds for target tracking', async ({ page }) => {
    const panels = new TablePanels(page);
    await panels.open(targetTrackingHash(3));
    await expect(panels.chartSvg()).toBeVisible();
    await expect(panels.chartRegion().locator('.recharts-reference-line')).toHaveCount(0);
    await expect(panels.chartRegion().getByRole('listitem').filter({ hasText: 'Capacity at 60 % target' })).toBeVisible();
    await expect(panels.chartRegion().locator('.recharts-line')).toHaveCount(2);
    await expect(panels.chartRegion().locator('figcaption')).toContainText('Step 3: load 120, instances 2 → 4, capacity at target 60 → 120');
  });
});

test('huge loads and many instances: axis ticks stay short, evenly spaced and clear of the axis titles', async ({ page }) => {
  const panels = new TablePanels(page);
  const config = { ...LESSON_CONFIG, max_servers: 1000, scale_step: 500 };
  await panels.open(`#/visualize?s=${encodeShared({ configText: JSON.stringify(config), loads: [1_000_000_000, 750_000_000, 1_000_000_000, 5], cursor: 3 })}`);
  await expect(panels.chartSvg()).toBeVisible();
  const tickGroups = panels.chartSvg().locator('.recharts-yAxis-tick-labels');
  await expect(tickGroups).toHaveCount(2);
  expect(await tickGroups.nth(0).locator('text').allTextContents()).toEqual(['0', '250M', '500M', '750M', '1B']);
  expect(await tickGroups.nth(1).locator('text').allTextContents()).toEqual(['0', '200', '400', '600', '800', '1000', '1200']);
  const overlaps = await panels.chartSvg().evaluate((svg) => {
    const box = (element: Element) => element.getBoundingClientRect();
    const frame = box(svg);
    const titles = [...svg.querySelectorAll('.recharts-label')].map(box);
    return [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((tick) => ({ text: tick.textContent, rect: box(tick) }))
      .filter(({ rect }) => rect.left < frame.left || rect.right > frame.right
        || titles.some((title) => rect.left < title.right && title.left < rect.right && rect.top < title.bottom && title.top < rect.bottom))
      .map(({ text }) => text);
  });
  expect(overlaps).toEqual([]);
  // the thresholds would sit on top of each other at the bottom: the legend names them instead
  await expect(panels.chartSvg().locator('text', { hasText: 'Upper threshold 100' })).toHaveCount(0);
  await expect(panels.chartRegion().getByRole('listitem').filter({ hasText: 'Upper threshold 100' })).toBeVisible();
  await expect(panels.chartRegion().locator('figcaption')).toContainText('Step 3: load 1000000000, instances 1000');
});

test.describe('execution table and tracker', () => {
  test('clicking a row, or choosing it by keyboard, moves the cursor', async ({ page, workspace }) => {
    const panels = new TablePanels(page);
    await panels.open();
    await page.getByLabel('Show all rows').check();
    await expect(panels.dataRows()).toHaveCount(6);
    await panels.dataRows().nth(3).getByRole('cell', { name: 'No scaling' }).click();
    await expect(panels.currentRow()).toHaveAttribute('data-step', '4');
    await expect(panels.trackerCurrentHeader()).toHaveText('After 4');

    await panels.goToStepButton(2).focus();
    await page.keyboard.press('Enter');
    await expect(panels.currentRow()).toHaveAttribute('data-step', '2');
    await expect(panels.trackerCurrentHeader()).toHaveText('After 2');
    await expect(panels.tracker().locator('td.current')).toHaveText(['1', '50']);
    await workspace.expectNoAxeViolations();
  });

  test('a 10,000-step trace from a share link renders a bounded number of rows and reaches the last one', async ({ page, workspace }) => {
    const panels = new TablePanels(page);
    await panels.open(longTraceHash({ steps: 10_000, cursor: 5_000 }));
    await expect(panels.currentRow()).toHaveAttribute('data-step', '5000');
    await panels.showTable();
    await expect(panels.currentRow()).toBeInViewport();
    expect(await panels.executionTable().locator('tbody tr').count()).toBeLessThan(200);
    await expect(panels.executionTable()).toHaveAttribute('aria-rowcount', '5001');

    await expect(panels.trackerCurrentHeader()).toHaveText('After 5000');
    await panels.trackerCurrentHeader().evaluate((cell) => cell.closest('section')?.scrollIntoView());
    await expect(panels.trackerCurrentHeader()).toBeInViewport();
    expect(await panels.tracker().locator('thead th').count()).toBeLessThan(30);
    await expect(panels.tracker().locator('..').locator('..')).toContainText('columns are left out');

    await page.getByRole('button', { name: 'Last step' }).click();
    await expect(panels.currentRow()).toHaveAttribute('data-step', '10000');
    await panels.showTable();
    await expect(panels.currentRow()).toBeInViewport();
    await expect(panels.currentRow().locator('th')).toHaveText('10000');
    expect(await panels.executionTable().locator('tbody tr').count()).toBeLessThan(200);
    // the last step's own column is current ("After 10000"); Final sits beside it
    await expect(panels.trackerCurrentHeader()).toHaveText('After 10000');
    await expect(panels.chartRegion().locator('.trace-chart-cursor')).toHaveAttribute('data-step', '10000');

    await panels.goToStepButton(9_990).click();
    await expect(panels.currentRow()).toHaveAttribute('data-step', '9990');
    await page.getByLabel('Show all rows').check();
    await panels.tableScroller().evaluate((box) => { box.scrollTop = 0; });
    await expect(panels.goToStepButton(1)).toBeVisible();
    expect(await panels.executionTable().locator('tbody tr').count()).toBeLessThan(200);
    await workspace.expectNoAxeViolations();
  });
});

test('with every row shown, going back to Start scrolls the table back to step 1', async ({ page }) => {
  const panels = new TablePanels(page);
  await panels.open(longTraceHash({ steps: 10_000, cursor: 10_000 }));
  await page.getByLabel('Show all rows').check();
  await panels.showTable();
  await expect(panels.currentRow()).toBeInViewport();
  await page.getByRole('button', { name: 'First step' }).click();
  await expect(page.getByText('Start (before step 1 of 10,000)')).toBeVisible();
  await expect(panels.currentRow()).toHaveCount(0);
  await panels.showTable();
  await expect(panels.goToStepButton(1)).toBeInViewport();
});

test('screenshots of the table, tracker and chart at desktop and phone sizes', async ({ page }) => {
  const panels = new TablePanels(page);
  for (const [width, height, name] of [[1280, 800, 'desktop'], [390, 844, 'phone']] as const) {
    await page.setViewportSize({ width, height });
    await panels.open(longTraceHash({ steps: 10_000, cursor: 5_000 }));
    await expect(panels.chartSvg()).toBeVisible();
    await page.locator('#execution-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/chart-${name}-10k.png` });
    await panels.chartRegion().screenshot({ path: `/tmp/chart-${name}-chart-10k.png` });
    await panels.open();
    await expect(panels.chartSvg()).toBeVisible();
    await page.screenshot({ path: `/tmp/chart-${name}-lesson-full.png`, fullPage: true });
  }
});
