import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

/** Page object for Present: the slide on the projector, by role and name. */
function present(page: Page) {
  return {
    title: () => page.locator('#slide-title'),
    where: () => page.locator('.slide-where'),
    table: () => page.getByRole('table', { name: 'Execution table' }),
    row: (step: number) => page.getByRole('table', { name: 'Execution table' }).locator(`tbody tr[data-step="${step}"]`),
    answer: () => page.getByRole('region', { name: 'Answer' }),
    deckSelect: () => page.getByRole('combobox', { name: 'Deck' }),
  };
}

test('presents the lesson deck with the keyboard alone', async ({ page, workspace }) => {
  const p = present(page);
  await page.goto('/#/present');
  await expect(p.title()).toHaveText('Why auto-scale an inference endpoint?');
  await expect(p.where()).toContainText('Slide 1 of 10');

  // the loop: PageDown steps inside the slide before moving on
  await page.keyboard.press('PageDown');
  await expect(p.title()).toHaveText('The loop: monitor, decide, act');
  await expect(p.where()).toContainText('Start');
  await page.keyboard.press('PageDown');
  await expect(p.where()).toContainText('Step 1 of 6');
  await page.keyboard.press('ArrowRight');
  await expect(p.where()).toContainText('Step 2 of 6');
  await page.keyboard.press('ArrowLeft');
  await expect(p.where()).toContainText('Step 1 of 6');
  await page.keyboard.press('ArrowDown');
  await expect(p.title()).toHaveText('The loop in code');
  await page.keyboard.press('ArrowDown');

  // key moment 1: the table is empty until the presenter steps, then row 1 appears, current and highlighted
  await expect(p.title()).toHaveText('Key moment 1: step 1');
  await expect(p.row(1)).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(p.row(1)).toContainText('Load: 10, Instances: 1');
  await expect(p.row(1)).toHaveAttribute('aria-current', 'step');

  // key moment 2: stepping moves the real table from row 2 to row 3; the answer is hidden until R
  await page.keyboard.press('PageDown');
  await expect(p.title()).toHaveText('Key moment 2: step 3');
  await expect(p.row(2)).toHaveAttribute('aria-current', 'step');
  await expect(p.row(3)).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(p.row(3)).toContainText('Load: 120, Instances: 2');
  await expect(p.row(3)).toHaveAttribute('aria-current', 'step');
  await expect(p.answer()).toBeHidden();
  await page.keyboard.press('r');
  await expect(p.answer()).toContainText('Load 120 is greater than the upper threshold 100, so the system scales up by adding one instance (see execution_table row 3).');
  await expect(p.row(3)).toHaveAttribute('data-highlighted', 'true');

  // B blanks, B returns; "." too
  await page.keyboard.press('b');
  await expect(page.getByText('Screen blanked: press B to return')).toBeVisible();
  await expect(p.title()).toBeHidden();
  await page.keyboard.press('b');
  await expect(p.title()).toHaveText('Key moment 2: step 3');
  await page.keyboard.press('.');
  await expect(p.title()).toBeHidden();
  await page.keyboard.press('.');

  // Esc: explore the same scenario, load 150 at step 3, then back to the slide where it was
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Exploring: Key moment 2: step 3' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Load at step 3 (number)', exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('150');
  await page.keyboard.press('Tab');
  await expect(p.row(3)).toContainText('Load: 150, Instances: 2');
  await page.keyboard.press('Escape');
  await expect(p.title()).toHaveText('Key moment 2: step 3');
  await expect(p.where()).toContainText('Step 3 of 6');
  await expect(p.row(3)).toContainText('Load: 120, Instances: 2');

  // a question: choices for the class, the answer only when revealed
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(p.title()).toHaveText('Question 1');
  await expect(page.getByText('Look at the execution table, what is the number of instances after processing load 80?')).toBeVisible();
  await expect(p.answer()).toBeHidden();
  await page.keyboard.press('R');
  await expect(p.answer()).toContainText('Answer: B — 2');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  await page.keyboard.press('End');
  await expect(p.title()).toHaveText('What real systems add');
  await page.keyboard.press('PageDown');
  await expect(p.title()).toHaveText('What real systems add');
  await page.keyboard.press('Home');
  await expect(p.title()).toHaveText('Why auto-scale an inference endpoint?');
  await page.keyboard.press('PageUp');
  await expect(p.where()).toContainText('Slide 1 of 10');
  void workspace;
});

test('makes a deck from the workspace, edits and reorders it, and opens its link', async ({ page, browser, workspace }) => {
  await page.goto('/#/visualize');
  const add = page.getByRole('button', { name: 'Add this view as a slide' });
  await page.getByRole('textbox', { name: 'Load at step 3 (number)', exact: true }).fill('150');
  await expect(workspace.executionTable()).toBeVisible();
  await add.click();
  await expect(page.getByText('Added as slide 1 of My deck')).toBeVisible();
  await add.focus();
  await page.keyboard.press('End');
  await add.click();
  await expect(page.getByText('Added as slide 2 of My deck')).toBeVisible();
  await workspace.expectNoAxeViolations();

  // the message links to that slide of that deck, and the address carries both
  await page.getByRole('status').getByRole('link', { name: 'Open it in Present' }).click();
  const p = present(page);
  await expect(p.title()).toHaveText('Slide 2: step 6 of 6');
  await expect(p.deckSelect()).toHaveValue('mine');
  await expect(p.row(3)).toContainText('Load: 150, Instances: 2');
  await expect(page).toHaveURL(/deck=mine&slide=2/);
  await page.keyboard.press('ArrowUp');
  await expect(p.title()).toHaveText('Slide 1: step 1 of 6');
  await expect(page).toHaveURL(/deck=mine&slide=1/);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/deck=mine&slide=2/);
  // reading the address back restores deck and slide
  await page.reload();
  await expect(p.title()).toHaveText('Slide 2: step 6 of 6');
  await expect(p.deckSelect()).toHaveValue('mine');

  // a slide the deck does not have, or not a number: said so, the deck opens at slide 1, nothing is lost
  await page.goto('/#/present?deck=mine&slide=9');
  await expect(page.getByText('This link asks for slide 9, but “My deck” has 2, so it opens at slide 1.')).toBeVisible();
  await expect(p.title()).toHaveText('Slide 1: step 1 of 6');
  await page.goto('/#/present?deck=mine&slide=two');
  await expect(page.getByText('This link\'s slide "two" is not a slide number (1, 2, 3 …), so the deck opens at its first slide.')).toBeVisible();
  await expect(p.title()).toHaveText('Slide 1: step 1 of 6');
  await expect(p.deckSelect().locator('option[value="mine"]')).toHaveText('My deck (2 slides)');
  await page.keyboard.press('ArrowDown');

  await page.getByRole('button', { name: 'Decks…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decks' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).nth(1).fill('What if load were 150?');
  await dialog.getByRole('textbox', { name: 'Speaker notes' }).nth(1).fill('Ask first.');
  await dialog.getByRole('group', { name: 'Views on slide 2' }).getByRole('checkbox', { name: 'Flow diagram' }).check();
  await dialog.getByRole('button', { name: 'Move up slide 2' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Title', exact: true }).first()).toHaveValue('What if load were 150?');
  // the link carries the deck on screen, as edited and reordered
  const link = await dialog.getByRole('textbox', { name: /Link to this deck/ }).inputValue();
  expect(link).toMatch(/#\/present\?deck=/);

  const other = await browser.newPage();
  await other.goto(link);
  const q = present(other);
  await expect(q.title()).toHaveText('What if load were 150?');
  await expect(q.row(3)).toContainText('Load: 150, Instances: 2');
  await expect(other.getByRole('region', { name: 'Flow diagram' })).toBeVisible();
  await expect(q.deckSelect()).toHaveValue('link');

  await other.close();

  // a tampered deck link says so and shows the lesson's deck
  const tampered = await browser.newPage();
  await tampered.goto(link.replace(/deck=(.{30})/, 'deck=$1%%'));
  await expect(tampered.getByText('This deck link could not be opened, so the lesson deck is shown instead.')).toBeVisible();
  await expect(present(tampered).title()).toHaveText('Why auto-scale an inference endpoint?');
  await tampered.close();
});

test('a bad JSON deck is refused with a message and nothing is lost; a good one imports', async ({ page }) => {
  await page.goto('/#/visualize');
  await page.getByRole('button', { name: 'Add this view as a slide' }).click();
  await page.getByRole('navigation', { name: 'Learning modes' }).getByRole('link', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Decks…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decks' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export as JSON' }).click();
  const exported = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(JSON.parse(exported).slides).toHaveLength(10);

  const paste = dialog.getByRole('textbox', { name: 'or paste its JSON' });
  await paste.fill('{ "v": 1, "title": "broken", ');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('This deck was not imported; My deck is unchanged.');
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
  await paste.fill(JSON.stringify({ v: 1, title: 'x', slides: [{ title: 't', config: { upper_threshold: -5 }, loads: [1], cursor: 0, panels: ['table'] }] }));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('slides[0].config');
  await expect(dialog.getByRole('textbox', { name: 'Title', exact: true })).toHaveCount(1);

  await dialog.getByLabel('Deck file (JSON)').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(exported.replace('"title": "Auto-scaling', '"title": "Imported: Auto-scaling')) });
  await expect(dialog.getByRole('status')).toContainText('Imported "Imported: Auto-scaling inference endpoints: the lesson" as My deck (10 slides).');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(present(page).deckSelect()).toHaveValue('mine');
  await page.reload();
  await expect(present(page).deckSelect().locator('option[value="mine"]')).toHaveText('My deck (10 slides)');
});

test('the speaker view in a second window follows the audience window and drives it', async ({ page, context }) => {
  const p = present(page);
  await page.goto('/#/present');
  await expect(p.title()).toHaveText('Why auto-scale an inference endpoint?');
  const speaker = await context.newPage();
  await speaker.goto('/?present=speaker#/present');
  await expect(speaker.getByRole('heading', { name: 'Speaker view' })).toBeVisible();
  await expect(speaker.getByTestId('speaker-current')).toHaveText('Why auto-scale an inference endpoint?');
  await expect(speaker.getByTestId('speaker-next')).toHaveText('The loop: monitor, decide, act');
  await expect(speaker.getByText(/Start from the chart/)).toBeVisible();
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(speaker.getByTestId('speaker-current')).toHaveText('The loop: monitor, decide, act');
  await page.keyboard.press('PageDown');
  await expect(speaker.locator('.speaker-where')).toContainText('Step 1 of 6');

  await speaker.bringToFront();
  await speaker.keyboard.press('ArrowDown');
  await expect(p.title()).toHaveText('The loop in code');
  await speaker.keyboard.press('ArrowDown');
  await expect(p.title()).toHaveText('Key moment 1: step 1');
  await expect(speaker.getByTestId('speaker-current')).toHaveText('Key moment 1: step 1');
  await expect(speaker.getByText('Because instances start at 1 and the condition to scale down requires instances > 1.', { exact: false })).toBeVisible();
  await speaker.getByRole('button', { name: 'Next ▶' }).click();
  await expect(p.where()).toContainText('Step 1 of 6');
  await expect(speaker.locator('.speaker-where')).toContainText('Step 1 of 6');
  await speaker.close();

  // S opens the speaker view from the audience window
  await page.bringToFront();
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await opened;
  await expect(popup).toHaveURL(/\?present=speaker#\/present/);
  await expect(popup.getByTestId('speaker-current')).toHaveText('Key moment 1: step 1');
  await popup.close();
});

test('Present has no axe violations (slide, revealed answer, decks dialog, speaker view)', async ({ page, workspace, context }) => {
  await page.goto('/#/present');
  await expect(present(page).title()).toBeVisible();
  await workspace.expectNoAxeViolations();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('r');
  await expect(present(page).answer()).toBeVisible();
  await workspace.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Decks…' }).click();
  await expect(page.getByRole('dialog', { name: 'Decks' })).toBeVisible();
  await workspace.expectNoAxeViolations();
  const speaker = await context.newPage();
  await speaker.goto('/?present=speaker#/present');
  await expect(speaker.getByTestId('speaker-current')).toBeVisible();
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page: speaker }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await speaker.close();
});

/** True when the page or any box of the slide would need scrolling. */
async function slideOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const boxes = [...document.querySelectorAll<HTMLElement>('.slide, .slide .table-scroll, .slide .panel-body, .slide-text')];
    return {
      page: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
      inner: boxes.filter((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1).map((box) => box.className),
    };
  });
}

/**
 * The smallest text on the slide as rendered, in CSS px: computed font size times the SVG's scale for diagram and
 * chart text (flow labels included); the texts below `min` are listed.
 */
async function smallTexts(page: Page, min = 16) {
  return page.evaluate((floor) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.slide')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden, title, desc')) continue;
      let size = parseFloat(getComputedStyle(element).fontSize);
      if (element instanceof SVGGraphicsElement) {
        const matrix = element.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      if (size < floor) small.push(`${size.toFixed(1)}px "${node.textContent.trim().slice(0, 24)}"`);
    }
    return small;
  }, min);
}

/**
 * Every slide's text at 16 px or more, the flow diagram's labels included, on a 4:3 projector (1024x768), a wide low
 * one or a laptop shared to it (1280x720) and a full-HD screen; no slide scrolls, the added table slide included.
 */
for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`no slide scrolls at ${viewport.width}x${viewport.height} and no text is under 16 px, at any step, answers revealed`, async ({ page, workspace }) => {
    await page.setViewportSize(viewport);
    // an added slide too: My deck's slide of the workspace at its last step
    await page.goto('/#/visualize');
    await page.getByRole('button', { name: 'Last step' }).click();
    await page.getByRole('button', { name: 'Add this view as a slide' }).click();
    await expect(page.getByText('Added as slide 1 of My deck')).toBeVisible();
    await page.goto('/#/present');
    const p = present(page);
    await expect(p.title()).toBeVisible();
    await p.deckSelect().selectOption('mine');
    await expect(p.title()).toHaveText('Slide 1: step 6 of 6');
    await expect.poll(() => slideOverflow(page), { message: 'added slide' }).toEqual({ page: false, inner: [] });
    expect(await smallTexts(page), 'added slide').toEqual([]);
    await workspace.expectNoAxeViolations();
    await p.deckSelect().selectOption('lesson');
    for (let slide = 1; slide <= 10; slide++) {
      await expect(p.where()).toContainText(`Slide ${slide} of 10`);
      expect(await slideOverflow(page), `slide ${slide}`).toEqual({ page: false, inner: [] });
      // the wide flow diagram of "The loop"
      if (slide === 2) await workspace.expectNoAxeViolations();
      await page.keyboard.press('r');
      // step to the slide's last step, checking each one, until PageDown moves on (or the deck ends)
      for (let step = 0; step < 10; step++) {
        expect(await slideOverflow(page), `slide ${slide}, revealed, step ${step}`).toEqual({ page: false, inner: [] });
        expect(await smallTexts(page), `slide ${slide}, revealed, step ${step}`).toEqual([]);
        const before = await p.where().textContent();
        await page.keyboard.press('PageDown');
        await expect(p.where()).not.toHaveText(before ?? '', { timeout: 1_000 }).catch(() => undefined);
        if ((await p.where().textContent())?.includes(`Slide ${slide + 1} of`) || (await p.where().textContent()) === before) break;
      }
    }
  });
}

test('a long scenario\'s slide shows the rows up to the current step that fit, says which, and never scrolls', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/visualize');
  const load = page.getByRole('region', { name: 'Load' });
  await load.getByLabel('Preset', { exact: true }).selectOption({ label: 'Ramp' });
  await load.getByLabel('Steps', { exact: true }).fill('30');
  await load.getByLabel('Peak load', { exact: true }).fill('300');
  await load.getByRole('button', { name: 'Apply preset' }).click();
  await page.getByRole('button', { name: 'Last step' }).click();
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Previous step' }).click();
  await page.getByRole('button', { name: 'Add this view as a slide' }).click();
  await page.getByRole('status').getByRole('link', { name: 'Open it in Present' }).click();
  const p = present(page);
  await expect(p.title()).toHaveText('Slide 1: step 25 of 30');
  await expect(p.row(25)).toHaveAttribute('aria-current', 'step');
  await expect(p.row(1)).toHaveCount(0);
  const note = page.getByRole('region', { name: 'Execution table' }).locator('.panel-note');
  await expect(note).toHaveText(/^showing steps \d+–25$/);
  const first = Number((await note.textContent())!.match(/steps (\d+)/)![1]);
  expect(first).toBeLessThan(23);
  await expect(page.locator('.execution-table tbody tr[data-step]')).toHaveCount(26 - first);
  // the tracker keeps Start, the columns around the current one and Final (After 10 is in its usual window)
  const tracker = page.getByRole('table', { name: 'Variable tracker' });
  await expect(tracker.getByRole('columnheader', { name: 'After 25', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(tracker.getByRole('columnheader', { name: 'Start', exact: true })).toBeVisible();
  await expect(tracker.getByRole('columnheader', { name: 'Final', exact: true })).toBeVisible();
  await expect(tracker.getByRole('columnheader', { name: 'After 10', exact: true })).toHaveCount(0);
  expect(await slideOverflow(page)).toEqual({ page: false, inner: [] });
  expect(await smallTexts(page)).toEqual([]);
  // stepping on keeps the current row in view and the slide on one screen
  await page.keyboard.press('PageDown');
  await expect(p.where()).toContainText('Step 26 of 30');
  await expect(p.row(26)).toHaveAttribute('aria-current', 'step');
  await expect(note).toHaveText(/–26$/);
  await expect(p.row(first)).toHaveCount(0);
  expect(await slideOverflow(page)).toEqual({ page: false, inner: [] });
  await workspace.expectNoAxeViolations();
});
