/**
 * `kb triage evaluate` as a function: how often predicted labels match the
 * agents' labels, for a saved model (`--model`), for a model trained on the
 * spot on a stratified, seeded holdout (`--holdout 0.3 --seed N`, the
 * default), or for the configured keyword rules (`--rules`: triage's own
 * category or priority against the agents').
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { UsageError, UserError } from '../../cli/user-error.ts';
import { ticketSchema } from '../../tickets/ticket-schema.ts';
import { toCategoryId } from '../classify-category.ts';
import { labelPriority, triageTickets } from '../triage-tickets.ts';
import { majorityLabel, scoreOutcomes, type Evaluation, type Outcome } from './evaluate-model.ts';
import { formatEvaluationJson, formatEvaluationMarkdown, formatEvaluationTable } from './format-evaluation.ts';
import { stratifiedSplit } from './holdout-split.ts';
import { readTrainingInput } from './read-training-input.ts';
import { detectLanguages, labelTarget, trainModel } from './train-model.ts';
import { createPredictor, parseModel } from './triage-model.ts';

/** Options of {@link runEvaluate}, as the command line gives them. */
export interface RunEvaluateOptions {
  input?: string;
  db?: string;
  label: string;
  model?: string;
  rules?: boolean;
  holdout?: string;
  seed?: string;
  content: string;
  timezone?: string;
  format: 'table' | 'json' | 'md';
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

function parseFraction(value: string | undefined): number {
  if (value === undefined) return 0.3;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n >= 1) throw new UsageError(`--holdout ${value} is not a share between 0 and 1: use, for example, --holdout 0.3 to test on 30% of the tickets.`);
  return n;
}

function parseSeed(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`--seed ${value} is not a whole number: use, for example, --seed 7.`);
  return n;
}

/** Runs the evaluation; returns the exit code. */
export async function runEvaluate(options: RunEvaluateOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  if ([options.model !== undefined, options.rules === true, options.holdout !== undefined || options.seed !== undefined].filter(Boolean).length > 1) {
    throw new UsageError('Give one of --model MODEL, --rules, or --holdout/--seed: each evaluates something else.');
  }
  const support = supportSettings(loadConfig(path.resolve(options.content)));
  const input = await readTrainingInput({ ...options, warn }, 'evaluate');
  if (input.tickets.length === 0) throw new UserError(`${input.source} has no labelled tickets to evaluate: check --label ${options.label}.`);
  const languages = detectLanguages(input.tickets, support);
  let evaluation: Evaluation;

  if (options.model !== undefined) {
    const shown = options.model;
    let text: string;
    try {
      text = readFileSync(options.model, 'utf8');
    } catch {
      throw new UserError(`No model at ${shown}. Fix: train one with "kb triage train --input FILE --label ${options.label} --out ${shown}".`);
    }
    const model = parseModel(text, shown, support);
    if (model.field !== options.label) warn(`Note: ${shown} was trained on the field "${model.field}", compared here with "${options.label}".\n`);
    const normalize = model.target === 'category' ? toCategoryId : model.target === 'priority' ? (l: string) => labelPriority(l) ?? l : (l: string) => l;
    const predictor = createPredictor(model, shown);
    const outcomes: Outcome[] = input.tickets.map((t, i) => ({ actual: normalize(t.label), predicted: predictor.predict(t.subject, t.description, languages[i]!).label, language: languages[i]! }));
    const unknown = [...new Set(outcomes.map((o) => o.actual))].filter((l) => !model.labels.includes(l)).sort();
    const warnings = unknown.length > 0 ? [`The model was not trained on ${unknown.map((l) => `"${l}"`).join(', ')}, so it never predicts ${unknown.length === 1 ? 'it' : 'them'}: those tickets count as wrong. Retrain with tickets that carry ${unknown.length === 1 ? 'that label' : 'those labels'}.`] : [];
    evaluation = scoreOutcomes(outcomes, majorityLabel(model.trained.by_label), { label_field: options.label, model: shown, holdout: null, seed: null, n_train: model.trained.examples, warnings });
  } else if (options.rules) {
    const { target, normalize } = labelTarget([...new Set(input.tickets.map((t) => t.label))], options.label, support);
    if (target === 'label') {
      throw new UsageError(`--rules compares triage's categories or priorities with the agents', but "${options.label}" holds other labels (${[...new Set(input.tickets.map((t) => t.label))].slice(0, 5).join(', ')}). Fix: evaluate a trained model (--holdout or --model) instead.`);
    }
    const tickets = input.tickets.map((t, i) => ticketSchema.parse({ id: `${i}`, created_at: '2026-01-01T00:00:00Z', subject: t.subject.slice(0, 1000), description: t.description.slice(0, 100_000) }));
    const results = triageTickets(tickets, support, { now: Date.parse('2026-01-01T00:00:00Z') });
    const counts: Record<string, number> = {};
    const outcomes: Outcome[] = input.tickets.map((t, i) => {
      const actual = normalize(t.label);
      counts[actual] = (counts[actual] ?? 0) + 1;
      const r = results[i]!;
      return { actual, predicted: target === 'category' ? r.category : r.priority, language: r.language };
    });
    evaluation = scoreOutcomes(outcomes, majorityLabel(counts), { label_field: options.label, model: 'the keyword rules (support.*)', holdout: null, seed: null, n_train: 0, warnings: [] });
  } else {
    const fraction = parseFraction(options.holdout);
    const seed = parseSeed(options.seed);
    const { normalize } = labelTarget([...new Set(input.tickets.map((t) => t.label))], options.label, support);
    const labels = input.tickets.map((t) => normalize(t.label));
    const split = stratifiedSplit(labels, fraction, seed);
    if (split.test.length === 0) throw new UserError(`No label of ${input.source} has 2 tickets, so nothing can be held out for testing. Fix: label more tickets.`);
    const train = split.train.map((i) => input.tickets[i]!);
    const { model, warnings } = trainModel(train, split.train.map((i) => languages[i]!), options.label, support, `the training part of ${input.source}`);
    const predictor = createPredictor(model, 'holdout');
    const outcomes: Outcome[] = split.test.map((i) => {
      const t = input.tickets[i]!;
      return { actual: labels[i]!, predicted: predictor.predict(t.subject, t.description, languages[i]!).label, language: languages[i]! };
    });
    evaluation = scoreOutcomes(outcomes, majorityLabel(model.trained.by_label), { label_field: options.label, model: null, holdout: fraction, seed, n_train: train.length, warnings });
  }
  write(options.format === 'json' ? formatEvaluationJson(evaluation) : options.format === 'md' ? formatEvaluationMarkdown(evaluation) : formatEvaluationTable(evaluation));
  return 0;
}
