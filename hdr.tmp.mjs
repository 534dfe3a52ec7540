import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1024, 1280, 1440, 1600, 1920]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto('http://localhost:5173/#/visualize');
  await page.waitForTimeout(1500);
  const h = await page.locator('.app-header').boundingBox();
  const nav = await page.getByRole('navigation', { name: 'Learning modes' }).evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
  console.log(width, 'header', Math.round(h.height), 'nav scroll', nav.sw, 'client', nav.cw);
  await page.screenshot({ path: `/tmp/shots/hdr-${width}.png`, clip: { x: 0, y: 0, width, height: 120 } });
}
await browser.close();
