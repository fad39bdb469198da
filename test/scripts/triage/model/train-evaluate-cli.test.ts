/** `kb triage train` and `kb triage evaluate` as a team runs them, and `kb triage` with the trained model in the config. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, UserError } from '../../../../scripts/cli/user-error.ts';
import { runEvaluate } from '../../../../scripts/triage/model/run-evaluate.ts';
import { runTrain } from '../../../../scripts/triage/model/run-train.ts';
import { runKb } from '../../../helpers/run-kb.ts';
import { tempKb, type TempKb } from '../../../helpers/temp-kb.ts';

const TYPED = path.resolve('test/fixtures/triage/typed-tickets-en-de.jsonl');
let kb: TempKb;

beforeAll(() => {
  kb = tempKb();
});
afterAll(() => kb.remove());

describe('kb triage train / evaluate', () => {
  it('trains a model, writes the same file twice, and says how to use it', async () => {
    const out = path.join(kb.dir, 'models', 'type.json');
    const run = await runKb(['triage', 'train', '--input', TYPED, '--label', 'type', '--out', out, '--content', kb.dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Trained a "type" model on 273 tickets: Incident 97, Request 76, Problem 62, Change 38\./);
    expect(run.stdout).toContain('Languages: de 157, en 116.');
    expect(run.stdout).toContain('support.triage_model:');
    const again = path.join(kb.dir, 'models', 'again.json');
    await runTrain({ input: TYPED, label: 'type', out: again, content: kb.dir, write: () => {}, warn: () => {} });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('evaluates a 30% holdout as JSON with the documented keys', async () => {
    const run = await runKb(['triage', 'evaluate', '--input', TYPED, '--label', 'type', '--holdout', '0.3', '--seed', '3', '--format', 'json', '--content', kb.dir]);
    expect(run.code).toBe(0);
    const e = JSON.parse(run.stdout) as Record<string, unknown> & { by_language: Record<string, { accuracy: number; n: number }>; per_label: Record<string, unknown>; confusion: Record<string, Record<string, number>> };
    for (const key of ['accuracy', 'baseline', 'n_train', 'n_test', 'by_language', 'per_label', 'confusion', 'target', 'meets_target']) expect(e).toHaveProperty(key);
    expect(e).toMatchObject({ holdout: 0.3, seed: 3, target: 0.85, n_train: 191, n_test: 82 });
    expect(Object.keys(e.by_language).sort()).toEqual(['de', 'en']);
    expect(e.by_language.de!.n + e.by_language.en!.n).toBe(82);
    expect(Object.keys(e.per_label).sort()).toEqual(['Change', 'Incident', 'Problem', 'Request']);
    expect(Object.values(e.confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0)).toBe(82);
    let again = '';
    await runEvaluate({ input: TYPED, label: 'type', holdout: '0.3', seed: '3', format: 'json', content: kb.dir, write: (text) => (again += text), warn: () => {} });
    expect(again).toBe(run.stdout);
  });

  it('evaluates a saved model as a table and as Markdown, with the target marked', async () => {
    const model = path.join(kb.dir, 'models', 'type.json');
    const table = await runKb(['triage', 'evaluate', '--input', TYPED, '--label', 'type', '--model', model, '--content', kb.dir]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Accuracy \d+\.\d% on 273 tickets \(model .*type\.json; 273 trained on\) — the playbook's target 85\.0% is (met|NOT met)\./);
    expect(table.stdout).toMatch(/Majority baseline 35\.5% \(always "Incident"\)/);
    let md = '';
    await runEvaluate({ input: TYPED, label: 'type', model, format: 'md', content: kb.dir, write: (text) => (md += text), warn: () => {} });
    expect(md).toMatch(/^# Auto-tagging accuracy: type\n/);
    expect(md).toContain('## Confusion matrix');
    // Labels the model never saw count as wrong, with a note.
    const renamed = kb.write('renamed.jsonl', readFileSync(TYPED, 'utf8').replaceAll('"type": "Change"', '"type": "Modification"'));
    let out = '';
    await runEvaluate({ input: renamed, label: 'type', model, format: 'json', content: kb.dir, write: (text) => (out += text), warn: () => {} });
    const e = JSON.parse(out) as { per_label: Record<string, { recall: number; n: number }>; warnings: string[] };
    expect(e.per_label.Modification).toEqual({ precision: 0, recall: 0, n: 38 });
    expect(e.warnings).toEqual([expect.stringMatching(/^The model was not trained on "Modification", so it never predicts it/)]);
  });

  it('measures the keyword rules against the agents\' categories', async () => {
    let out = '';
    await runEvaluate({ input: TYPED, label: 'topic', rules: true, format: 'json', content: kb.dir, write: (text) => (out += text), warn: () => {} });
    const e = JSON.parse(out) as { model: string; n_test: number; accuracy: number; baseline: number };
    expect(e).toMatchObject({ model: 'the keyword rules (support.*)', n_test: 273 });
    expect(e.accuracy).toBeGreaterThan(e.baseline);
  });

  it.each([
    [{ input: TYPED, label: 'queue' }, UserError, /has no ticket with a value in the field "queue" \(its fields: id, created_at, subject, description, type, topic, language\)/],
    [{ input: 'nope.json', label: 'type' }, UserError, /nope\.json/],
    [{ label: 'type' }, UsageError, /needs --input FILE .* or --db FILE/],
    [{ input: TYPED, label: 'type', holdout: '2' }, UsageError, /--holdout 2 is not a share between 0 and 1/],
    [{ input: TYPED, label: 'type', model: 'm.json', holdout: '0.3' }, UsageError, /Give one of --model MODEL, --rules, or --holdout/],
    [{ input: TYPED, label: 'type', rules: true }, UsageError, /--rules compares triage's categories or priorities/],
  ])('evaluate %j is refused with a clear message', async (options, kind, message) => {
    const run = runEvaluate({ ...options, content: kb.dir, format: 'table', write: () => {}, warn: () => {} });
    await expect(run).rejects.toThrow(kind);
    await expect(runEvaluate({ ...options, content: kb.dir, format: 'table', write: () => {}, warn: () => {} })).rejects.toThrow(message);
  });

  it('exits 2 on bad usage and 1 on bad input, with no stack trace', async () => {
    const usage = await runKb(['triage', 'evaluate', '--input', TYPED, '--label', 'type', '--holdout', '2', '--content', kb.dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--holdout 2 is not a share/);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });

  it('train refuses too few tickets with the reason, exit 1 and no stack trace', async () => {
    const few = kb.write('few.jsonl', readFileSync(TYPED, 'utf8').split('\n').slice(0, 10).join('\n'));
    const run = await runKb(['triage', 'train', '--input', few, '--label', 'type', '--out', path.join(kb.dir, 'few-model.json'), '--content', kb.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/has 10 labelled tickets with a "type": training needs at least 20/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kb triage with support.triage_model', () => {
  it('adds the predicted label, and refuses a corrupted model with the fix', async () => {
    const config = path.join(kb.dir, 'kb.config.yaml');
    const original = readFileSync(config, 'utf8');
    copyFileSync(path.join(kb.dir, 'models', 'type.json'), path.join(kb.dir, 'model.json'));
    writeFileSync(config, `${original}\nsupport:\n  triage_model: ${path.join(kb.dir, 'model.json')}\n`);
    const input = JSON.stringify({ id: '1', created_at: '2026-11-16T10:00:00Z', subject: 'Tarif wechseln', description: 'Wir möchten ab nächstem Monat in den Profi-Tarif wechseln.' });
    const ok = await runKb(['triage', '--stdin', '--format', 'json', '--content', kb.dir], { input });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ language: 'de', predicted: { field: 'type', label: 'Change' } });

    writeFileSync(path.join(kb.dir, 'model.json'), readFileSync(path.join(kb.dir, 'model.json'), 'utf8').slice(0, 500));
    const bad = await runKb(['triage', '--stdin', '--content', kb.dir], { input });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/model\.json is not a triage model: it is not valid JSON .*Fix: train it again with "kb triage train/);
    writeFileSync(config, original);
  });

  it('reads a ticket file named like a subcommand when given as ./train', async () => {
    kb.write('train', JSON.stringify([{ id: 'x', created_at: '2026-11-16T10:00:00Z', subject: 'Niemand kann sich anmelden' }]));
    const run = await runKb(['triage', './train', '--format', 'csv', '--content', '.'], { cwd: kb.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^id,language,priority/);
    expect(run.stdout).toContain('x,de,P0,');
  });
});
