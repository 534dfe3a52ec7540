import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/playback';
import { Workspace } from './fixtures/app';
import { LoadPanel } from './fixtures/playback';

/** A shared-link payload as the app writes it (base64url JSON), for links the app would never make itself. */
function linkFor(payload: unknown): string {
  return `/#/visualize?s=${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
}

/** The scenario the address bar holds right now. */
async function sharedInAddressBar(page: Page): Promise<unknown> {
  const encoded = new URL(page.url()).hash.split('?s=')[1];
  return encoded ? JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) : undefined;
}

test('a copied link opens the same loads, rows and step in a new page', async ({ page, context, workspace, load, playback }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await load.numberField(2).fill('77');
  await load.numberField(5).fill('140');
  await load.slider(6).focus();
  await page.keyboard.press('Home');
  await playback.button('Next step').click();
  await playback.button('Next step').click();
  await playback.button('Next step').click();
  await playback.button('Next step').click();
  await expect(playback.stepText()).toHaveText('Step 5 of 6');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#\/visualize\?s=/);

  const rows = await workspace.rowTexts();
  const sliders = await load.sliderValues();
  expect(sliders).toEqual(['10', '77', '120', '80', '140', '0']);

  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(error.message));
  other.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await other.goto(url);
  const otherWorkspace = new Workspace(other);
  await expect(otherWorkspace.executionTable().locator('tbody tr[aria-current="step"] th')).toHaveText('5');
  expect(await otherWorkspace.rowTexts()).toEqual(rows);
  expect(await new LoadPanel(other).sliderValues()).toEqual(sliders);
  await expect(other.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the address bar follows the state, so reloading keeps it', async ({ page, load, playback }) => {
  await page.goto('/');
  await load.numberField(1).fill('150');
  await playback.button('Last step').click();
  await expect.poll(() => sharedInAddressBar(page)).toMatchObject({ l: [150, 50, 120, 80, 30, 5], k: 6 });
  await page.reload();
  await expect(load.numberField(1)).toHaveValue('150');
  await expect(playback.stepText()).toHaveText('Step 6 of 6');
});

const lessonRow1 = ['1', '10', 'False', 'False (instances=1)', 'No scaling', '1', 'Load: 10, Instances: 1'];

test('a link that does not decode opens the lesson with a dismissible message', async ({ page, workspace, load }, testInfo) => {
  await page.goto('/#/visualize?s=garbage');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('This link could not be opened');
  await expect(notice).toContainText('could not be decoded');
  expect((await workspace.rowTexts())[0]).toEqual(lessonRow1);
  expect(await load.sliderValues()).toEqual(['10', '50', '120', '80', '30', '5']);
  await workspace.expectNoAxeViolations();
  await page.screenshot({ path: testInfo.outputPath('broken-link-1280.png') });
  await notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
});

test('a link with an invalid config opens that config in the editor with its problems, for the learner to fix', async ({ page, workspace, load }) => {
  const broken = '{"min_servers": 6, "max_servers": 2}';
  await page.goto(linkFor({ v: 1, c: broken, l: [500, 1], k: 2 }));
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('config needs fixing');
  await expect(notice).toContainText('min_servers (6) is greater than max_servers (2)');
  const configPanel = page.getByRole('region', { name: 'Scaling config' });
  await expect(configPanel).toContainText('"min_servers": 6, "max_servers": 2');
  await expect(configPanel.locator('.config-problems')).toContainText('they look swapped');
  // the views keep the last valid config (the lesson's) with the link's loads
  expect(await load.sliderValues()).toEqual(['500', '1']);
  expect((await workspace.rowTexts())[0]).toEqual(['1', '500', 'True', 'False', 'Scale up by 1', '2', 'Load: 500, Instances: 2']);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto(linkFor({ v: 1, c: '{}', l: [10, -4], k: 1 }));
  await expect(page.getByRole('alert')).toContainText('loads[1]');
});

test('a link with more steps than the browser holds says so and shows the lesson', async ({ page, workspace }) => {
  await page.goto(linkFor({ v: 1, c: '{}', l: new Array(10_001).fill(150), k: 3 }));
  await expect(page.getByRole('alert')).toContainText('10,001 steps; the browser holds at most 10,000');
  expect((await workspace.rowTexts())[0]).toEqual(lessonRow1);
  await expect(page.getByRole('region', { name: 'Load' })).toContainText('6 steps');
});

test('a broken link pasted over another scenario shows the lesson, and a good link then clears the message', async ({ page, workspace, load }) => {
  await page.goto(linkFor({ v: 1, c: '{}', l: [500, 500, 500], k: 3 }));
  await expect(load.numberField(1)).toHaveValue('500');
  await page.evaluate(() => { window.location.hash = '#/visualize?s=broken'; });
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  expect((await workspace.rowTexts())[0]).toEqual(lessonRow1);
  expect(await load.sliderValues()).toEqual(['10', '50', '120', '80', '30', '5']);

  await page.evaluate((hash) => { window.location.hash = hash; }, linkFor({ v: 1, c: '{}', l: [200, 10], k: 2 }).slice(1));
  await expect(load.numberField(1)).toHaveValue('200');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
