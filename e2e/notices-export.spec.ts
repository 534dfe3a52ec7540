/**
 * Issue 13, minor items: a link from a newer version says so and what was read; notices have a kind (information in
 * the accent's tint as a status, errors in red as an alert); the exported chart (SVG and PNG) carries its legend.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { toBase64Url } from '../src/store/urlState';
import { test, expect } from './fixtures/app';

test.use({ serviceWorkers: 'block' });

const background = (page: Page) => page.locator('.notice').evaluate((el) => getComputedStyle(el).backgroundColor);
const cssVar = (page: Page, name: string) => page.evaluate((n) => {
  const probe = document.createElement('div');
  probe.style.background = `var(${n})`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}, name);

test('a link made by a newer version opens what this version reads, says so as information; a broken link is an error', async ({ page, workspace }) => {
  test.slow(); // axe in two themes
  const future = toBase64Url(JSON.stringify({ v: 99, c: '{"upper_threshold": 150}', l: [200, 10, 5], k: 2, z: 1 }));
  await page.goto(`/#/visualize?s=${future}`);
  const notice = page.getByRole('status').filter({ hasText: 'made by a newer version' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('link format 99; this version reads format 1');
  await expect(notice).toContainText('Read from it: the config, 3 loads and the step (2)');
  await expect(notice).toContainText('left out, not known to this version: z');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(workspace.executionTable().locator('tbody tr[data-step]')).toHaveCount(2);
  // information is styled apart from errors
  expect(await background(page)).toBe(await cssVar(page, '--accent-soft'));
  await workspace.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(await cssVar(page, '--accent-soft'));
  await workspace.expectNoAxeViolations();

  await page.evaluate(() => { window.location.hash = '#/visualize?s=not-a-link'; });
  const error = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(error).toBeVisible();
  expect(await background(page)).toBe(await cssVar(page, '--error-soft'));
  await workspace.expectNoAxeViolations();
});

async function download(page: Page, label: string) {
  const region = page.getByRole('region', { name: 'Chart' });
  await region.locator('summary', { hasText: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: label }).click()]);
  return readFile(await file.path());
}

test('the exported chart, SVG and PNG, carries the legend the page shows', async ({ page }) => {
  await page.goto('/#/visualize');
  await page.locator('#charts').scrollIntoViewIfNeeded(); // the chart draws as it nears the screen
  const chart = page.locator('#charts svg.recharts-surface');
  await expect(chart).toBeVisible();
  const legend = await page.getByRole('list', { name: 'Legend' }).getByRole('listitem').allTextContents();
  expect(legend).toEqual(['Load (requests)', 'Upper threshold 100', 'Lower threshold 20', 'Instances (right axis)', 'Current step']);
  const chartHeight = (await chart.boundingBox())!.height;
  // the load's colour in this theme, as the page's legend swatch draws it
  const loadColour = (await page.getByRole('list', { name: 'Legend' }).locator('li').first().locator('line').evaluate((line) => getComputedStyle(line).stroke))
    .match(/\d+/g)!.map(Number);

  const svg = (await download(page, 'Chart as SVG')).toString('utf8');
  for (const label of legend) expect(svg).toContain(`>${label}</text>`);
  expect(svg).not.toContain('var(');
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  expect(svgHeight).toBeGreaterThan(chartHeight + 15);

  // the PNG: taller than the chart by the legend, and the legend's band holds the load's colour and dark text
  const png = await download(page, 'Chart as PNG');
  const band = await page.evaluate(async ({ bytes, chartHeight: top, colour }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${bytes}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const y = Math.ceil(top * 2);
    const pixels = context.getImageData(0, y, image.width, image.height - y).data;
    let swatch = 0;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (Math.abs(r - colour[0]!) < 24 && Math.abs(g - colour[1]!) < 24 && Math.abs(b - colour[2]!) < 24) swatch++;
      if (r + g + b < 250) dark++;
    }
    return { height: image.height, swatch, dark };
  }, { bytes: png.toString('base64'), chartHeight, colour: loadColour });
  expect(band.height).toBeGreaterThan(Math.round(chartHeight * 2) + 30);
  expect(band.swatch, 'the load swatch').toBeGreaterThan(20);
  expect(band.dark, 'the labels').toBeGreaterThan(200);
});
