/**
 * Cause and effect on one screen (issue 13, major 4, Visualize): a load typed by the table changes the table and the
 * flow in view at 1280x800; the sliders' range holds while a slider is moved and grows when it is let go; the phone's
 * mode bar shows the current mode; the lesson's light bulb is drawn by the app, not an emoji.
 */
import { test, expect } from './fixtures/playback';
import { FlowPanels } from './fixtures/flow';

test.use({ serviceWorkers: 'block' });

const stripField = (page: import('@playwright/test').Page, step: number) =>
  page.getByRole('textbox', { name: `Load, step ${step}`, exact: true });

test('at 1280x800 a load typed by the table changes the table and the flow without scrolling; the sliders follow', async ({ page, workspace, load }) => {
  test.slow(); // two axe scans of the whole workspace on a shared machine
  await page.goto('/#/visualize');
  const flow = new FlowPanels(page);
  const field = stripField(page, 3);
  await expect(field).toBeInViewport({ ratio: 1 });
  await field.fill('150');
  // the edited step comes into the table (the cursor moves to it) and the flow shows its decision, all on the first screen
  const row3 = workspace.executionTable().locator('tbody tr[data-step="3"]');
  await expect(row3).toHaveAttribute('aria-current', 'step');
  await expect(row3.locator('td').nth(0)).toHaveText('150');
  await expect(row3).toContainText('Scale up by 1');
  await expect(row3).toBeInViewport({ ratio: 1 });
  expect(await flow.activeNodes()).toContain('scale_up');
  await expect(flow.node('scale_up')).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // the Load panel's slider and number field show the same load
  await expect(load.slider(3)).toHaveValue('150');
  await expect(load.numberField(3)).toHaveValue('150');
  // and a slider moved there shows in the strip
  await load.slider(2).focus();
  await page.keyboard.press('Home');
  await expect(stripField(page, 2)).toHaveValue('0');
  // a bad number is explained at its field; Escape gives back the last good load
  await stripField(page, 4).fill('lots');
  await expect(stripField(page, 4)).toHaveAttribute('aria-invalid', 'true');
  const errorId = await stripField(page, 4).getAttribute('aria-describedby');
  await expect(page.locator(`[id="${errorId}"]`)).toContainText('is not a number');
  await expect(page.locator(`[id="${errorId}"]`)).toContainText('Still using 80');
  await workspace.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await workspace.expectNoAxeViolations();
  await stripField(page, 4).press('Escape');
  await expect(stripField(page, 4)).toHaveValue('80');
  await expect(stripField(page, 4)).not.toHaveAttribute('aria-invalid', 'true');
  // the link to the full panel brings the sliders into view with focus on one
  await page.getByRole('button', { name: 'Sliders and presets' }).click();
  await expect(load.region()).toBeInViewport();
  await expect(load.region().locator('input:focus')).toHaveCount(1);
});

test('a slider\'s range holds while it is moved by keys and grows when it is let go: no other thumb jumps', async ({ page, load }) => {
  await page.goto('/#/visualize');
  const slider = load.slider(2);
  await expect(slider).toHaveValue('50');
  const max = await load.slider(1).getAttribute('max');
  expect(max).toBe('250');
  const thumbOf1 = await load.slider(1).evaluate((input) => (input as HTMLInputElement).valueAsNumber / Number((input as HTMLInputElement).max));
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
  // the range stayed 0-250: the value stops at its top, the other sliders keep their range (their thumbs stay put)
  await expect(slider).toHaveValue('250');
  await expect(load.slider(1)).toHaveAttribute('max', '250');
  expect(await load.slider(1).evaluate((input) => (input as HTMLInputElement).valueAsNumber / Number((input as HTMLInputElement).max))).toBe(thumbOf1);
  await expect(load.region().getByText('sliders run from 0 to 250 until you let go')).toBeVisible();
  // let go (focus leaves): the range grows to fit, so a further move can go higher
  await page.keyboard.press('Tab');
  await expect(load.slider(1)).toHaveAttribute('max', '500');
  await expect(load.region().getByText('sliders run from 0 to 500.')).toBeVisible();
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveValue('300');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the current mode is scrolled into view in the mode bar', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Learning modes' });
    /** the link lies wholly inside the bar's visible width */
    const shownInBar = (name: string) => nav.evaluate((bar, label) => {
      const link = Array.from(bar.querySelectorAll('a')).find((a) => a.textContent === label)!;
      const outer = bar.getBoundingClientRect();
      const inner = link.getBoundingClientRect();
      return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
    }, name);
    await page.goto('/#/transcript');
    await expect(nav.getByRole('link', { name: 'Transcript', exact: true })).toHaveAttribute('aria-current', 'page');
    expect(await nav.evaluate((bar) => bar.scrollWidth > bar.clientWidth), 'the bar scrolls sideways on a phone').toBe(true);
    await expect.poll(() => shownInBar('Transcript')).toBe(true);
    for (const [hash, name] of [['why', 'Why'], ['review', 'Review'], ['test', 'Test this pattern']] as const) {
      await page.goto(`/#/${hash}`);
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect.poll(() => shownInBar(name)).toBe(true);
    }
    // only the bar scrolled sideways: the page did not
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  test('the load strip\'s fields are a finger\'s size', async ({ page }) => {
    await page.goto('/#/visualize');
    const box = await stripField(page, 1).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });
});

test('the lesson\'s light bulb is an icon the app draws, in Visualize and on the slides, never an emoji', async ({ page, workspace }) => {
  test.slow(); // an axe scan and a walk through the deck
  const emoji = /[\u{1F300}-\u{1FAFF}]/u;
  await page.goto('/#/visualize');
  await page.getByRole('button', { name: 'Last step', exact: true }).click();
  const note = page.locator('.table-note');
  await expect(note).toContainText('All loads processed');
  await expect(note.locator('svg.light-bulb-icon')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(emoji);
  await workspace.expectNoAxeViolations();
  await page.goto('/#/present');
  await expect(page.locator('main')).toBeVisible();
  for (let i = 0; i < 8; i++) {
    expect(await page.locator('body').innerText(), `slide ${i + 1}`).not.toMatch(emoji);
    await page.keyboard.press('PageDown');
  }
});
