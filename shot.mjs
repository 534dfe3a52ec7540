import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.goto(`http://localhost:4214/#/visualize`);
await page.getByRole('button', { name: 'Last step' }).click();
await page.getByRole('button', { name: 'Add this view as a slide' }).click();
await page.goto(`http://localhost:4214/#/present`);
await page.waitForSelector('#slide-title');
await page.getByRole('combobox', { name: 'Deck' }).selectOption('mine');
await page.waitForTimeout(500);
console.log(await page.evaluate(() => ({ fit: document.documentElement.style.getPropertyValue('--present-fit'), root: getComputedStyle(document.documentElement).fontSize,
  boxes: [...document.querySelectorAll('.slide .table-scroll, .slide .panel-body, .slide-text')].map(b => [b.className, b.scrollHeight, b.clientHeight]) })));
await page.screenshot({ path: '/tmp/present/added-1024.png' });
await browser.close();
