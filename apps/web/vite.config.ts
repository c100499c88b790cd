import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API (apps/api) in development; in production it serves this app's dist/ itself.
const apiTarget = 'http://localhost:3000';
const proxy = {
  '/api': { target: apiTarget },
  '/health': { target: apiTarget },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // `@/lib/api-client` → src/lib/api-client (root-relative, resolved by Vite from apps/web)
    alias: [{ find: /^@\//, replacement: '/src/' }],
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
      output: {
        // Long-lived vendor chunks stay cached across app releases.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('@mantine')) return 'mantine';
          if (id.includes('zod')) return 'zod';
          return 'vendor';
        },
      },
    },
  },
});
