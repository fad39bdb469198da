import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/temp-folder-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
