import { generateTest, type Question } from '../src/quiz';
import { test, expect } from './fixtures/modes';
import { QuizPage } from './fixtures/quiz';
import { LESSON_CONFIG_TEXT } from '../src/store/scenarioSlice';
import { encodeShared } from '../src/store/urlState';

/** A seed whose first questions are multiple choice, so the spec can answer them by clicking. */
function seedStartingWithChoices(count: number): number {
  for (let seed = 1; seed < 500; seed++) {
    if (generateTest({ seed }).questions.slice(0, count).every((q) => q.kind === 'multiple_choice')) return seed;
  }
  throw new Error('no such seed');
}

const correctId = (question: Question) => (question.kind === 'multiple_choice' ? question.choices.find((c) => c.correct)!.id : 'A');

test('a half-answered test resumes at its question after a reload, its answers kept for the score', async ({ page, testMode }) => {
  const seed = seedStartingWithChoices(3);
  const { questions } = generateTest({ seed });
  await page.goto(`/#/test?seed=${seed}`);
  for (const index of [0, 1]) {
    await testMode.card().getByRole('radio', { name: new RegExp(`^${correctId(questions[index]!)}\\. `) }).check();
    await testMode.card().getByRole('button', { name: 'Save answer' }).click();
    await testMode.card().getByRole('button', { name: 'Next question' }).click();
  }
  await expect(testMode.card().getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  await page.reload();
  await expect(testMode.card().getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  await expect(testMode.card()).toHaveAttribute('data-question-id', questions[2]!.id);
  await expect(testMode.panel().locator('.test-dots li.done')).toHaveCount(2);
});

test('Predict keeps its committed predictions across a mode switch and a reload, as "Your progress" counts them', async ({ page, predict }) => {
  await predict.open();
  await predict.predict(1, 'No scaling', 1);
  await predict.predict(2, 'Scale up', 2);
  await expect(predict.score()).toHaveText('1 of 2 right');
  await page.getByRole('link', { name: 'Visualize' }).click();
  await page.getByRole('link', { name: 'Predict' }).click();
  await expect(predict.score()).toHaveText('1 of 2 right');
  await expect(predict.revealedRows()).toHaveCount(2);
  // the address follows the mode a moment after it changes
  await expect(page).toHaveURL(/#\/predict/);
  await page.reload();
  await expect(predict.score()).toHaveText('1 of 2 right');
  await expect(predict.revealedRows()).toHaveCount(2);
  await expect(predict.instancesField(3)).toBeVisible();
});

test('the Visual quiz keeps its position after visiting another mode, and after a reload', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open('quiz');
  await quiz.button('Next').click();
  await quiz.button('Next').click();
  await expect(quiz.heading()).toHaveText(/^Question 3 of/);
  await page.getByRole('link', { name: 'Visualize' }).click();
  await page.getByRole('link', { name: 'Visual quiz' }).click();
  await expect(quiz.heading()).toHaveText(/^Question 3 of/);
  await expect(page).toHaveURL(/#\/quiz/);
  await page.reload();
  await expect(quiz.heading()).toHaveText(/^Question 3 of/);
});

test('"Reset to lesson" can be undone from its notice', async ({ page, workspace }) => {
  const mine = { configText: LESSON_CONFIG_TEXT.replace('"max_servers": 10', '"max_servers": 3'), loads: [5, 150, 150, 5], cursor: 4 };
  await page.goto(`/#/visualize?s=${encodeShared(mine)}`);
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Reset to lesson' }).click();
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(encodeShared(mine).slice(0, 40).replace(/[-_]/g, '.')));
});
