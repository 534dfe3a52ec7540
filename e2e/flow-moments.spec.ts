import { test, expect } from './fixtures/app';
import { FlowPanels } from './fixtures/flow';
import { encodeShared } from '../src/store/urlState';

const LESSON_MOMENTS = [
  'Why doesn\'t the number of instances decrease when load is 10 at step 1?',
  'Why do instances increase at step 3 when load is 120?',
  'Why does the system scale down at step 6?',
];

test('the flow diagram follows the cursor and key moments move it', async ({ page, workspace }) => {
  const flow = new FlowPanels(page);
  await page.goto('/');
  await expect(flow.diagram()).toBeVisible();

  await flow.clickRow(3);
  await expect(flow.currentRow()).toHaveAttribute('aria-current', 'step');
  await expect(flow.currentRow().getByRole('rowheader')).toHaveText('3');
  await expect(flow.node('check_upper')).toContainText('120 > 100? yes');
  expect(await flow.nodeLines('check_upper')).toEqual(['Check if load >', 'upper threshold', '(100)?', '120 > 100? yes']);
  await expect(flow.node('scale_up')).toHaveAttribute('data-active', 'true');
  await expect(flow.node('scale_down')).toHaveAttribute('data-active', 'false');
  expect(await flow.activeNodes()).toEqual(['monitor', 'check_upper', 'scale_up', 'update', 'continue']);
  await expect(flow.narration()).toHaveText(
    'Step 3: load 120. load > 100? yes. Scale up: 1 → 2 instances. '
    + 'Load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2).',
  );
  await expect(flow.token()).toHaveCount(1);
  const end = await flow.nodeBox('continue');
  const restsAt = (box: typeof end) => async () => {
    const at = await flow.tokenAt();
    return at !== null && Math.abs(at.x - box.x) < 1 && Math.abs(at.y - (box.y + box.h / 2)) < 1;
  };
  await expect.poll(restsAt(end), { timeout: 3000 }).toBe(true);

  expect(await flow.momentQuestions()).toEqual(LESSON_MOMENTS);
  await expect(flow.momentsRegion()).toContainText('Load 5 is less than 20 and instances are currently 2, so the system removes one instance (see execution_table row 6).');
  // every place the token is drawn from here on, so a busy machine dropping frames cannot hide where it set off
  await flow.recordTokenTrail();
  await flow.goToMoment('Why does the system scale down at step 6?');
  await expect(flow.currentRow().getByRole('rowheader')).toHaveText('6');
  // the token sets off again from the top for the new step, then comes to rest at the end
  await expect.poll(async () => Math.min(...(await flow.tokenTrail()).map((at) => at.y)), { timeout: 2000 }).toBeLessThan(end.y - 100);
  // the last load processed: the token goes on to the lesson's End
  await expect.poll(restsAt(await flow.nodeBox('end')), { timeout: 3000 }).toBe(true);
  await expect(flow.node('end')).toHaveAttribute('data-active', 'true');
  await expect(flow.node('scale_down')).toHaveAttribute('data-active', 'true');
  await expect(flow.node('check_lower')).toContainText('5 < 20 and 2 > 1? yes');
  await expect(flow.narration()).toContainText('Step 6: load 5.');
  expect(await flow.overflowingLines()).toEqual([]);
  await page.screenshot({ path: '/tmp/flow-1280.png', fullPage: true });
  await flow.flowRegion().screenshot({ path: '/tmp/flow-panel-1280.png' });
  await flow.momentsRegion().screenshot({ path: '/tmp/flow-moments-1280.png' });

  await workspace.expectNoAxeViolations();
});

test('with reduced motion the path is lit but no token travels', async ({ page, workspace }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const flow = new FlowPanels(page);
  await page.goto('/');
  await flow.goToMoment('Why do instances increase at step 3 when load is 120?');
  await expect(flow.node('scale_up')).toHaveAttribute('data-active', 'true');
  await expect(flow.token()).toHaveCount(0);
  await workspace.expectNoAxeViolations();
});

test('at 390 px wide the diagram fits its panel', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const flow = new FlowPanels(page);
  await page.goto('/');
  await flow.goToMoment('Why does the system scale down at step 6?');
  const svg = await flow.diagram().boundingBox();
  const region = await flow.flowRegion().boundingBox();
  expect(svg && region).toBeTruthy();
  expect(svg!.width).toBeLessThanOrEqual(region!.width);
  expect(svg!.width).toBeGreaterThan(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await flow.flowRegion().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/flow-390.png' });
  await flow.flowRegion().screenshot({ path: '/tmp/flow-panel-390.png' });
  await flow.momentsRegion().screenshot({ path: '/tmp/flow-moments-390.png' });
  await workspace.expectNoAxeViolations();
});

test('a target-tracking link draws that policy\'s flow with its numbers', async ({ page, workspace }) => {
  const config = { policy: 'target_tracking', min_servers: 1, max_servers: 4, initial_servers: 1, target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1 };
  const hash = `#/visualize?s=${encodeShared({ configText: JSON.stringify(config, null, 2), loads: [20, 120, 400, 100], cursor: 3 })}`;
  const flow = new FlowPanels(page);
  await page.goto(`/${hash}`);
  await expect(flow.diagram()).toHaveAccessibleName('Process flow of the target tracking policy');
  expect(await flow.activeNodes()).toEqual(['monitor', 'measure', 'check_target', 'set_desired', 'update', 'continue']);
  expect((await flow.nodeLines('check_target')).join(' ')).toBe('More than 10 % off the 60 % target? 200 % vs target 60 %: off by more than 10 %? yes');
  expect((await flow.nodeLines('set_desired')).join(' ')).toBe('Set desired = ceil(load / (50 × 0.6)), clamped to 1–4 wants 14: 4 already running');
  // every view says the same: the count asked for (clamped to max 4) is already running
  await expect(flow.narration()).toContainText('Set desired: 4 instances, already running.');
  expect((await workspace.rowTexts())[2]![5]).toBe('No scaling: desired 14, clamped to 4, is already running');
  await expect(flow.node('check_upper')).toHaveCount(0);
  await expect(flow.narration()).toContainText('Step 3: load 400, utilization 200 %.');
  expect(await flow.overflowingLines()).toEqual([]);
  await flow.flowRegion().screenshot({ path: '/tmp/flow-panel-target-1280.png' });
  await workspace.expectNoAxeViolations();
});
