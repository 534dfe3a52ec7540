import { chromium } from '@playwright/test';
const modes = (process.env.MODES || 'visualize,why,predict,quiz,practice,test,deep-dive,lab,review,transcript,present').split(',');
const themes = (process.env.THEMES || 'light,dark,contrast').split(',');
const sizes = (process.env.SIZES || '1280x800,390x844').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const size of sizes) {
  const [width, height] = size.split('x').map(Number);
  for (const theme of themes) {
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: width < 600, colorScheme: theme === 'dark' ? 'dark' : 'light' });
    if (theme === 'contrast') await context.addInitScript(() => localStorage.setItem('autoscale-lab:theme', 'contrast'));
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error', theme, m.text()); });
    for (const mode of modes) {
      await page.goto(`http://localhost:4209/#/${mode}`);
      await page.waitForTimeout(mode === 'lab' ? 2500 : 1200);
      await page.screenshot({ path: `/tmp/themes-work/shot-${mode}-${theme}-${width}.png`, fullPage: process.env.FULL === '1' });
    }
    await context.close();
  }
}
await browser.close();
