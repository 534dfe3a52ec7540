/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Writes precache.json: every built file, for the service worker (public/sw.js) to store on install. */
function precacheManifest(): Plugin {
  return {
    name: 'autoscale-lab-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => !file.endsWith('.map')).map((file) => `/${file}`);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify(files.sort()) });
    },
  };
}

export default defineConfig({
  plugins: [react(), precacheManifest()],
  // Monaco's editor and JSON workers are bundled as ES module workers (`?worker` imports in
  // src/features/config-editor/monacoSetup.ts); they and Monaco itself end up in lazy chunks only.
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
