import { test, expect, answerRunQuestion as answer } from './fixtures/lab';
import type { Page } from '@playwright/test';
import { llmQuestion } from '../src/quiz/llm';

test.describe.configure({ timeout: 120_000 });

const quiz = (page: Page) => page.getByRole('region', { name: 'LLM questions' });

test('a learner answers one LLM question right and one wrong, and reads the engine\'s explanation of each', async ({ lab, page }) => {
  await lab.open();
  await quiz(page).getByRole('button', { name: 'Start the questions' }).click();
  const card = quiz(page).getByRole('article');

  // set 1's questions are the engine's: the same generator, run here, says what is right
  const first = llmQuestion(1, 0);
  await expect(card.getByRole('heading', { name: 'Question 1 of 6' })).toBeVisible();
  await expect(card.locator('legend')).toHaveText(first.prompt);
  await answer(card, first, true);
  const status = card.getByRole('status');
  await expect(status).toContainText('Correct.');
  await expect(status).toBeFocused();
  await expect(card).toContainText(first.explanation);
  await expect(card.getByRole('button', { name: 'Check answer' })).toBeDisabled();

  await quiz(page).getByRole('button', { name: 'Next question' }).click();
  const second = llmQuestion(1, 1);
  await expect(card.getByRole('heading', { name: 'Question 2 of 6' })).toBeVisible();
  await expect(card.locator('legend')).toHaveText(second.prompt);
  await card.getByRole('button', { name: 'Hint' }).click();
  await expect(card.getByRole('list', { name: 'Hints' })).toContainText(second.hints[0]);
  await answer(card, second, false);
  await expect(status).toContainText('Not right.');
  await expect(card).toContainText('The answer:');
  await expect(card).toContainText(second.explanation);
  await expect(card).toContainText(/In the engine's runs?/);
  await lab.expectNoAxeViolations();

  for (const [width, height] of [[1280, 800], [1024, 768], [1920, 1080], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await quiz(page).scrollIntoViewIfNeeded();
    await quiz(page).screenshot({ path: `/tmp/llmquiz-panel-${width}.png` });
  }
});

test('the TTFT and ITL objectives are labelled above the plot, clear of the lines', async ({ lab, page }) => {
  await lab.open();
  const pitfalls = page.getByRole('region', { name: 'LLM pitfalls' });
  await pitfalls.getByRole('button', { name: 'A running-requests target the batch cap never reaches' }).click();
  await expect(pitfalls.locator('.lab-pitfall-problem')).toContainText(/never reached/, { timeout: 30_000 });
  const charts = page.getByRole('region', { name: 'LLM serving' });
  await charts.scrollIntoViewIfNeeded();
  const ttft = charts.getByRole('figure', { name: /Time to first token/ });
  const label = ttft.locator('svg text', { hasText: 'TTFT 500 ms (dashed line)' });
  await expect(label).toBeVisible();
  // the label's box ends above the plot's top, where the grid (and so every line) begins
  const labelBox = (await label.boundingBox())!;
  const gridTop = await ttft.locator('.recharts-cartesian-grid').evaluate((grid) => grid.getBoundingClientRect().top);
  expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(gridTop + 1);
  for (const [width, height] of [[1280, 800], [1024, 768], [1920, 1080], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await ttft.scrollIntoViewIfNeeded();
    await charts.locator('.lab-chart-grid').screenshot({ path: `/tmp/llmquiz-charts-${width}.png` });
  }
});
