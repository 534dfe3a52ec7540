#!/usr/bin/env node
// Runs the Playwright specs in a real Chromium against the built app.
// Finds a browser by itself (env var, Debian's /usr/bin/chromium, Playwright's cache) and says how to get one when none is found.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium')).sort().reverse()) {
      for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe']) {
        const path = join(cache, dir, sub);
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) {
  console.error([
    'No Chromium found, so the end-to-end tests cannot run (and are not reported as passing).',
    'Get one of these, then run `npm test` again:',
    '  - Debian/Ubuntu:  sudo apt-get install -y chromium        (gives /usr/bin/chromium)',
    '  - with internet:  npx playwright install chromium',
    '  - or point to any Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'));
  process.exit(1);
}
console.log(`e2e: using ${chromium}`);

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } }).status ?? 1;
const outDir = process.env.E2E_OUT_DIR || 'dist';
const build = run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir]);
if (build !== 0) process.exit(build);
process.exit(run('npx', ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...process.argv.slice(2)]));
