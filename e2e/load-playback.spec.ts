import { test, expect } from './fixtures/playback';
import { encodeShared } from '../src/store/urlState';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Load at step 1', exact: true })).toBeVisible();
});

test('dragging a slider re-simulates: the table and the tracker change at once', async ({ page, workspace, load, playback }) => {
  await page.getByLabel('Show all rows').check();
  const row2 = workspace.executionTable().locator('tbody tr').nth(1);
  await expect(row2).toContainText('No scaling');

  // Keyboard on the slider: End puts step 2 at the top of its range, above the threshold.
  await load.slider(2).focus();
  await page.keyboard.press('End');
  await expect(load.numberField(2)).toHaveValue('250');
  await expect(row2.locator('td')).toHaveText(['250', 'True', 'False', 'Scale up by 1', '2', 'Load: 250, Instances: 2']);
  await playback.button('Next step').click(); // tracker: After 2
  const loadRow = workspace.tracker().getByRole('row', { name: /^load/ });
  await expect(loadRow.locator('td').nth(2)).toHaveText('250');
  await expect(workspace.tracker().getByRole('row', { name: /^instances/ }).locator('td').nth(2)).toHaveText('2');
  await expect(playback.stepText()).toHaveText('Step 2 of 6');

  // Mouse drag: step 3 down near 0 turns its scale-up into no change.
  await load.dragSlider(3, 0.02);
  const dragged = Number(await load.numberField(3).inputValue());
  expect(dragged).toBeLessThan(30);
  const row3 = workspace.executionTable().locator('tbody tr').nth(2);
  await expect(row3.locator('td').first()).toHaveText(String(dragged));
  await expect(row3).not.toContainText('Scale up');
  await playback.button('Next step').click();
  await expect(loadRow.locator('td').nth(3)).toHaveText(String(dragged));
});

test('an absurd number is explained beside its field and the last good load stays', async ({ page, workspace, load }) => {
  await page.getByLabel('Show all rows').check();
  const field = load.numberField(3);
  const row3 = workspace.executionTable().locator('tbody tr').nth(2);
  for (const [typed, message] of [['1e12', /Too large: the most is 1,000,000,000/], ['-5', /cannot be negative/], ['lots', /"lots" is not a number/]] as const) {
    await field.fill(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const error = await load.errorFor(field);
    await expect(error).toBeVisible();
    await expect(error).toContainText(message);
    await expect(error).toContainText('Still using 120');
    await expect(row3.locator('td').first()).toHaveText('120');
    await expect(load.slider(3)).toHaveValue('120');
  }
  await workspace.expectNoAxeViolations();
  await field.fill('130');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(row3.locator('td').first()).toHaveText('130');
  await field.fill('oops');
  await field.press('Escape');
  await expect(field).toHaveValue('130');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
});

test('presets replace the loads; long runs page the sliders and follow the cursor', async ({ load, playback, workspace }) => {
  await load.applyPreset('Ramp', { steps: 10, peak: 300 });
  await expect(load.sliders()).toHaveCount(10);
  await expect(load.numberField(10)).toHaveValue('300');
  await expect(playback.stepText()).toHaveText('Step 1 of 10');

  await load.applyPreset('Seeded random', { steps: 8, peak: 100, seed: 42 });
  const first = await load.sliderValues();
  await load.applyPreset('Steady', { steps: 8, peak: 100 });
  await expect(load.numberField(1)).toHaveValue('50');
  await load.applyPreset('Seeded random', { steps: 8, peak: 100, seed: 42 });
  expect(await load.sliderValues()).toEqual(first);

  await load.region().getByLabel('Preset', { exact: true }).selectOption({ label: 'Flash crowd' });
  await load.region().getByLabel('Steps', { exact: true }).fill('20000');
  await load.region().getByRole('button', { name: 'Apply preset' }).click();
  await expect(load.region().getByLabel('Steps', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(load.region().getByText('Steps must be a whole number from 1 to 10,000.')).toBeVisible();
  expect(await load.sliderValues()).toEqual(first);

  await load.region().getByLabel('Steps', { exact: true }).fill('10000');
  await load.region().getByRole('button', { name: 'Apply preset' }).click();
  await expect(load.sliders()).toHaveCount(20);
  await expect(load.region().getByText('Steps 1–20 of 10,000')).toBeVisible();
  await load.region().getByRole('button', { name: 'Next page' }).click();
  await expect(load.slider(21)).toBeVisible();
  await playback.button('Last step').click();
  await expect(load.slider(10000)).toBeVisible();
  await expect(playback.stepText()).toHaveText('Step 10,000 of 10,000');

  await load.applyPreset('Lesson');
  await expect(load.sliders()).toHaveCount(6);
  expect(await load.sliderValues()).toEqual(['10', '50', '120', '80', '30', '5']);
  await workspace.expectNoAxeViolations();
});

test('add and remove steps; edit every load as a list', async ({ page, load, workspace }) => {
  await load.region().getByRole('button', { name: 'Add step' }).click();
  await expect(load.numberField(7)).toHaveValue('5');
  await load.region().getByRole('button', { name: 'Remove step 1', exact: true }).click();
  expect(await load.sliderValues()).toEqual(['50', '120', '80', '30', '5', '5']);

  await load.region().getByText('Edit as list').click();
  const list = load.region().getByLabel(/Loads, comma-separated/);
  await expect(list).toHaveValue('50, 120, 80, 30, 5, 5');
  await list.fill('10, abc, 120');
  await load.region().getByRole('button', { name: 'Apply list' }).click();
  await expect(list).toHaveAttribute('aria-invalid', 'true');
  await expect(load.region().getByText('Step 2 is not a number')).toBeVisible();
  await expect(load.sliders()).toHaveCount(6);
  await list.fill('5, 150, 5');
  await load.region().getByRole('button', { name: 'Apply list' }).click();
  await expect(load.sliders()).toHaveCount(3);
  await page.getByLabel('Show all rows').check();
  expect((await workspace.rowTexts()).map((row) => row[4])).toEqual(['No scaling', 'Scale up by 1', 'Scale down by 1']);
});

test('play to the end at 4x, then step back with the button and the keyboard', async ({ page, workspace, playback }) => {
  const current = workspace.executionTable().locator('tbody tr[aria-current="step"] th');
  await expect(current).toHaveText('1');
  await playback.speed().selectOption('4');
  await playback.button('Play').click();
  await expect(playback.button('Pause')).toBeVisible();
  await expect(current).toHaveText('6', { timeout: 5000 });
  await expect(playback.button('Play')).toBeVisible();
  await expect(playback.stepText()).toHaveText('Step 6 of 6');

  await playback.button('Previous step').click();
  await expect(current).toHaveText('5');
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveText('4');
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText('5');
  await page.keyboard.press('Home');
  await expect(current).toHaveCount(0);
  await expect(playback.stepText()).toContainText('Start');
  await expect(playback.scrubber()).toHaveValue('0');
  await page.keyboard.press('End');
  await expect(current).toHaveText('6');
  await page.keyboard.press('-');
  await expect(playback.speed()).toHaveValue('2');
  await page.keyboard.press('+');
  await expect(playback.speed()).toHaveValue('4');

  // Keys typed in a field belong to the field, not to playback.
  await page.getByRole('textbox', { name: 'Load at step 2 (number)' }).press('Home');
  await expect(current).toHaveText('6');

  // The scrubber and Space.
  await playback.scrubber().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveText('5');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press(' ');
  await expect(playback.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(playback.button('Play')).toBeVisible();
});

test('breakpoints pause playback on a scale-up and say so', async ({ page, workspace, playback }) => {
  await playback.region().getByLabel('Pause on scale up').check();
  await playback.button('First step').click();
  await playback.speed().selectOption('4');
  await playback.button('Play').click();
  await expect(playback.button('Play')).toBeVisible({ timeout: 5000 });
  await expect(workspace.executionTable().locator('tbody tr[aria-current="step"] th')).toHaveText('3');
  await expect(playback.region().getByRole('status')).toHaveText('Paused: scale up at step 3');
  // Space on a focused playback button plays and pauses, as Help says; it does not press the button
  await playback.button('Next step').focus();
  await page.keyboard.press(' ');
  await expect(playback.button('Pause')).toBeVisible();
  await expect(playback.region().getByText(/^Paused:/)).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(playback.button('Play')).toBeVisible();
  await playback.region().getByText('Keyboard shortcuts').click();
  await expect(playback.region().getByText('Play / pause')).toBeVisible();
  await workspace.expectNoAxeViolations();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`screenshot at ${viewport.width}x${viewport.height}`, async ({ page, load }, testInfo) => {
    await page.setViewportSize(viewport);
    await load.numberField(3).fill('-5');
    // on a phone the bar folds its options away so it can stay on screen
    if (viewport.width < 700) await page.getByRole('region', { name: 'Playback' }).getByText('Speed, breakpoints, shortcuts').click();
    await page.getByRole('region', { name: 'Playback' }).getByText('Keyboard shortcuts').click();
    await page.screenshot({ path: testInfo.outputPath(`load-playback-${viewport.width}.png`), fullPage: true });
    await load.region().screenshot({ path: testInfo.outputPath(`load-panel-${viewport.width}.png`) });
    await page.getByRole('region', { name: 'Playback' }).screenshot({ path: testInfo.outputPath(`playback-bar-${viewport.width}.png`) });
  });
}

test('huge loads and five-digit steps fit their columns, and no slider runs past the largest accepted load', async ({ page, load }) => {
  const loads = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? 1_000_000_000 : 123.456789));
  await page.goto(`/#/visualize?s=${encodeShared({ configText: '{}', loads, cursor: 10_000 })}`);
  await expect(load.numberField(10_000)).toHaveValue('123.456789');
  await expect(load.numberField(9_999)).toHaveValue('1000000000');
  const cut = await load.region().locator('.load-row').evaluateAll((rows) => rows.flatMap((row) => {
    const step = row.querySelector<HTMLElement>('.load-step')!;
    const slider = row.querySelector<HTMLElement>('.load-slider')!;
    const field = row.querySelector<HTMLInputElement>('.load-number')!;
    const problems: string[] = [];
    if (step.getBoundingClientRect().right > slider.getBoundingClientRect().left) problems.push(`step ${step.textContent} runs into its slider`);
    if (field.scrollWidth > field.clientWidth) problems.push(`load ${field.value} is cut off`);
    return problems;
  }));
  expect(cut).toEqual([]);
  expect(await load.slider(10_000).getAttribute('max')).toBe('1000000000');
});
