/**
 * Look and reach, mode by mode: every mode in the switcher, opened by its link, has no axe violations in the light,
 * dark (the system's dark mode) and high-contrast themes; and on a phone (390x844, touch) every target passes axe's
 * target-size rule (Lighthouse's audit) while the header's, the mode switcher's and the main controls' are 24x24 or more.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import AxeBuilder from '@axe-core/playwright';
import { MODES } from '../src/store/urlState';

const THEMES = ['light', 'dark', 'contrast'] as const;

function modeLinks(page: Page) {
  return page.getByRole('navigation', { name: 'Learning modes' }).getByRole('link');
}

/** Opens a mode by its link in the switcher and waits until its view (not the loading line) is on screen. */
async function openMode(page: Page, index: number): Promise<string> {
  const link = modeLinks(page).nth(index);
  const label = (await link.textContent()) ?? '';
  const href = (await link.getAttribute('href')) ?? '';
  await link.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\?')}(\\?|$)`));
  await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('main :is(h1, h2)').first()).toBeVisible({ timeout: 15_000 });
  if (href === '#/lab') await expect(page.locator('.lab-status')).toContainText(/^Ran [\d,]+ seconds/, { timeout: 20_000 });
  return label;
}

/** Present hides the switcher; the browser's Back returns to the mode before it. */
async function leavePresent(page: Page) {
  if (await page.locator('html.presenting').count() === 0) return;
  await page.goBack();
  await expect(page.locator('html.presenting')).toHaveCount(0);
}

async function chooseTheme(page: Page, theme: (typeof THEMES)[number]) {
  if (theme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  if (theme === 'contrast') {
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('dialog').getByLabel('Theme').selectOption('contrast');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test.describe('every mode, every theme', () => {
  test('the switcher lists every mode', async ({ page }) => {
    await page.goto('/');
    await expect(modeLinks(page)).toHaveCount(MODES.length);
  });

  for (const theme of THEMES) {
    test(`axe finds no violations in any mode (${theme})`, async ({ page, workspace }) => {
      test.setTimeout(240_000); // twelve modes: a walk took 2.8 to 3 minutes on a busy 2-core machine
      await chooseTheme(page, theme);
      const count = await modeLinks(page).count();
      for (let i = 0; i < count; i++) {
        const label = await openMode(page, i);
        await test.step(`${label} (${theme})`, async () => {
          await workspace.expectNoAxeViolations();
        });
        await leavePresent(page);
      }
      // the choice is kept on the device and applied before the first paint of the next visit
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    });
  }

  test('in every mode, each control Tab reaches shows where the focus is', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const count = await modeLinks(page).count();
    for (let i = 0; i < count; i++) {
      const label = await openMode(page, i);
      await test.step(label, async () => {
        const unseen: string[] = [];
        for (let press = 0; press < 90; press++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            // Monaco's input is a hidden textarea: the editor's box carries the ring
            const drawn = el.closest<HTMLElement>('.config-monaco, .lab-monaco') ?? el;
            const style = getComputedStyle(drawn);
            const shown = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            return { shown, what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"` };
          });
          if (focus && !focus.shown) unseen.push(focus.what);
        }
        expect(unseen).toEqual([]);
      });
      await leavePresent(page);
    }
  });

  test('with reduced motion nothing on the page moves by itself, in any mode', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    const count = await modeLinks(page).count();
    for (let i = 0; i < count; i++) {
      const label = await openMode(page, i);
      await test.step(label, async () => {
        // a step moves the flow's token and the views when motion is welcome; here nothing animates
        await page.locator('main').press('ArrowRight');
        const running = await page.evaluate(() => document.getAnimations()
          .filter((animation) => animation.playState === 'running' && Number(animation.effect?.getComputedTiming().duration ?? 0) > 1)
          .map((animation) => (animation.effect as KeyframeEffect | null)?.target?.nodeName ?? 'unknown'));
        expect(running).toEqual([]);
        await expect(page.locator('.flow-token')).toHaveCount(0);
      });
      await leavePresent(page);
    }
  });

  test('the chart draws in the theme\'s colours, and its SVG export writes them out', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/#/visualize');
    await page.locator('#charts').scrollIntoViewIfNeeded(); // the chart draws as it nears the screen
    const line = page.locator('#charts .recharts-line-curve').first();
    await expect(line).toBeVisible();
    // the instances line is the theme's Okabe-Ito orange for dark screens
    expect(await line.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(230, 159, 0)');
    const region = page.getByRole('region', { name: 'Chart' });
    await region.locator('summary', { hasText: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Chart as SVG' }).click()]);
    const svg = await readFile(await file.path(), 'utf8');
    expect(svg).not.toContain('var(');
    expect(svg).toContain('rgb(230, 159, 0)');
  });

  test('the theme is on the page before the app\'s script runs, so it never flashes light', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('autoscale-lab:theme', 'contrast'));
    let release = () => {};
    const scriptsHeld = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/assets/index-*.js', async (route) => { await scriptsHeld; await route.continue(); });
    await page.goto('/', { waitUntil: 'commit' });
    // the pre-rendered first screen is already drawn in the chosen theme
    await expect(page.getByRole('heading', { name: 'Autoscale Lab', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    release();
    await expect(page).toHaveURL(/#\/visualize\?s=/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  });

  test('a bad stored theme is ignored and System follows the device', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('autoscale-lab:theme', 'purple'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Help' }).click();
    await expect(page.getByRole('dialog').getByLabel('Theme')).toHaveValue('system');
  });
});

test.describe('touch targets on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** The header's, the mode switcher's and the main controls' targets that are smaller than 24x24 CSS px. */
  async function smallControls(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const selector = '.app-header a, .app-header button, .app-header select, .mode-nav a, .playback-panel button, .playback-panel select, '
        + '.playback-panel summary, .row-button, .question-nav button, .question-card button, .lab-scrubber button, .panel-actions button, .policy-switch label, .lab-compare button, .load-pager button, .key-moment button, .lesson-links a';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 24 || box.height < 24))
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    });
  }

  test('every mode passes the target-size rule, and the main controls are 24x24 or larger', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const count = await modeLinks(page).count();
    for (let i = 0; i < count; i++) {
      const label = await openMode(page, i);
      await test.step(label, async () => {
        const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`))).toEqual([]);
        expect(await smallControls(page)).toEqual([]);
      });
      await leavePresent(page);
    }
  });
});
