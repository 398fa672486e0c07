import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// The web app lives in web/ and builds into dist/web, which the Fastify server serves.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The web imports label maps from server files that also declare zod schemas; the web never
      // uses those schemas, so their construction is declared pure and zod stays out of the bundle.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  server: {
    port: 5173,
    // The web imports shared types and labels from ../src.
    fs: { allow: [repoRoot] },
    // The API server (npm run dev) listens on 3000; THIDUA_API points the proxy elsewhere.
    proxy: { '/api': process.env.THIDUA_API ?? 'http://localhost:3000' },
  },
});
