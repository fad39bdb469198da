import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../scripts/cli/user-error.ts';
import { loadKbConfig } from '../../../scripts/lib/load-kb-config.ts';

const fixtureKb = path.resolve(import.meta.dirname, '../../fixtures/kb');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-load-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('loadKbConfig', () => {
  it('returns the validated configuration', () => {
    const config = loadKbConfig(fixtureKb);
    expect(typeof config.site.name).toBe('string');
    expect(config.site.name.length).toBeGreaterThan(0);
  });

  it('turns a missing file into a UserError with exit code 2 that says how to fix it', () => {
    const error = thrown(() => loadKbConfig(dir));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(/no configuration file\. Fix:/);
  });

  it('keeps the file, line and key of an invalid value', () => {
    writeFileSync(path.join(dir, 'kb.config.yaml'), 'limits:\n  reading_grade: many\n');
    const error = thrown(() => loadKbConfig(dir));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(/kb\.config\.yaml:2:\d+ .*reading_grade/);
  });
});
