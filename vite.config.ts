/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Monaco's editor and JSON workers are bundled as ES module workers (`?worker` imports in
  // src/features/config-editor/monacoSetup.ts); they and Monaco itself end up in lazy chunks only.
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
