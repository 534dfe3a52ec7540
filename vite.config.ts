/// <reference types="vitest/config" />
import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The first screen's stylesheet (about 5 kB gzip) goes inside the page: one round trip fewer before the first paint. */
function inlineEntryStyles(html: string, bundle: Record<string, { type: string; fileName: string; source?: string | Uint8Array }> | undefined): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/index-[^"]+\.css)">/, (link, fileName: string) => {
    const asset = bundle?.[fileName];
    if (!asset || asset.type !== 'asset' || asset.source === undefined) return link;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

/**
 * Pre-renders the lesson's first screen into index.html at build time (src/app/prerender.tsx), so the first paint does
 * not wait for the entry script. A small inline script empties <main> when the link opens another mode, so a learner
 * never sees the wrong mode's content before the app starts.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'autoscale-lab-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const server = await createServer({
          configFile: false, root: import.meta.dirname, plugins: [react()], logLevel: 'error',
          server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true },
        });
        try {
          const { renderFirstScreen } = await server.ssrLoadModule('/src/app/prerender.tsx') as { renderFirstScreen: () => string };
          const otherMode = `<script>(function(){var m=location.hash.replace(/^#\\/?/,'').split(/[?/]/)[0];`
            + `if(m&&m!=='visualize'){var main=document.getElementById('main');if(main)main.replaceChildren();}})()</script>`;
          const page = html.replace('<div id="root"></div>', `<div id="root">${renderFirstScreen()}</div>${otherMode}`);
          return inlineEntryStyles(page, context.bundle);
        } finally {
          await server.close();
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    prerenderFirstScreen(),
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
        globPatterns: ['**/*.{js,css,html,svg,ico,json,webmanifest,txt,ttf,woff2,bin,f32}'],
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
