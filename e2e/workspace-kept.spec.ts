/**
 * The learner's own scenario survives a trip through the quiz modes (issue 13, major 2): Visualize shows it again
 * unless a link really opened another one, and only then does the notice say "your link opened".
 * Each mode's code loads lazily; the specs hold those chunks back a little, as a slow device or network does, because
 * the app writes every mode's scenario into the address meanwhile (the old keeper mistook that for a link).
 */
import type { Page } from '@playwright/test';
import { LESSON_CONFIG_TEXT } from '../src/store/scenarioSlice';
import { encodeShared } from '../src/store/urlState';
import { test, expect } from './fixtures/playback';

test.use({ serviceWorkers: 'block' });

const LINK_TITLE = 'The workspace shows the scenario your link opened; yours is kept.';

async function slowLazyModes(page: Page) {
  await page.route(/\/assets\/[A-Za-z]+Mode-[^/]*\.js$|\/assets\/(VisualQuiz|Practice|QuestionSequenceView)-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Learning modes' }).getByRole('link', { name, exact: true });

async function goTo(page: Page, name: string, ready: RegExp | string) {
  await nav(page, name).click();
  await expect(nav(page, name)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
}

/** Visualize with the lesson's config and step 2's load set to 77 by the learner. */
async function ownScenario(page: Page) {
  await slowLazyModes(page);
  await page.goto('/#/visualize');
  const field = page.getByRole('textbox', { name: 'Load at step 2 (number)', exact: true });
  await field.fill('77');
  await field.press('Tab');
  await expect(page.getByRole('slider', { name: 'Load at step 2', exact: true })).toHaveValue('77');
}

async function expectOwnScenarioInVisualize(page: Page) {
  await expect(nav(page, 'Visualize')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('textbox', { name: 'Load at step 2 (number)', exact: true })).toHaveValue('77');
  await expect(page.getByRole('slider', { name: 'Load at step 2', exact: true })).toHaveValue('77');
  await expect(page.getByText(LINK_TITLE)).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
}

/** Answers the question on screen with whatever is first offered: a radio (and a count), or a number; Enter submits. */
async function answerOne(page: Page) {
  const card = page.getByRole('region', { name: 'Test this pattern' }).locator('article.question-card');
  await expect(card).toBeVisible();
  const radio = card.getByRole('radio').first();
  if (await radio.count()) await radio.check();
  const number = card.locator('input[type="text"], input[inputmode="numeric"], input[type="number"]').first();
  if (await number.count()) await number.fill('1');
  await (await number.count() ? number : radio).press('Enter');
  await expect(card.getByRole('status')).toContainText('Answer saved');
}

test('Visualize, load 77, Test this pattern, answer one, Transcript, Visualize: the learner\'s own scenario, no banner', async ({ page }) => {
  await ownScenario(page);
  await goTo(page, 'Test this pattern', 'Test this pattern');
  await answerOne(page);
  await goTo(page, 'Transcript', /Transcript/);
  await expect(page.locator('.notice')).toHaveCount(0);
  await nav(page, 'Visualize').click();
  await expectOwnScenarioInVisualize(page);
});

test('Visual quiz, Deep dive, Visualize: the learner\'s loads, not the lesson\'s', async ({ page }) => {
  await ownScenario(page);
  await goTo(page, 'Visual quiz', 'Visual quiz');
  await goTo(page, 'Deep dive', 'The mental model: a control loop');
  await expect(page.locator('.notice')).toHaveCount(0);
  await nav(page, 'Visualize').click();
  await expectOwnScenarioInVisualize(page);
});

test('Predict, Why: no banner; back in Visualize the learner\'s own scenario', async ({ page }) => {
  await ownScenario(page);
  await goTo(page, 'Predict', 'Predict the next step');
  await goTo(page, 'Why', /Why/);
  await expect(page.locator('.notice')).toHaveCount(0);
  await nav(page, 'Visualize').click();
  await expectOwnScenarioInVisualize(page);
});

test('Test, Lab: no banner; Back and Back again return to the test and then to the learner\'s own scenario', async ({ page }) => {
  await ownScenario(page);
  await goTo(page, 'Test this pattern', 'Test this pattern');
  await goTo(page, 'Lab', /Lab/);
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.goBack();
  await expect(nav(page, 'Test this pattern')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.goBack();
  await expectOwnScenarioInVisualize(page);
});

test('a link that really opens another scenario says so, and leads back to the learner\'s own; axe in light and dark', async ({ page, workspace }) => {
  test.slow(); // two axe scans of the whole workspace on a shared machine
  await ownScenario(page);
  await goTo(page, 'Test this pattern', 'Test this pattern');
  const other = encodeShared({ configText: LESSON_CONFIG_TEXT, loads: [5, 150, 150, 5], cursor: 4 });
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/visualize?s=${other}`);
  await expect(nav(page, 'Visualize')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(LINK_TITLE)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Load at step 2 (number)', exact: true })).toHaveValue('150');
  await workspace.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await workspace.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Back to your own scenario' }).click();
  await expectOwnScenarioInVisualize(page);
});
