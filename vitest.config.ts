import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects (DESIGN §7): the pure core and the Node side run in node; renderer components
// run in happy-dom with the fake bridge. Playwright specs (tests/e2e) are not vitest files.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['core/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bin/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // The reliability suite (npm run test:reliability) runs only when asked: it is slow on purpose.
      ...(process.env.SAFEPOST_RELIABILITY
        ? [
            {
              test: {
                name: 'reliability',
                environment: 'node' as const,
                include: ['tests/reliability/**/*.test.ts'],
                testTimeout: 600_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          setupFiles: ['renderer/src/test/setup.ts'],
        },
      },
    ],
  },
});
