import type { Page } from '@playwright/test';
import { generateTest, type Question } from '../src/quiz';
import { reviewStep } from '../src/features/quiz/test/testSession';
import { LESSON_CONFIG_TEXT } from '../src/store/scenarioSlice';
import { encodeShared } from '../src/store/urlState';
import { test, expect, type TestPage } from './fixtures/modes';

/** A seed whose test has no fix-the-config question (typing into Monaco is covered by the Practice specs). */
function seedWithoutConfigFix(): number {
  for (let seed = 1; seed < 500; seed++) {
    if (!generateTest({ seed }).questions.some((q) => q.kind === 'fix_config')) return seed;
  }
  throw new Error('no seed without a fix_config question');
}

/** Picks the radio at `index` in a group whose first radio has focus and none is checked: Space, or arrows. */
async function pickRadio(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

/** Answers the question on screen with the keyboard alone, right or (for `wrong`) wrong; Enter submits. */
async function answerByKeyboard(page: Page, question: Question, wrong: boolean) {
  switch (question.kind) {
    case 'multiple_choice': {
      const index = question.choices.findIndex((c) => (wrong ? !c.correct : c.correct));
      await pickRadio(page, index);
      break;
    }
    case 'numeric':
      await page.keyboard.type(String(wrong ? question.answer + 100 : question.answer));
      break;
    case 'predict_step': {
      const actions = ['scale_up', 'scale_down', 'none'];
      await pickRadio(page, actions.indexOf(question.answer.action));
      await page.keyboard.press('Tab');
      await page.keyboard.type(String(question.answer.instances + (wrong ? 3 : 0)));
      break;
    }
    case 'fix_config':
      throw new Error('this spec picks a seed without config fixes');
  }
  await page.keyboard.press('Enter');
}

async function takeTestBySeed(testMode: TestPage, seed: number) {
  const field = testMode.panel().getByLabel('Take the test with seed');
  await field.focus();
  await field.fill(String(seed));
  await field.press('Enter');
  await expect(testMode.seedText()).toHaveText(String(seed));
}

test('a ten-question test, keyboard only: answers saved silently, scored and reviewed at the end, links into the workspace', async ({ page, testMode, workspace }) => {
  test.slow(); // ten questions by keyboard, a review, a trip to Visualize and back: long on a shared machine
  const seed = seedWithoutConfigFix();
  const { questions } = generateTest({ seed });
  const wrongAt = new Set([1, 7]);
  // the learner's own scenario in Visualize, before the test
  const mine = { configText: LESSON_CONFIG_TEXT, loads: [5, 150, 150, 5], cursor: 4 };
  await page.goto(`/#/visualize?s=${encodeShared(mine)}`);
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(4);
  await page.getByRole('link', { name: 'Test this pattern' }).click();
  await expect(testMode.card()).toBeVisible();
  await takeTestBySeed(testMode, seed);

  for (const [index, question] of questions.entries()) {
    const card = testMode.card();
    await expect(card.getByRole('heading', { name: `Question ${index + 1} of 10` })).toBeVisible();
    await expect(card.locator('.difficulty')).toHaveText(question.difficulty[0]!.toUpperCase() + question.difficulty.slice(1));
    await expect(card).toHaveAttribute('data-question-id', question.id);
    await answerByKeyboard(page, question, wrongAt.has(index));
    await expect(card.getByRole('status')).toHaveText('Answer saved. You will see how you did at the end.');
    await expect(card.getByText(/Correct|Not right yet/)).toHaveCount(0);
    if (index === 2) {
      await page.screenshot({ path: '/tmp/modes-test-question-1280.png', fullPage: true });
      await workspace.expectNoAxeViolations();
    }
    await page.keyboard.press('Tab');
    const onward = card.getByRole('button', { name: index === 9 ? 'Finish test' : 'Next question' });
    await expect(onward).toBeFocused();
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: 'Score: 8 of 10' })).toBeFocused();
  await expect(testMode.reviewEntries()).toHaveCount(10);
  const second = testMode.reviewEntries().nth(1);
  await expect(second).toContainText('Wrong');
  await expect(second).toContainText('Right answer');
  await expect(second).toContainText(questions[1]!.prompt);
  await expect(testMode.reviewEntries().nth(0)).toContainText('Right');
  await page.screenshot({ path: '/tmp/modes-test-review-1280.png', fullPage: true });
  await workspace.expectNoAxeViolations();

  // follow a review link, by keyboard, to the step the question is about
  const linked = questions.findIndex((q) => q.kind !== 'fix_config' && !q.whatIf && reviewStep(q) < q.scenario.loads.length && reviewStep(q) > 0);
  expect(linked, 'some question points at a row before the last').toBeGreaterThanOrEqual(0);
  const link = testMode.reviewEntries().nth(linked).getByRole('link', { name: /See it in the workspace/ });
  // a target big enough to hit on a touch screen
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Visualize' })).toHaveAttribute('aria-current', 'page');
  await expect(workspace.executionTable().locator('tbody tr[aria-current="step"]')).toHaveAttribute('data-step', String(reviewStep(questions[linked]!)));
  // the question's scenario has not replaced the learner's own for good: a notice leads back to it
  await page.getByRole('button', { name: 'Back to your own scenario' }).click();
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(4);
  await expect(workspace.executionTable().locator('tbody tr[aria-current="step"]')).toHaveAttribute('data-step', '4');

  // back to the test: the review is still there; "New test" draws other questions from another seed
  await page.getByRole('link', { name: 'Test this pattern' }).click();
  await expect(testMode.reviewEntries()).toHaveCount(10);
  await page.getByRole('button', { name: 'New test' }).first().click();
  await expect(testMode.card()).toBeVisible();
  // focus moves into the new test's first question, not to the page
  await expect(testMode.card().locator(':focus')).toHaveCount(1);
  const newSeed = await testMode.seed();
  expect(newSeed).not.toBe(seed);
  const fresh = generateTest({ seed: newSeed }).questions;
  await expect(testMode.card()).toHaveAttribute('data-question-id', fresh[0]!.id);
  expect(fresh.map((q) => q.id)).not.toEqual(questions.map((q) => q.id));

  // the score is kept on the device (the address follows the mode a moment after it changes)
  await expect(page).toHaveURL(/#\/test/);
  await page.reload();
  await expect(testMode.pastTests()).toContainText(`8 of 10 · seed ${seed}`);
});

test('a config to fix in a test, keyboard only: its heading takes focus, Tab reaches the editor, Tab leaves it to Save answer', async ({ page, testMode }) => {
  const seed = [...Array(500).keys()].find((s) => generateTest({ seed: s }).questions.some((q) => q.kind === 'fix_config'))!;
  const { questions } = generateTest({ seed });
  await testMode.open();
  await takeTestBySeed(testMode, seed);
  for (const [index, question] of questions.entries()) {
    const card = testMode.card();
    const heading = card.getByRole('heading', { name: `Question ${index + 1} of 10` });
    await expect(heading).toBeVisible();
    if (question.kind === 'fix_config') {
      await expect(heading).toBeFocused();
      const editor = card.getByRole('textbox', { name: 'Scaling config JSON' });
      await expect(editor).toBeAttached(); // Monaco loads lazily
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Restore the starting config' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(editor).toBeFocused();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(question.solutionText);
      await expect(card.locator('.goal-status')).toHaveAttribute('data-met', 'true');
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Save answer' })).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      if (index > 0) await expect(card.locator(':focus')).toHaveCount(1);
      if (question.kind === 'numeric' && question.unit) {
        // the unit sits beside its input, not wrapped onto a line of its own
        const input = (await card.getByRole('spinbutton').boundingBox())!;
        const unit = (await card.locator('.unit').boundingBox())!;
        expect(unit.y + unit.height / 2).toBeGreaterThan(input.y);
        expect(unit.y + unit.height / 2).toBeLessThan(input.y + input.height);
      }
      await card.locator('input').first().focus();
      await answerByKeyboard(page, question, false);
    }
    await expect(card.getByRole('status').last()).toHaveText('Answer saved. You will see how you did at the end.');
    await card.getByRole('button', { name: index === 9 ? 'Finish test' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Score: 10 of 10' })).toBeFocused();
});

test('the test on a phone-sized screen, and its review', async ({ page, testMode, workspace }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const seed = seedWithoutConfigFix();
  const { questions } = generateTest({ seed });
  await testMode.open();
  await takeTestBySeed(testMode, seed);
  await page.screenshot({ path: '/tmp/modes-test-question-390.png', fullPage: true });
  await page.screenshot({ path: '/tmp/modes-test-question-390-top.png' });
  for (const [index, question] of questions.entries()) {
    await answerByKeyboard(page, question, index % 3 === 0);
    await testMode.card().getByRole('button', { name: index === 9 ? 'Finish test' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Score: 6 of 10' })).toBeFocused();
  await page.screenshot({ path: '/tmp/modes-test-review-390.png', fullPage: true });
  await page.screenshot({ path: '/tmp/modes-test-review-390-top.png' });
  await workspace.expectNoAxeViolations();
});

test('a link carries the test seed: it opens that very test, New test changes it, and a reload keeps it', async ({ page, testMode }) => {
  await page.goto('/#/test?seed=42');
  await expect(testMode.seedText()).toHaveText('42');
  const firstPrompt = await testMode.card().locator('legend, h3 + p, .question-prompt').first().textContent();
  await expect(page).toHaveURL(/#\/test\?s=[^&]+&seed=42$/);

  await testMode.panel().getByRole('button', { name: 'New test' }).click();
  await expect(testMode.seedText()).not.toHaveText('42');
  const newSeed = await testMode.seed();
  await expect(page).toHaveURL(new RegExp(`&seed=${newSeed}$`));
  await page.reload();
  await expect(testMode.seedText()).toHaveText(String(newSeed));

  // a pasted link with another seed replaces the test on screen
  await page.evaluate(() => { window.location.hash = '#/test?seed=42'; });
  await expect(testMode.seedText()).toHaveText('42');
  await expect(testMode.card().locator('legend, h3 + p, .question-prompt').first()).toHaveText(firstPrompt ?? '');
});

test('a test link is the same test for everyone: the largest seed opens its own test, a seed it cannot honour is refused in words', async ({ page, testMode }) => {
  const largest = 2 ** 32 - 1;
  await page.goto(`/#/test?seed=${largest}`);
  await expect(testMode.seedText()).toHaveText(String(largest));
  await expect(testMode.card()).toHaveAttribute('data-question-id', generateTest({ seed: largest }).questions[0]!.id);

  for (const bad of ['99999999999', '-3', '2.5', 'abc']) {
    await page.goto(`/#/test?seed=${bad}`);
    await page.reload();
    const refusal = testMode.panel().getByRole('alert');
    await expect(refusal).toContainText(`"${bad}"`);
    await expect(refusal).toContainText('whole number from 0 to 4,294,967,295');
    // no test drawn in its place, and the address still says what was sent
    await expect(testMode.card()).toHaveCount(0);
    await expect(testMode.seedText()).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hash).toContain(`seed=${bad}`);
  }

  // typed seeds follow the same rule
  const field = testMode.panel().getByLabel('Take the test with seed');
  await field.fill('4294967296');
  await field.press('Enter');
  await expect(testMode.panel().getByText(/whole number from 0 to 4,294,967,295/).last()).toBeVisible();
  await expect(testMode.card()).toHaveCount(0);
  await field.fill('7');
  await field.press('Enter');
  await expect(testMode.seedText()).toHaveText('7');
  await expect(testMode.panel().getByRole('alert')).toHaveCount(0);
});

test.describe('on a phone (390x844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('"New test" sets a half-done test aside, kept on the device, and one tap goes back to it; Save answer names what it does', async ({ page, testMode, workspace }) => {
    await page.goto('/#/test?seed=7');
    await expect(testMode.seedText()).toHaveText('7');
    const { questions } = generateTest({ seed: 7 });
    for (let i = 0; i < 4; i++) {
      const question = questions[i]!;
      await expect(testMode.card().getByRole('heading', { level: 3 })).toHaveText(`Question ${i + 1} of 10`);
      if (question.kind === 'multiple_choice') await testMode.card().getByRole('radio').first().tap();
      else await testMode.card().getByLabel(/^Your answer/).fill('3');
      // the button records the answer without grading it, and says so
      await expect(testMode.card().getByRole('button', { name: 'Check answer' })).toHaveCount(0);
      await testMode.card().getByRole('button', { name: 'Save answer' }).tap();
      await testMode.card().getByRole('button', { name: 'Next question' }).tap();
    }
    await expect(testMode.card().getByRole('heading', { level: 3 })).toHaveText('Question 5 of 10');

    await testMode.panel().getByRole('button', { name: 'New test' }).tap();
    await expect(testMode.seedText()).not.toHaveText('7');
    await expect(testMode.card().getByRole('heading', { level: 3 })).toHaveText('Question 1 of 10');
    const kept = testMode.panel().getByRole('status').filter({ hasText: 'Your unfinished test' });
    await expect(kept).toHaveText('Your unfinished test (seed 7, 4 of 10 answered) is kept on this device. Back to that test');
    await workspace.expectNoAxeViolations();

    // kept on the device: still offered after a reload, and one tap resumes it at question 5 with its answers
    await page.reload();
    await kept.getByRole('button', { name: 'Back to that test' }).tap();
    await expect(testMode.seedText()).toHaveText('7');
    await expect(page).toHaveURL(/seed=7/);
    await expect(testMode.card().getByRole('heading', { level: 3 })).toHaveText('Question 5 of 10');
    // the new test had no answers, so nothing is set aside in its place
    await expect(kept).toHaveCount(0);
    await workspace.expectNoAxeViolations();
  });
});
