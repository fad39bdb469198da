/**
 * `kb triage train` as a function: read labelled tickets, train a model,
 * write it as JSON (the same tickets give the same file) and say how to use it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { UserError } from '../../cli/user-error.ts';
import { readTrainingInput } from './read-training-input.ts';
import { detectLanguages, trainModel } from './train-model.ts';

/** Options of {@link runTrain}, as the command line gives them. */
export interface RunTrainOptions {
  input?: string;
  db?: string;
  label: string;
  out: string;
  content: string;
  timezone?: string;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

/** Trains and writes the model; returns the exit code. */
export async function runTrain(options: RunTrainOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const support = supportSettings(loadConfig(path.resolve(options.content)));
  const input = await readTrainingInput({ ...options, warn }, 'train');
  const languages = detectLanguages(input.tickets, support);
  const { model, warnings } = trainModel(input.tickets, languages, options.label, support, input.source);
  for (const w of warnings) warn(`${w}\n`);
  const out = path.resolve(options.out);
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(model)}\n`);
  } catch (error) {
    throw new UserError(`Cannot write the model to ${options.out} (${(error as Error).message}). Fix: pass --out with a path in a folder you can write to.`);
  }
  const shown = path.relative(process.cwd(), out) || out;
  const labels = Object.entries(model.trained.by_label).map(([l, n]) => `${l} ${n}`).join(', ');
  const langs = Object.entries(model.trained.by_language).map(([l, n]) => `${l} ${n}`).join(', ');
  const use = model.target === 'label' ? `shown as "predicted" in kb triage and usable in routing rules as "predicted: [...]"` : `${model.target} evidence below the playbook rules`;
  write(
    `Trained a ${model.target === 'label' ? `"${model.field}"` : model.target} model on ${model.trained.examples} tickets: ${labels}.\n` +
      `Languages: ${langs}. Fingerprint ${model.fingerprint}.\n` +
      `Wrote ${shown}. Use it with "support.triage_model: ${shown}" in kb.config.yaml (${use}); check it first with "kb triage evaluate --input FILE --label ${model.field} --model ${shown}".\n`,
  );
  return 0;
}
