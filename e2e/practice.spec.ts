import { test, expect } from './fixtures/app';
import { FixConfigEditor, QuizPage } from './fixtures/quiz';

test.describe('Practice', () => {
  test('a wrong answer keeps the solution back until Show answer; Try again starts over; a right one shows the solution and the common mistakes', async ({ page, workspace }) => {
    const practice = new QuizPage(page);
    await practice.open('practice');
    await expect(practice.choices()).toContainText('What is the main purpose of auto-scaling inference endpoints');

    await practice.answerByKeyboard('B');
    await expect(practice.status()).toContainText('Not right yet.');
    await expect(practice.status()).not.toContainText('Auto-scaling is the opposite of manual');
    await expect(practice.solution()).toHaveCount(0);
    await expect(practice.choice('B')).toBeDisabled();

    await practice.press('Try again');
    await expect(practice.choice('A')).toBeFocused();
    await practice.answerByKeyboard('A');
    await expect(practice.status()).toContainText('Correct.');
    await expect(practice.button('Try again')).toHaveCount(0);
    await expect(practice.solution()).toContainText('Step 1: Understand auto-scaling concept');
    await expect(practice.mistakes()).toContainText('Thinking auto-scaling requires manual server changes');
    await expect(practice.modeScore('Practice')).toContainText('1 of 2 right');
    await page.screenshot({ path: '/tmp/practice-solution-1280.png', fullPage: false });

    // question 2's hint points at min_servers in the config in use
    await practice.press('Next');
    await practice.press('Hint');
    await expect(page.locator('.config-key[data-highlighted="true"]')).toHaveAttribute('data-key', 'min_servers');
    await workspace.expectNoAxeViolations();

    // question 4 runs a target-tracking config: its longer keys sit side by side without overlapping, the highlight holds the value
    await practice.press('Next');
    await practice.press('Next');
    await practice.press('Hint');
    const highlighted = page.locator('.config-key[data-highlighted="true"]');
    await expect(highlighted).toHaveAttribute('data-key', 'target_utilization');
    await expect(highlighted).toContainText('0.95');
    const boxes = await page.locator('.config-key').evaluateAll((keys) => keys.map((key) => {
      const box = key.getBoundingClientRect();
      const content = [...key.children].map((child) => child.getBoundingClientRect().right);
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, contentRight: Math.max(...content) };
    }));
    expect(boxes).toHaveLength(7);
    for (const [i, a] of boxes.entries()) {
      expect(a.contentRight, `key ${i} holds its value`).toBeLessThanOrEqual(a.right + 0.5);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        expect(overlap, `keys ${i} and another overlap`).toBe(false);
      }
    }
  });

  test('fix the config: edit in Monaco until the validator and the goal checker agree', async ({ page, workspace }) => {
    const practice = new QuizPage(page);
    const editor = new FixConfigEditor(page);
    await practice.open('practice');
    for (let i = 0; i < 5; i++) await practice.button('Next').click();
    await expect(practice.heading()).toHaveText(/^Question 6 of/);
    await expect(practice.card()).toContainText('Fix the config so that it meets the goal');

    // the starting config: min and max swapped, utilization as a percentage: the validator says so
    await expect(editor.input()).toBeVisible({ timeout: 15_000 });
    await expect(editor.problems()).toContainText('problem');
    await expect(editor.goal()).toContainText('not checked yet');

    // valid, but aiming at 90 %: the goal checker says why
    await editor.typeText('{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.9 }');
    await expect(editor.problems()).toContainText('Config is valid');
    await expect(editor.goal()).toContainText('target_utilization 0.9 aims at 90 %');
    await practice.button('Check answer').click();
    await expect(practice.status()).toContainText('Not yet: target_utilization 0.9 aims at 90 %');

    // 0.6 meets the goal; checking again says so
    await editor.typeText('{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 }');
    await expect(editor.goal()).toHaveAttribute('data-met', 'true');
    await page.keyboard.press('Tab');
    await expect(practice.button('Check answer')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(practice.status()).toContainText('Correct.');
    await expect(practice.status()).toContainText('Meets the goal');
    await expect(practice.mistakes()).toContainText('Swapping min_servers and max_servers values');
    await page.screenshot({ path: '/tmp/practice-fix-1280.png', fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/practice-fix-390.png', fullPage: true });
    await workspace.expectNoAxeViolations();
  });
});
