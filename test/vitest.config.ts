import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // The temp folder first: the PostgreSQL cluster lives in it, and teardowns run in reverse.
    globalSetup: ['test/temp-folder-setup.ts', 'test/postgres-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // Browser pages answer in milliseconds on an idle machine and in seconds on a busy one; polls wait for either.
    expect: { poll: { timeout: 10_000 } },
  },
});
