/**
 * The tracker as shipped: bundled and minified for the browser, it must stay
 * under 3 KB gzipped and carry no zod and no Node built-ins.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const MAX_GZIPPED_BYTES = 3 * 1024;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['site/lib/tracker/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
  });
  expect(Object.keys(result.metafile.inputs).every((input) => !input.includes('node_modules'))).toBe(true);
  return result.outputFiles[0]?.text ?? '';
}

describe('the tracker bundle', () => {
  it(`is at most ${MAX_GZIPPED_BYTES} bytes gzipped`, async () => {
    const code = await bundle();
    const gzipped = gzipSync(code, { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(500);
    expect(gzipped).toBeLessThanOrEqual(MAX_GZIPPED_BYTES);
  });

  it('has no zod and no Node imports, and exports the page API', async () => {
    const code = await bundle();
    expect(code).not.toMatch(/zod|node:|require\(/);
    const exported = /export\{([^}]*)\}/.exec(code)?.[1] ?? '';
    const names = exported.split(',').map((part) => part.split(' as ').at(-1)?.trim());
    expect(names.sort()).toEqual(['flush', 'initTracker', 'sessionId', 'track', 'trackSearch', 'trackSearchClick']);
  });
});
