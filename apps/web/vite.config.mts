import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves the build (apps/web/dist) at `/`: hashed files under /assets/ are cached for a year,
// index.html never. `npm start` builds it when missing or stale (infra/src/web/web-app-build.ts).
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Ant Design is one large, shared chunk; screens are split by route.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '/api': process.env.TDKT_API_URL ?? 'http://127.0.0.1:3000',
      '/health': process.env.TDKT_API_URL ?? 'http://127.0.0.1:3000',
    },
  },
});
