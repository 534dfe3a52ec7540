/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit (classrooms), under any base path (a course page, an LMS folder): Workbox precaches
    // every built file with a revision, prunes outdated caches, and a new version waits until the learner reloads
    // ('prompt': see src/app/UpdatePrompt.tsx) instead of swapping code under a running lesson.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Autoscale Lab',
        short_name: 'Autoscale Lab',
        description: 'Learn how auto-scaling inference endpoints work by running an autoscaler step by step.',
        theme_color: '#1e3a5f',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ico,json,webmanifest,txt,ttf,woff2}'],
        // Monaco's chunk is about 4 MB: without this it would be left out and the editor would not open offline
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  // Monaco's editor and JSON workers are bundled as ES module workers (`?worker` imports in
  // src/features/config-editor/monacoSetup.ts); they and Monaco itself end up in lazy chunks only.
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
