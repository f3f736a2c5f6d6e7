/**
 * Vite build of the console. Each view is a lazy route chunk; the vendor libraries that every signed-in
 * view needs (React, Ant Design, Apollo) are split so a view change downloads only its own code.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // .vite/manifest.json: the chunk graph test/bundle.test.ts measures the initial JavaScript from.
    manifest: true,
    // No inline scripts: the gateway's Content-Security-Policy allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev -w @shanzhi/console` against a running `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
