import { test, expect } from './fixtures/app';
import type { Locator, Page } from '@playwright/test';

/** How much of an element lies inside the viewport, 0..1 of its height. */
async function shownFraction(page: Page, locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.height === 0) return 0;
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return Math.max(0, bottom - top) / box.height;
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page does not scroll sideways').toBeLessThanOrEqual(0);
}

for (const size of [{ width: 1024, height: 768 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test.describe(`projector and desk ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('the header is one row; the whole table fits; flow, code and table of the step are on screen together', async ({ page }) => {
      await page.goto('/#/visualize');
      const next = page.getByRole('button', { name: 'Next step' });
      for (let i = 0; i < 2; i++) await next.click(); // the workspace opens at step 1
      await expect(page.locator('.step-text')).toHaveText('Step 3 of 6');

      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height, 'the header is a single row').toBeLessThanOrEqual(64);
      await noSidewaysScroll(page);

      const scroller = page.locator('.execution-scroll');
      const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(widths.scroll, 'the table needs no sideways scroll').toBeLessThanOrEqual(widths.client);
      const output = page.getByRole('columnheader', { name: 'Output' });
      const outputBox = (await output.boundingBox())!;
      expect(outputBox.x + outputBox.width).toBeLessThanOrEqual(size.width);

      expect(await shownFraction(page, page.locator('#flow-diagram svg')), 'flow').toBeGreaterThan(0.6);
      // no panel sits on top of another
      const boxes = await page.locator('.visualize section.panel').evaluateAll((panels) => panels.map((panel) => {
        const r = panel.getBoundingClientRect();
        return { id: panel.id, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }));
      for (const a of boxes) {
        for (const b of boxes) {
          if (a.id >= b.id) continue;
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }
      expect(await shownFraction(page, page.locator('.code-line.deciding')), 'code line').toBe(1);
      expect(await shownFraction(page, page.locator('.execution-table tr[aria-current="step"]')), 'table row').toBe(1);
    });
  });
}

test.describe('phone 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a short header; Next and the flow stay on one screen while stepping; the step column stays in view', async ({ page }) => {
    await page.goto('/#/visualize');
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height, 'the header is compact').toBeLessThanOrEqual(100);
    await noSidewaysScroll(page);

    const next = page.getByRole('button', { name: 'Next step' });
    for (let step = 2; step <= 6; step++) {
      await next.tap();
      await expect(page.locator('.step-text')).toHaveText(`Step ${step} of 6`);
      expect(await shownFraction(page, next), `Next at step ${step}`).toBe(1);
      expect(await shownFraction(page, page.locator('#flow-diagram svg')), `flow at step ${step}`).toBeGreaterThan(0.8);
    }

    // A long code line wraps under its own indentation, never at column 0.
    const printLine = page.locator('.code-line code').nth(7);
    const lefts = await printLine.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Array.from(range.getClientRects(), (rect) => Math.round(rect.left));
    });
    const firstLeft = Math.min(...lefts);
    const lineStarts = [...new Set(lefts)].sort((a, b) => a - b);
    expect(lineStarts.length, 'the print line wraps on a phone').toBeGreaterThan(1);
    expect(lineStarts[1]! - firstLeft, 'wrapped text starts past the indentation').toBeGreaterThan(20);

    // Scroll down to the table: the controls stay reachable (sticky).
    const table = page.locator('#execution-table');
    await table.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    expect(await shownFraction(page, next), 'Next stays on screen while the views scroll').toBe(1);

    // Scroll the table to its right end: the current step's number still shows, painted above the scrolled cells.
    const scroller = page.locator('.execution-scroll');
    await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const stepCell = page.locator('.execution-table tr[aria-current="step"] th');
    await stepCell.scrollIntoViewIfNeeded();
    const box = (await stepCell.boundingBox())!;
    const scrollerBox = (await scroller.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(scrollerBox.x - 1);
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(onTop).toBe('6');
  });
});

test.describe('200 % font size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the flow and chart text grow with the browser font size', async ({ page }) => {
    const textSizes = async () => {
      await page.goto('/#/visualize');
      await page.locator('#charts svg text').first().waitFor({ state: 'attached' });
      return page.evaluate(() => ({
        flow: document.querySelector('#flow-diagram .flow-label')!.getBoundingClientRect().height,
        chart: document.querySelector('#charts svg text')!.getBoundingClientRect().height,
      }));
    };
    const normal = await textSizes();
    const client = await page.context().newCDPSession(page);
    await client.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const large = await textSizes();
    expect(large.flow / normal.flow, 'flow text').toBeGreaterThan(1.6);
    expect(large.chart / normal.chart, 'chart text').toBeGreaterThan(1.6);
    await noSidewaysScroll(page);
  });
});

for (const width of [768, 880]) {
  test.describe(`tablet ${width} px`, () => {
    test.use({ viewport: { width, height: 1024 } });

    test('the header fits without sideways scrolling', async ({ page }) => {
      await page.goto('/#/visualize');
      await expect(page.locator('.step-text')).toHaveText('Step 1 of 6');
      await noSidewaysScroll(page);
      const header = (await page.locator('.app-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(100);
      const help = (await page.getByRole('button', { name: 'Help' }).boundingBox())!;
      expect(help.x + help.width).toBeLessThanOrEqual(width);
      // every mode link is whole and clear of the header's buttons
      const copy = (await page.getByRole('button', { name: 'Copy link' }).boundingBox())!;
      const nav = (await page.getByRole('navigation', { name: 'Learning modes' }).boundingBox())!;
      for (const link of await page.getByRole('navigation', { name: 'Learning modes' }).getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        const sameRow = box.y < copy.y + copy.height && copy.y < box.y + box.height;
        if (sameRow) expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(copy.x);
        expect(box.x + box.width, `${await link.innerText()} inside the nav`).toBeLessThanOrEqual(nav.x + nav.width + 1);
      }
    });
  });
}
