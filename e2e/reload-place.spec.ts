/**
 * A learner on a phone reloads mid-task: the page comes back where they were (the panel at the top of the screen,
 * as far into it), in the Lab, whose run comes from a worker, and in a quiz mode loaded on demand; not in a fresh visit.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Puts panel `index` of the mode's panels 40 px into the top of the screen; returns its id. */
async function scrollToPanel(page: Page, index: number): Promise<string> {
  const id = await page.evaluate((index) => {
    const panel = document.querySelectorAll<HTMLElement>('main section.panel[id]')[index]!;
    window.scrollTo({ top: panel.getBoundingClientRect().top + window.scrollY + 40, behavior: 'instant' });
    return panel.id;
  }, index);
  await expect.poll(() => top(page, id)).toBeCloseTo(-40, -1);
  return id;
}

const top = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN, id);

for (const { mode, ready, panel } of [
  { mode: 'lab', ready: '.lab-status', panel: 4 },
  { mode: 'quiz', ready: 'main section.panel', panel: 1 },
]) {
  test(`a reload in ${mode} comes back to the panel the learner was reading`, async ({ page }) => {
    await page.goto(`/#/${mode}`);
    await expect(page.locator(ready).first()).toBeVisible();
    if (mode === 'lab') await expect(page.locator('.lab-status')).toContainText('Ran');
    const id = await scrollToPanel(page, panel);
    await page.reload();
    await expect.poll(() => top(page, id), { timeout: 10_000 }).toBeCloseTo(-40, -1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    // a fresh visit to the same address starts at the top
    await page.goto('about:blank');
    await page.goto(`/#/${mode}`);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}
