import { chromium } from '@playwright/test';
const base = 'http://localhost:4207/';
const sizes = (process.env.SIZES ?? '1024x768,1280x720,1920x1080,390x844').split(',');
const slides = (process.env.SLIDES ?? '0').split(',').map(Number);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${base}#/present`);
  await page.locator('.slide h1').waitFor();
  let at = 0;
  for (const target of slides) {
    while (at < target) { await page.keyboard.press('ArrowDown'); at++; }
    if (process.env.REVEAL) await page.keyboard.press('r');
    await page.waitForTimeout(400);
    const scroll = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth, ih: innerHeight, iw: innerWidth }));
    console.log(size, 'slide', target, JSON.stringify(scroll));
    await page.screenshot({ path: `/tmp/present-shots/${size}-s${target}${process.env.REVEAL ? 'r' : ''}.png` });
  }
  await page.close();
}
await browser.close();
