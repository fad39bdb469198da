/**
 * The machine formats of `kb lint` against their published schemas: the
 * JSON array and the JSON report (plugins/lint/formatters/schemas, with
 * ajv), and SARIF 2.1.0 against the official OASIS schema and Microsoft's
 * SARIF Multitool — with paths that hold spaces and `#`.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { multitoolAvailable, validateWithMultitool } from '../../helpers/sarif-multitool.ts';
import { runKb } from '../../helpers/run-kb.ts';

const schemas = path.resolve('plugins/lint/formatters/schemas');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

function ajv2020() {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  addFormats.default(ajv);
  for (const name of ['lint-results', 'lint-report', 'lint-metrics']) ajv.addSchema(readJson(path.join(schemas, `${name}.schema.json`)), `${name}.schema.json`);
  return ajv;
}

if (!multitoolAvailable()) console.warn('SKIPPED: the SARIF Multitool check needs Linux and @microsoft/sarif-multitool-linux (npm ci installs it on Linux)');

let kb: string;
beforeAll(() => {
  // A copy of the Markdown help center whose folders have a space and a "#" in their names.
  kb = path.join(mkdtempSync(path.join(tmpdir(), 'kb formats ')), 'help center');
  cpSync(path.resolve('test/fixtures/help-centers/markdown'), kb, { recursive: true });
  renameSync(path.join(kb, 'articles/billing'), path.join(kb, 'articles/billing #1'));
  for (const file of ['articles/getting started/set-up-your-router.md', 'articles/troubleshooting/fix-a-slow-connection.md', 'articles/troubleshooting/reset-the-router.md']) {
    const full = path.join(kb, file);
    writeFileSync(full, readFileSync(full, 'utf8').replaceAll('../billing/', '../billing%20%231/'));
  }
});

describe('kb lint machine output', () => {
  it('--format json is the array its schema describes', async () => {
    const run = await runKb(['lint', '--content', kb, '--format', 'json']);
    expect(run.code).toBe(1);
    const ajv = ajv2020();
    const valid = ajv.validate('lint-results.schema.json', JSON.parse(run.stdout));
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(run.stdout).not.toContain('"fix"');
  });

  it('--format json-report has the summary, fixes and metrics its schema describes', async () => {
    const run = await runKb(['lint', '--content', kb, '--format', 'json-report', '--metrics', '--max-warnings', '0']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { version: number; summary: { fixable: number; passed: boolean; maxWarnings: number }; files: Array<{ messages: Array<{ fix?: unknown }> }> };
    const ajv = ajv2020();
    ajv.validate('lint-report.schema.json', report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ passed: false, maxWarnings: 0 });
    expect(report.summary.fixable).toBeGreaterThan(0);
    expect(report.files.flatMap((f) => f.messages).filter((m) => m.fix)).toHaveLength(report.summary.fixable);
  });

  it('--metrics --format json is the metrics array its schema describes', async () => {
    const run = await runKb(['lint', '--content', kb, '--metrics', '--format', 'json']);
    const rows = JSON.parse(run.stdout) as Array<{ file: string; grade: number | null; passed: boolean }>;
    const ajv = ajv2020();
    ajv.validate('lint-metrics.schema.json', rows);
    expect(ajv.errors ?? []).toEqual([]);
    expect(rows.some((r) => r.passed)).toBe(true);
    expect(rows.every((r) => typeof r.grade === 'number')).toBe(true);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema, with encoded URIs and rule help', async () => {
    const run = await runKb(['lint', '--content', kb, '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout) as { runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown>> } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; fixes?: unknown[] }> }> };
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const valid = ajv.validate(readJson(path.resolve('test/fixtures/sarif/sarif-schema-2.1.0.json')), sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [first] = sarif.runs;
    const uris = first?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri) ?? [];
    expect(uris.some((u) => u?.includes('getting%20started/'))).toBe(true);
    expect(uris.some((u) => u?.includes('billing%20%231/'))).toBe(true);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
    for (const rule of first?.tool.driver.rules ?? []) {
      expect(rule).toHaveProperty('fullDescription.text');
      expect(rule).toHaveProperty('help.text');
      expect(String(rule.helpUri)).toMatch(new RegExp(`README\\.md#${String(rule.id)}$`));
    }
    expect(first?.results.some((r) => r.fixes)).toBe(true);
  });

  it.skipIf(!multitoolAvailable())('--format sarif passes the SARIF Multitool with no finding', async () => {
    const run = await runKb(['lint', '--content', kb, '--format', 'sarif']);
    const file = path.join(path.dirname(kb), 'kb lint.sarif');
    writeFileSync(file, run.stdout);
    expect(validateWithMultitool(file)).toEqual([]);
    // The Multitool is a .NET program: its start-up alone takes many seconds on a busy machine.
  }, 120_000);
});
