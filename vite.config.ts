// Vite builds the explorer app; the vitest block runs unit tests (Node) for ingest/ and src/.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one Chromium and one preview server; keep files from fighting over 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
