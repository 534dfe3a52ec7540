import { test, expect } from './fixtures/app';
import { QuizPage } from './fixtures/quiz';
import { decodeShared, encodeShared, parseHash } from '../src/store/urlState';

test.describe('Visual quiz', () => {
  test('the lesson\'s three questions by keyboard alone: one wrong first, its hint highlights the cell, then right', async ({ page, workspace }) => {
    const quiz = new QuizPage(page);
    await quiz.open('quiz');
    await expect(quiz.heading()).toHaveText(/^Question 1 of \d+$/);
    await expect(quiz.choices()).toContainText('what is the number of instances after processing load 80?');
    // the table shows every row of the lesson's run
    await expect(quiz.table().locator('tbody tr[data-step]')).toHaveCount(6);

    // Q1: A (1) is wrong; the answer is kept back while Try again is offered (the reason would give it away)
    await quiz.answerByKeyboard('A');
    await expect(quiz.status()).toContainText('Not right yet.');
    await expect(quiz.status()).toContainText('Try again (a hint points at the part to look at), or show the answer.');
    await expect(quiz.status()).not.toContainText('1 is the count before step 3 scaled up');
    await expect(quiz.status()).toBeFocused();
    await expect(quiz.button('Show answer')).toBeVisible();
    await expect(quiz.score()).toContainText('Score so far: 0 of 1 right first time');
    // from the feedback, Tab reaches Hint and Try again next (they are not behind it)
    await page.keyboard.press('Tab');
    await expect(quiz.button('Hint')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(quiz.button('Try again')).toBeFocused();

    // the hint names the column and highlights step 4's "Instances after action" cell
    await quiz.press('Hint');
    await expect(quiz.hints()).toContainText("Check the 'Instances after action' column at step 4");
    // the hint is announced: it appears inside a polite live region
    await expect(quiz.card().locator('[aria-live="polite"]').getByRole('list', { name: 'Hints' })).toBeVisible();
    const cell = quiz.table().locator('tr[data-step="4"] [data-highlighted="true"]');
    await expect(cell).toHaveText('2');
    await expect(quiz.highlighted()).toHaveCount(1);
    await expect(cell).toBeInViewport();
    await page.screenshot({ path: '/tmp/quiz-hint-1280.png', fullPage: false });

    // try again, B (2) is right
    await quiz.press('Try again');
    // Try again puts focus on the first choice (after a frame); wait for it so the keyboard run below starts clean
    await expect(quiz.choice('A')).toBeFocused();
    await quiz.answerByKeyboard('B');
    await expect(quiz.status()).toContainText('Correct.');
    await expect(quiz.status()).toContainText('load 80 arrives at step 4 with 2 instances running');
    // right: nothing to try again
    await expect(quiz.button('Try again')).toHaveCount(0);
    await expect(quiz.button('Show answer')).toHaveCount(0);

    // Q2: Step 3; moving on clears the highlight
    await quiz.press('Next');
    await expect(quiz.heading()).toBeFocused();
    await expect(quiz.heading()).toHaveText(/^Question 2 of/);
    await expect(quiz.highlighted()).toHaveCount(0);
    await quiz.answerByKeyboard('A');
    await expect(quiz.choice('A')).toHaveAccessibleName('A. Step 3');
    await expect(quiz.status()).toContainText('Correct.');

    // Q3: with lower threshold 10, scaling down happens at step 6 (load 5 < 10 and 2 instances)
    await quiz.press('Next');
    await expect(quiz.heading()).toHaveText(/^Question 3 of/);
    await quiz.press('Hint');
    await expect(quiz.table().locator('thead th[data-highlighted="true"]')).toHaveText('Condition: load < 20 and instances > 1');
    await quiz.answerByKeyboard('C');
    await expect(quiz.choice('C')).toHaveAccessibleName('C. Step 6');
    await expect(quiz.status()).toContainText('Correct.');
    await expect(quiz.status()).toContainText('at step 6 load 5 < 10 and instances = 2 > 1');
    await expect(quiz.score()).toContainText('Score so far: 2 of 3 right first time');

    // the what-if run puts the lower threshold 10 on screen
    await page.getByRole('button', { name: 'Show the what-if run' }).click();
    await expect(quiz.table().locator('thead')).toContainText('Condition: load < 10 and instances > 1');

    // progress counts every attempt (Q1 twice): 3 of 4; Q1 was answered right at last, so nothing is left missed
    await expect(quiz.modeScore('Visual quiz')).toContainText('3 of 4 right');
    await expect(quiz.progress()).toContainText('Review missed (0)');
    await workspace.expectNoAxeViolations();
  });

  test('more questions come from the engine for the scenario, and New questions draws a fresh set', async ({ page, workspace }) => {
    const quiz = new QuizPage(page);
    await quiz.open('quiz');
    await page.getByRole('button', { name: 'Skip to more questions' }).click();
    await expect(quiz.heading()).toHaveText(/^Question 4 of/);
    await expect(quiz.card()).toContainText('made by the engine for this scenario');
    const firstPrompt = await quiz.card().locator('legend').first().textContent();
    await quiz.press('Hint');
    await expect(quiz.highlighted().first()).toBeVisible();
    await quiz.press('New questions');
    await expect(quiz.heading()).toHaveText(/^Question 4 of/);
    await expect.poll(() => quiz.card().locator('legend').first().textContent()).not.toBe(firstPrompt);
    await workspace.expectNoAxeViolations();
  });

  test('at 390 px wide the question comes first and nothing overflows sideways', async ({ page, workspace }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const quiz = new QuizPage(page);
    await quiz.open('quiz');
    await quiz.choice('B').check();
    await quiz.button('Check answer').click();
    await expect(quiz.status()).toContainText('Correct.');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/quiz-390.png', fullPage: true });
    await workspace.expectNoAxeViolations();
  });

  test('the quiz modes give the learner\'s own Visualize scenario back when they leave, and Predict starts on it', async ({ page }) => {
    const mine = { configText: '{ "policy": "target_tracking", "min_servers": 1, "max_servers": 5, "target_utilization": 0.6 }', loads: [20, 60, 150, 220, 90], cursor: 3 };
    await page.goto(`/#/visualize?s=${encodeShared(mine)}`);
    await expect(page.getByRole('link', { name: 'Visualize' })).toHaveAttribute('aria-current', 'page');
    const quiz = new QuizPage(page);
    // the quiz puts the lesson's questions on screen, and its engine-made ones are about this scenario
    await page.getByRole('link', { name: 'Visual quiz' }).click();
    await expect(quiz.table().locator('tbody tr[data-step]')).toHaveCount(6);
    await page.getByRole('button', { name: 'Skip to more questions' }).click();
    await expect(quiz.card()).toHaveAttribute('data-question-id', /@/);
    await page.getByRole('link', { name: 'Practice' }).click();
    await expect(quiz.heading()).toHaveText(/^Question 1 of/);
    // Predict, from another quiz mode, predicts on the workspace's scenario, not the last question's
    await page.getByRole('link', { name: 'Predict' }).click();
    await expect(page.locator('tr[data-hidden-step="1"]')).toContainText('20');
    await page.getByRole('link', { name: 'Visualize' }).click();
    await expect.poll(() => {
      const shared = decodeShared(parseHash(new URL(page.url()).hash).scenario ?? '');
      return shared.ok ? shared.value : undefined;
    }).toEqual(mine);
  });
});

test('Visual quiz: after a wrong answer, Show answer gives the answer and its reason, and Try again goes away', async ({ page, workspace }) => {
  const quiz = new QuizPage(page);
  await quiz.open('quiz');
  await quiz.answerByKeyboard('A');
  await expect(quiz.status()).toContainText('Not right yet.');
  await quiz.press('Show answer');
  await expect(quiz.status()).toContainText('1 is the count before step 3 scaled up');
  await expect(quiz.button('Try again')).toHaveCount(0);
  await expect(quiz.button('Show answer')).toHaveCount(0);
  await workspace.expectNoAxeViolations();
});
