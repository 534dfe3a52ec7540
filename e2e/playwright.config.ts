import { defineConfig } from '@playwright/test';

/** E2E_PORT and E2E_OUT_DIR let several runs share a machine without clashing. */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
/** A second build served under a sub-path, as a course page or an LMS folder hosts the app (e2e/offline-subpath.spec.ts). */
export const SUB_PATH = '/course/autoscale/';
const subPort = port + 100;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: `../test-results/${port}`,
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      ],
    },
  },
  webServer: [{
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  }, {
    command: `npx vite build --logLevel warn --base=${SUB_PATH} --outDir ${outDir}-sub && npx vite preview --base ${SUB_PATH} --port ${subPort} --strictPort --outDir ${outDir}-sub`,
    cwd: '..',
    url: `http://localhost:${subPort}${SUB_PATH}`,
    reuseExistingServer: false,
    timeout: 120_000,
  }],
});
