import { test, expect } from './fixtures/modes';

test('predict the lesson step by step: a right prediction, a wrong one with the engine\'s reason, the running score', async ({ page, predict, workspace }) => {
  await predict.open();
  await expect(page.getByRole('link', { name: 'Predict' })).toHaveAttribute('aria-current', 'page');
  // nothing revealed yet: only step 1's row is there, hidden but for its step and load
  await expect(predict.revealedRows()).toHaveCount(0);
  await expect(predict.hiddenRow()).toContainText('10');
  await expect(predict.hiddenRow()).toContainText('Your turn');
  await expect(predict.panel().getByRole('button', { name: 'Next step' })).toHaveCount(0);

  await predict.predict(1, 'No scaling', 1);
  await expect(predict.feedback()).toContainText('Step 1: Right.');
  await expect(predict.feedback()).toContainText('instances are already at min_servers');
  await expect(predict.score()).toHaveText('1 of 1 right');
  await expect(predict.revealedRows()).toHaveCount(1);
  await expect(predict.currentRow()).toHaveAttribute('data-step', '1');
  // focus moved on to the next prediction
  await expect(predict.panel().getByRole('radio', { name: 'Scale up', exact: true })).toBeFocused();

  await predict.predict(2, 'No scaling', 1);
  await expect(predict.score()).toHaveText('2 of 2 right');

  await predict.predict(3, 'No scaling', 1);
  await expect(predict.feedback()).toContainText('Step 3: Not quite.');
  await expect(predict.feedback()).toContainText('load 120 is greater than the upper threshold 100');
  await expect(predict.feedback()).toContainText('Right answer: scale up, 2 instances after.');
  await expect(predict.score()).toHaveText('2 of 3 right');
  const row3 = predict.table().locator('tr[data-step="3"]');
  await expect(row3).toHaveAttribute('aria-current', 'step');
  await expect(row3).toContainText('Scale up by 1');
  await expect(row3).toContainText('Wrong: you said No scaling, 1');
  await expect(predict.hiddenRow()).toHaveAttribute('data-hidden-step', '4');
  await page.screenshot({ path: '/tmp/modes-predict-1280.png', fullPage: true });
  await workspace.expectNoAxeViolations();
});

test('a step cannot be passed without predicting; revealing counts as a miss; the end offers a fresh start', async ({ page, predict }) => {
  await predict.open();
  const reveal = predict.panel().getByRole('button', { name: 'Reveal without predicting' });
  // committing with nothing chosen says what is missing instead of revealing
  await predict.panel().getByRole('button', { name: 'Commit prediction' }).click();
  await expect(predict.panel().getByText('Choose an action.')).toBeVisible();
  await expect(predict.revealedRows()).toHaveCount(0);

  for (let step = 1; step <= 6; step++) await reveal.click();
  await expect(predict.score()).toHaveText('0 of 6 right');
  await expect(predict.feedback()).toContainText('Revealed without a prediction (counted as a miss)');
  const summary = page.getByRole('heading', { name: 'Done: 0 of 6 right' });
  await expect(summary).toBeFocused();

  // look back at a revealed step, then start again
  await predict.panel().getByRole('button', { name: 'Previous step' }).click();
  await expect(predict.currentRow()).toHaveAttribute('data-step', '5');
  await predict.panel().getByRole('button', { name: 'Latest step' }).click();
  await predict.panel().getByRole('button', { name: 'Start again' }).click();
  await expect(predict.revealedRows()).toHaveCount(0);
  await expect(predict.hiddenRow()).toHaveAttribute('data-hidden-step', '1');

  // a seeded random scenario
  await page.getByLabel('Predict on').selectOption({ label: 'A random scenario (from a seed)' });
  await page.getByLabel('Seed', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Start predicting' }).click();
  await expect(predict.hiddenRow()).toHaveAttribute('data-hidden-step', '1');
  await expect(predict.score()).toHaveText('no predictions yet');
});

test('predict on a phone-sized screen', async ({ page, predict, workspace }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await predict.open();
  await predict.predict(1, 'No scaling', 1);
  await predict.predict(2, 'Scale up', 2);
  await expect(predict.score()).toHaveText('1 of 2 right');
  await page.screenshot({ path: '/tmp/modes-predict-390.png', fullPage: true });
  await page.screenshot({ path: '/tmp/modes-predict-390-top.png' });
  await workspace.expectNoAxeViolations();
});
