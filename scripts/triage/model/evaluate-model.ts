/**
 * How well predicted labels agree with the agents' final labels
 * (PLAYBOOK §2.2a: target 85%+, reported with the majority-class baseline,
 * per language): accuracy, the baseline of always answering the most
 * common training label, precision and recall per label, the confusion
 * matrix, and the same accuracy and baseline per language.
 */

/** The playbook's auto-tagging target. */
export const accuracyTarget = 0.85;

/** One evaluated ticket. */
export interface Outcome {
  actual: string;
  /** The predicted label; '' when the model knew none of the ticket's words. */
  predicted: string;
  language: string;
}

/** The evaluation; this is its JSON form. */
export interface Evaluation {
  label_field: string;
  /** The model file evaluated, or null for a holdout trained on the spot. */
  model: string | null;
  holdout: number | null;
  seed: number | null;
  accuracy: number;
  baseline: number;
  baseline_label: string;
  target: number;
  meets_target: boolean;
  n_train: number;
  n_test: number;
  by_language: Record<string, { accuracy: number; baseline: number; n: number }>;
  per_label: Record<string, { precision: number; recall: number; n: number }>;
  confusion: Record<string, Record<string, number>>;
  warnings: string[];
}

const share = (hits: number, n: number) => (n === 0 ? 0 : hits / n);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Scores outcomes against the majority label of the training data. */
export function scoreOutcomes(
  outcomes: readonly Outcome[],
  majority: string,
  context: Pick<Evaluation, 'label_field' | 'model' | 'holdout' | 'seed' | 'n_train' | 'warnings'>,
): Evaluation {
  const labels = [...new Set([...outcomes.map((o) => o.actual), ...outcomes.map((o) => o.predicted).filter((p) => p !== '')])].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const actual of labels) confusion[actual] = Object.fromEntries(labels.map((p) => [p, 0]));
  for (const o of outcomes) {
    const row = confusion[o.actual]!;
    const key = o.predicted === '' ? '(none)' : o.predicted;
    row[key] = (row[key] ?? 0) + 1;
  }
  const per_label: Evaluation['per_label'] = {};
  for (const label of labels) {
    const n = outcomes.filter((o) => o.actual === label).length;
    const predicted = outcomes.filter((o) => o.predicted === label).length;
    const hits = outcomes.filter((o) => o.actual === label && o.predicted === label).length;
    per_label[label] = { precision: round(share(hits, predicted)), recall: round(share(hits, n)), n };
  }
  const by_language: Evaluation['by_language'] = {};
  for (const language of [...new Set(outcomes.map((o) => o.language))].sort()) {
    const part = outcomes.filter((o) => o.language === language);
    by_language[language] = {
      accuracy: round(share(part.filter((o) => o.actual === o.predicted).length, part.length)),
      baseline: round(share(part.filter((o) => o.actual === majority).length, part.length)),
      n: part.length,
    };
  }
  const accuracy = round(share(outcomes.filter((o) => o.actual === o.predicted).length, outcomes.length));
  return {
    label_field: context.label_field,
    model: context.model,
    holdout: context.holdout,
    seed: context.seed,
    accuracy,
    baseline: round(share(outcomes.filter((o) => o.actual === majority).length, outcomes.length)),
    baseline_label: majority,
    target: accuracyTarget,
    meets_target: accuracy >= accuracyTarget,
    n_train: context.n_train,
    n_test: outcomes.length,
    by_language,
    per_label,
    confusion,
    warnings: context.warnings,
  };
}

/** The most common label (ties: the first in sorted order). */
export function majorityLabel(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
