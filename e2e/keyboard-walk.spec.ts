/**
 * The lesson with the keyboard alone, from the first screen to a finished quiz: Tab, Shift+Tab, Enter, Space and the
 * arrows, never a click. Every element that Tab reaches on the way shows where the focus is (an outline or a ring).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly role: string;
  readonly name: string;
  readonly inCard: boolean;
  readonly visible: boolean;
}

/** What has the focus, and whether it is drawn (a non-none outline or box-shadow). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: '', role: '', name: '', inCard: false, visible: false };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      role: el.getAttribute('role') ?? '',
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      inCard: el.closest('article.question-card form') !== null,
      visible: outlined || style.boxShadow !== 'none',
    };
  });
}

/** One Tab (or Shift+Tab); the element it reaches must show its focus. */
async function tab(page: Page, backwards = false): Promise<Focused> {
  await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  const now = await focused(page);
  expect(now.visible, `focus on ${now.tag} "${now.name.slice(0, 40)}" is visible`).toBe(true);
  return now;
}

/** Tabs forward until `wanted` says yes; fails after `max` presses. */
async function tabUntil(page: Page, wanted: (f: Focused) => boolean, what: string, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    const now = await tab(page);
    if (wanted(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('the lesson, from the first screen to a finished Visual quiz, with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // the app has taken over the pre-rendered page once it writes the scenario into the address
  await expect(page).toHaveURL(/#\/visualize\?s=/);
  const stepText = page.locator('.playback-panel .step-text');

  // the first Tab reaches the skip link, drawn on screen
  const first = await tab(page);
  expect(first.name).toBe('Skip to content');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();

  // step through the lesson's six steps with the arrows, and back one and forward again
  await expect(stepText).toHaveText(/^(Start|Step 1 of 6)/);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(stepText).toHaveText('Step 6 of 6');
  await page.keyboard.press('ArrowLeft');
  await expect(stepText).toHaveText('Step 5 of 6');
  await page.keyboard.press('End');
  await expect(stepText).toHaveText('Step 6 of 6');
  await expect(page.getByRole('table', { name: 'Execution table' }).locator('tr[aria-current="step"]')).toContainText('Load: 5, Instances: 1');

  // into the switcher: one Tab too many, Shift+Tab back to Visual quiz, Enter opens it
  await tabUntil(page, (f) => f.tag === 'a' && f.name === 'Practice', 'the Practice link');
  const back = await tab(page, true);
  expect(back.name).toBe('Visual quiz');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/quiz/);
  const card = page.locator('article.question-card');
  await expect(card).toBeVisible();

  const total = Number((await card.getByRole('heading', { level: 3 }).textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  for (let n = 1; n <= total; n++) {
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Question ${n} of ${total}`);
    // Tab into the answer, fill each field (Space and an arrow pick a radio, digits fill a number), Tab on to Check answer
    let now = await tabUntil(page, (f) => f.inCard && f.tag === 'input', 'the answer');
    for (let guard = 0; !(now.tag === 'button' && now.name === 'Check answer'); guard++) {
      expect(guard, 'fields before Check answer').toBeLessThan(12);
      if (now.type === 'radio') {
        // Space picks the focused choice, an arrow moves the pick to the next one (radios are one Tab stop)
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      }
      else if (now.type === 'number') await page.keyboard.type('1');
      now = await tab(page);
    }
    await page.keyboard.press('Enter');
    // the verdict takes the focus and is read out
    await expect(card.getByRole('status').first()).toContainText(/Correct|Not right/);
    await expect(card.getByRole('status').first()).toBeFocused();
    if (n < total) {
      await tabUntil(page, (f) => f.tag === 'button' && f.name === 'Next', 'Next');
      await page.keyboard.press('Enter');
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    }
  }

  // the end: every question has a first try, and the summary says how it went
  const summary = page.getByRole('region', { name: 'Quiz summary' });
  await expect(summary).toContainText(`All ${total} questions answered`);
  await expect(summary).toContainText(/right first time/);
  await expect(page.locator('.quiz-score')).toContainText(`of ${total} right first time`);
  // and the summary's own controls are reached by Tab too
  await tabUntil(page, (f) => f.tag === 'button' && f.name === 'New questions' , 'the summary\'s New questions');
});
