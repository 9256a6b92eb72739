/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.ts';
import { preloadFonts } from './build/preload-fonts.ts';

// In development (and `vite preview`), the API, its WebSocket and the server functions are the
// server's, on API_PORT.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const proxy = {
  '/api': { target: apiTarget, ws: true },
  '/functions': { target: apiTarget },
};

// Night colours of the venue, shared by the manifest and index.html's theme-color.
const NIGHT = '#0d0709';

const config: UserConfig = {
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from bundled code (src/lib/register-service-worker.ts): the server's CSP is
      // `script-src 'self'`, so index.html carries no inline script.
      injectRegister: false,
      // Install icons are fetched by the browser when it needs them: not worth precaching.
      includeManifestIcons: false,
      manifest: {
        name: 'La Diva Cabaret',
        short_name: 'La Diva',
        description: 'Dîner-spectacle au cœur de Paris : revues, dîner et champagne.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: NIGHT,
        background_color: NIGHT,
        categories: ['entertainment', 'food'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell and the guest's chunks. The staff app is left out: a guest's phone must
        // never download it, not even in the background through the service worker.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        globIgnores: ['**/admin-*.js', '**/icon-*.png', 'apple-touch-icon.png'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/functions\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // The venue's details: fresh when online, the last copy when offline or slow.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/api/venue',
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'api-venue',
              networkTimeoutSeconds: 3,
              expiration: { maxEntries: 1 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    preloadFonts(['playfair-display-latin-wght-normal']),
    precompress(),
  ],
  build: {
    manifest: true,
    target: 'es2022',
    // Names the staff app's chunks `admin-*` (see globIgnores above and the bundle tests).
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const ids = chunk.facadeModuleId ? [chunk.facadeModuleId] : chunk.moduleIds;
          const admin = ids.length > 0 && ids.every((id) => id.includes('/src/components/admin/'));
          return admin && !chunk.name.startsWith('admin')
            ? 'assets/admin-[name]-[hash].js'
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
};

export default defineConfig(config);
