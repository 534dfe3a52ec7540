/** Why, Deep dive, Transcript and Review; the embed view; exports. Runs against the built app. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';

const MODES = [
  { label: 'Why', hash: '#/why', region: 'Why auto-scale an inference endpoint?' },
  { label: 'Deep dive', hash: '#/deep-dive', region: 'The mental model: a control loop' },
  { label: 'Review', hash: '#/review', region: 'Review' },
  { label: 'Transcript', hash: '#/transcript', region: 'Transcript' },
] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Learning modes' });

test('the switcher lists the modes as a course, and each new mode opens from it and from its link', async ({ page, workspace }) => {
  await page.goto('/');
  const labels = await nav(page).getByRole('link').allTextContents();
  const order = ['Why', 'Visualize', 'Predict', 'Visual quiz', 'Practice', 'Test this pattern', 'Deep dive', 'Lab', 'Review', 'Transcript', 'Present'];
  expect(labels.filter((label) => order.includes(label))).toEqual(order);
  for (const mode of MODES) {
    await nav(page).getByRole('link', { name: mode.label, exact: true }).click();
    await expect(workspace.region(mode.region)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${mode.hash.replace('/', '\\/')}(\\?|$)`));
    await expect(nav(page).getByRole('link', { name: mode.label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  for (const mode of MODES) {
    await page.goto(`/${mode.hash}`);
    await expect(workspace.region(mode.region)).toBeVisible();
    await workspace.expectNoAxeViolations();
  }
});

test('Why: moving the fleet slider changes the computed cost and latency, and the link keeps it', async ({ page, workspace }) => {
  await page.goto('/#/why');
  const fixed = page.getByRole('region', { name: /^Fixed fleet of/ });
  await expect(fixed).toHaveAccessibleName('Fixed fleet of 2');
  await expect(fixed.locator('[data-metric="idle"]')).toHaveText('5');
  const slider = page.getByRole('slider', { name: 'Fixed fleet, sized by hand' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('region', { name: 'Fixed fleet of 1' }).locator('[data-metric="overloaded"]')).toHaveText('1');
  await expect(page.locator('.verdict')).toHaveText('A fixed fleet of 1 costs 3 server-steps less than the autoscaler, and is overloaded at one step against the autoscaler\'s 0.');
  await expect(page).toHaveURL(/v=fleet=1/);
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Fixed fleet, sized by hand' })).toHaveValue('1');
  await workspace.expectNoAxeViolations();
});

test('Deep dive: a cooldown is a what-if re-run of the rule', async ({ page }) => {
  await page.goto('/#/deep-dive');
  const topic = page.getByRole('region', { name: 'Cooldowns and stabilization windows' });
  await expect(topic.locator('.verdict')).toContainText('Without a cooldown the autoscaler changes direction 9 times; with 2 steps of cooldown, 3 times');
  const slider = topic.getByRole('slider', { name: 'Cooldown after each scaling action' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(topic.locator('.verdict')).toContainText('with 0 steps of cooldown, 9 times');
  const cold = page.getByRole('region', { name: /^Cold starts/ });
  await cold.getByRole('slider', { name: 'Cold start (model load)' }).focus();
  await page.keyboard.press('Home');
  await expect(cold.locator('.verdict')).toContainText('No request waits');
  await expect(page.getByRole('link', { name: 'Try it in the Lab' }).first()).toHaveAttribute('href', '#/lab');
});

test('Transcript: the lesson as written, then a walk-through that follows a load edited in Visualize', async ({ page, workspace }) => {
  await page.goto('/#/transcript');
  await expect(workspace.region('Transcript')).toContainText('Auto-scaling inference endpoints work by watching how many requests come in');
  const walk = page.getByRole('list', { name: 'Walk-through, step by step' });
  await expect(walk).toContainText('At step 3, load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2).');
  await nav(page).getByRole('link', { name: 'Visualize', exact: true }).click();
  await page.getByRole('textbox', { name: 'Load at step 3 (number)', exact: true }).fill('90');
  await expect(workspace.executionTable().locator('tbody tr').first()).toBeVisible();
  await nav(page).getByRole('link', { name: 'Transcript', exact: true }).click();
  await expect(walk).toContainText('At step 3, load 90 is neither above 100 nor below 20, so instances stay at 1.');
  await expect(walk).not.toContainText('load 120');
  // Copy puts the transcript and the walk-through on the clipboard
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await workspace.region('Transcript').getByRole('button', { name: 'Copy' }).click();
  await expect(workspace.region('Transcript').getByRole('status')).toHaveText('Transcript copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Full Transcript');
  expect(copied).toContain('At step 3, load 90 is neither above 100');
});

test('Review: keys flip and grade, a missed question comes first and comes back after Again', async ({ page, workspace }) => {
  // miss the visual quiz's first question
  await page.goto('/#/quiz');
  const card = page.locator('article.question-card');
  await card.getByRole('radio', { name: /^A\. / }).check();
  await card.getByRole('button', { name: 'Check answer', exact: true }).click();
  await expect(card.getByRole('status').first()).toContainText('Not right yet.');

  await nav(page).getByRole('link', { name: 'Review', exact: true }).click();
  const review = workspace.region('Review');
  await expect(review).toContainText('1 missed question');
  const flashcard = review.locator('article.flashcard');
  await expect(flashcard).toContainText('what is the number of instances after processing load 80?');
  await expect(flashcard).toContainText('Missed in Visual quiz');
  await page.keyboard.press('Space');
  await expect(flashcard).toContainText('B. 2');
  await page.keyboard.press('1'); // Again: it comes back this session
  await expect(flashcard).not.toContainText('load 80');
  // the lesson's 12 facts, the 8 engine-made LLM cards and the missed question
  await expect(review).toContainText('21 due');
  // flip and grade Good the facts until the missed one is back
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Enter');
    await expect(flashcard.locator('.flashcard-back')).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(flashcard).toContainText('load 80');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(review).toContainText('Nothing left to review now.');
  // the schedule is kept on the device
  await page.reload();
  await expect(workspace.region('Review')).toContainText('Nothing left to review now.');
  await workspace.expectNoAxeViolations();
});

test('embed=1 hides the header and keeps a link that opens the full app', async ({ page, workspace }) => {
  await page.goto('/#/transcript?embed=1');
  await expect(workspace.region('Transcript')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Learning modes' })).toHaveCount(0);
  await expect(page.locator('header.app-header')).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in Autoscale Lab' });
  await expect(open).toHaveAttribute('href', /#\/transcript\?s=[^&]+$/);
  await expect(page).toHaveURL(/embed=1/);
  await workspace.expectNoAxeViolations();
  await page.goto('/#/visualize?embed=1');
  await expect(workspace.executionTable()).toBeVisible();
  await expect(page.locator('header.app-header')).toHaveCount(0);
  // the flag also works before the hash, as an LMS may add it
  await page.goto('/?embed=1#/why');
  await expect(workspace.region('Why auto-scale an inference endpoint?')).toBeVisible();
  await expect(page.locator('header.app-header')).toHaveCount(0);
  // the Lab embeds too, and its address (rewritten as its setup changes) keeps the flag through a reload
  await page.goto('/#/lab?embed=1');
  await expect(page.locator('.lab-status')).toContainText('Ran');
  await expect(page).toHaveURL(/#\/lab\?lab=[^&]+&embed=1$/);
  await page.reload();
  await expect(page.locator('.lab-status')).toContainText('Ran');
  await expect(page.locator('header.app-header')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open in Autoscale Lab' })).toHaveAttribute('href', /#\/lab\?lab=[^&]+$/);
});

async function download(page: Page, panel: string, label: string) {
  const region = page.getByRole('region', { name: panel });
  await region.locator('summary', { hasText: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: label }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), bytes: await readFile(path) };
}

test('exports download the table, the trace and the chart with the right content', async ({ page }) => {
  await page.goto('/#/visualize');
  const md = await download(page, 'Execution table', 'Table as Markdown');
  expect(md.name).toBe('autoscale-table.md');
  expect(md.text.split('\n')[0]).toMatch(/^\| Step \| Load \(requests\) \| Condition: load > 100 \|/);
  expect(md.text).toContain('| 3    | 120             | True ');
  const csv = await download(page, 'Execution table', 'Table as CSV');
  expect(csv.name).toBe('autoscale-table.csv');
  expect(csv.text.split('\n')[3]).toBe('3,120,True,False,Scale up by 1,2,"Load: 120, Instances: 2"');
  const json = await download(page, 'Execution table', 'Trace as JSON');
  expect(json.name).toBe('autoscale-trace.json');
  expect((JSON.parse(json.text) as { rows: { instances_after: number }[] }).rows.map((row) => row.instances_after)).toEqual([1, 1, 2, 2, 2, 1]);
  await page.locator('#charts').scrollIntoViewIfNeeded(); // the chart draws as it nears the screen
  await expect(page.locator('#charts svg.recharts-surface')).toBeVisible();
  const svg = await download(page, 'Chart', 'Chart as SVG');
  expect(svg.name).toBe('autoscale-chart.svg');
  expect(svg.text).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.text).toContain('recharts-line');
  const png = await download(page, 'Chart', 'Chart as PNG');
  expect(png.name).toBe('autoscale-chart.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(5000);
});

test('print shows the table, tracker and transcript without the app around them', async ({ page }) => {
  await page.goto('/#/visualize');
  await expect(page.getByRole('table', { name: 'Execution table' }).locator('tbody tr[data-step]')).toHaveCount(1);
  // printing shows every row of the table, then gives the learner's view back
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('table', { name: 'Execution table' }).locator('tbody tr[data-step]')).toHaveCount(6);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('table', { name: 'Execution table' }).locator('tbody tr[data-step]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'Execution table' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Variable tracker' })).toBeVisible();
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.locator('#config-editor')).toBeHidden();
  await page.goto('/#/transcript');
  await expect(page.getByRole('list', { name: 'Walk-through, step by step' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});
