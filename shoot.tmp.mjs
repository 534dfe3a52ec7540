import { chromium } from '@playwright/test';
const base = process.env.BASE;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const sizes = (process.env.SIZES ?? '1280x800,1024x768,390x844').split(',');
const routes = (process.env.ROUTES ?? 'why,deep-dive,transcript,review,visualize').split(',');
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const route of routes) {
    await page.goto(`${base}/#/${route}`);
    await page.locator('main .panel').first().waitFor({ timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/cm-shots/${route.replace(/[^a-z0-9-]/g, '_')}-${size}.png`, fullPage: process.env.FULL === '1' });
  }
  await page.close();
}
await browser.close();
