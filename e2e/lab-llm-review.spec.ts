/**
 * The Lab's LLM questions in the learner's progress: a miss counts in "Your progress", comes back in Review as a card
 * the engine makes again (its answer, its explanation), and "try again" opens that very question in the Lab, which the
 * address keeps across a reload. Saved progress from before the Lab counted loads without a word.
 */
import { test, expect, answerRunQuestion } from './fixtures/lab';
import type { Page } from '@playwright/test';
import { PROGRESS_KEY, QuizPage } from './fixtures/quiz';
import { expectedAnswer } from '../src/quiz';
import { llmQuestion } from '../src/quiz/llm';

test.describe.configure({ timeout: 120_000 });

const SIZES = [[1280, 800], [1024, 768], [1920, 1080], [390, 844]] as const;
const llmPanel = (page: Page) => page.getByRole('region', { name: 'LLM questions' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Learning modes' });

test('a missed LLM question counts in Your progress, comes back in Review with the engine\'s answer, and "try again" opens it in the Lab', async ({ lab, page }) => {
  await lab.open();
  const panel = llmPanel(page);
  const card = panel.getByRole('article');
  await panel.getByRole('button', { name: 'Start the questions' }).click();
  await panel.getByRole('button', { name: 'Next question' }).click();
  const missed = llmQuestion(1, 1);
  await expect(card.locator('legend')).toHaveText(missed.prompt);
  await expect(page).toHaveURL(/#\/lab\?lab=[^&]+&v=llmset=1,llmq=2$/);
  await answerRunQuestion(card, missed, false);
  await expect(card.getByRole('status')).toContainText('Not right.');
  await expect(panel).toContainText('Your progress here: 0 of 1 right; 1 missed, waiting in Review.');

  // the summary in the quiz modes lists the Lab beside the others, and the miss with its way back
  await nav(page).getByRole('link', { name: 'Visual quiz', exact: true }).click();
  const quiz = new QuizPage(page);
  await expect(quiz.modeScore('Lab: LLM questions')).toContainText('0 of 1 right');
  await expect(quiz.modeScore('Visual quiz')).toContainText('not started');
  await quiz.progress().getByText('Review missed (1)').click();
  await expect(quiz.progress()).toContainText(missed.prompt);
  await expect(quiz.progress().getByRole('link', { name: 'Ask again in the Lab' })).toHaveAttribute('href', '#/lab?v=llmset=1,llmq=2');
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await quiz.progress().scrollIntoViewIfNeeded();
    await quiz.progress().screenshot({ path: `/tmp/llmreview-progress-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Review: the card is the engine's, made again from the recipe
  await nav(page).getByRole('link', { name: 'Review', exact: true }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review).toContainText('1 missed question');
  const flashcard = review.locator('article.flashcard');
  await expect(flashcard).toContainText('Missed in Lab: LLM questions');
  await expect(flashcard.locator('.flashcard-front')).toHaveText(missed.prompt);
  await flashcard.getByRole('button', { name: 'Show answer' }).click();
  await expect(flashcard.locator('.flashcard-answer')).toHaveText(expectedAnswer(missed));
  await expect(flashcard.locator('.flashcard-detail')).toHaveText(missed.explanation);
  await lab.expectNoAxeViolations();
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await flashcard.scrollIntoViewIfNeeded();
    await review.screenshot({ path: `/tmp/llmreview-card-${width}.png` });
  }

  // try again: the Lab opens at that set and question, unanswered, scrolled to it
  await page.setViewportSize({ width: 390, height: 844 });
  await flashcard.getByRole('link', { name: 'Try it again in the Lab (set 1, question 2)' }).click();
  await expect(card.getByRole('heading', { name: 'Question 2 of 6' })).toBeVisible();
  await expect(card.locator('legend')).toHaveText(missed.prompt);
  await expect(card.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  await expect(panel.getByRole('heading', { name: 'LLM questions' })).toBeInViewport();
  await page.screenshot({ path: '/tmp/llmreview-tryagain-390.png' });
  await lab.waitForRun();
  await expect(page).toHaveURL(/&v=llmset=1,llmq=2$/);

  // a reload keeps the question; answered right now, it leaves the missed list
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(card.locator('legend')).toHaveText(missed.prompt);
  await expect(panel).toContainText('Set 1');
  await answerRunQuestion(card, missed, true);
  await expect(card.getByRole('status')).toContainText('Correct.');
  await expect(panel).toContainText('Your progress here: 1 of 2 right.');
  await lab.expectNoAxeViolations();
  await nav(page).getByRole('link', { name: 'Review', exact: true }).click();
  await expect(review).toContainText('0 missed questions');
});

/** Goes to a mode and lets it settle (it saves its state as it opens), so nothing written comes between a saved entry and the reload. */
async function settleIn(page: Page, mode: 'quiz') {
  await page.goto(`/#/${mode}`);
  await expect(page.locator('article.question-card')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
}

/** Progress exactly as the app saved it before the Lab's questions counted (version 2, no 'lab' score). */
const BEFORE_THE_LAB = {
  version: 2,
  state: {
    progress: {
      answers: [{ questionId: 'lesson.quiz.2', mode: 'quiz', correct: false, at: 1_700_000_000_000 }],
      scores: { quiz: { correct: 3, total: 7 }, practice: { correct: 1, total: 2 }, predict: { correct: 0, total: 0 }, test: { correct: 4, total: 10 } },
      missed: [{ questionId: 'lesson.quiz.2', mode: 'quiz', prompt: 'At which step does the condition \'load > 100\' become true for the first time?' }],
      tests: [{ seed: 7, score: 4, total: 10, at: 1_700_000_000_000 }],
      review: {},
    },
    runs: { test: null, setAsideTest: null, predict: null, quiz: null, practice: null },
    keptWorkspace: null,
  },
};

test('progress saved before the Lab counted loads without a word and keeps everything; a tampered Lab entry is set aside', async ({ page }) => {
  const quiz = new QuizPage(page);
  await settleIn(page, 'quiz');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(BEFORE_THE_LAB)]);
  await page.reload();
  await expect(quiz.card()).toBeVisible();
  await expect(quiz.modeScore('Visual quiz')).toContainText('3 of 7 right');
  await expect(quiz.modeScore('Practice')).toContainText('1 of 2 right');
  await expect(quiz.modeScore('Test this pattern')).toContainText('4 of 10 right');
  await expect(quiz.modeScore('Lab: LLM questions')).toContainText('not started');
  await expect(quiz.progress()).toContainText('Review missed (1)');
  await expect(quiz.progress()).toContainText('Tests taken: 1; last 4 of 10.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':set-aside:')))).toEqual([]);

  // a Lab miss whose recipe was edited (a set that is no number) cannot be made again: the save is set aside
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as { version: number; state: { progress: { missed: unknown[] } } }, PROGRESS_KEY);
  expect(saved.version).toBe(3);
  const question = llmQuestion(1, 0);
  saved.state.progress.missed.push({ questionId: question.id, mode: 'lab', prompt: question.prompt, recipe: { kind: 'llm', template: question.template, set: 'one', index: 0 } });
  await settleIn(page, 'quiz');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(saved)]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Saved progress could not be read');
  await expect(quiz.card()).toBeVisible();
  await expect(quiz.modeScore('Visual quiz')).toContainText('not started');
  await expect(quiz.modeScore('Lab: LLM questions')).toContainText('not started');
  expect(await page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('autoscale-lab:progress:set-aside:')))).toBe(true);
});
