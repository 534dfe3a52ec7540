import { chromium } from '@playwright/test';
const sizes = (process.env.SIZES ?? '1280x800').split(',');
const hash = process.env.HASH ?? '#/lab';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`http://localhost:4204/${hash}`);
  try { await page.locator('.lab-status').filter({ hasText: /^Ran / }).waitFor({ timeout: 20000 }); } catch { console.log('status:', await page.locator('.lab-status').textContent().catch(() => 'none')); }
  await page.waitForTimeout(1500);
  if (process.env.ACTION) await eval(process.env.ACTION);
  await page.screenshot({ path: `/tmp/lab-${size}.png`, fullPage: process.env.FULL === '1' });
  console.log('shot', size, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.close();
}
await browser.close();
