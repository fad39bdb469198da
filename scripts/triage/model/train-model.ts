/**
 * Trains a triage model from labelled tickets: each ticket's language is
 * detected, its features are read in that language, and a naive Bayes
 * classifier (wink-naive-bayes-text-classifier) counts them per label.
 * Labels that are all categories of the configuration ("Billing",
 * "feature_request") make a category model, labels that are all priorities
 * ("P1", "urgent", "low") a priority model; any other label set (queue,
 * group, type) is kept as written.
 */
import naiveBayes from 'wink-naive-bayes-text-classifier';
import type { SupportSettings } from '../../../plugins/config/support-config.ts';
import { UserError } from '../../cli/user-error.ts';
import { toCategoryId } from '../classify-category.ts';
import { compileSupportRules } from '../compile-support-rules.ts';
import { labelPriority } from '../triage-tickets.ts';
import type { LabelledTicket } from './read-labelled-tickets.ts';
import { createFeatureExtractor, featureSettings } from './ticket-features.ts';
import { classifierConfig, learningsChecksum, modelFingerprint, type TriageModelFile } from './triage-model.ts';

/** The fewest labelled tickets a model is trained on. */
export const minExamples = 20;

/** A trained model and what the trainer noticed. */
export interface TrainResult {
  model: TriageModelFile;
  warnings: string[];
}

/** What the labels mean to triage, and each label in that form. */
export function labelTarget(labels: readonly string[], field: string, support: SupportSettings): { target: TriageModelFile['target']; normalize: (label: string) => string } {
  const categories = new Set(Object.keys(support.ticket_categories.keywords));
  if (labels.every((l) => categories.has(toCategoryId(l)))) return { target: 'category', normalize: toCategoryId };
  if (labels.every((l) => labelPriority(l) !== null) && (field.toLowerCase() === 'priority' || labels.every((l) => /^p[0-3]$/i.test(l)))) {
    return { target: 'priority', normalize: (l) => labelPriority(l)! };
  }
  return { target: 'label', normalize: (l) => l };
}

/** Detects each ticket's language once (training and evaluation both need it). */
export function detectLanguages(tickets: readonly LabelledTicket[], support: SupportSettings): string[] {
  const { detector } = compileSupportRules(support);
  return tickets.map((t) => detector.detect(`${t.subject}\n${t.description}`).language);
}

/** Trains on the tickets; `languages[i]` is ticket i's language. Throws a UserError for too little or one-label data. */
export function trainModel(tickets: readonly LabelledTicket[], languages: readonly string[], field: string, support: SupportSettings, where: string): TrainResult {
  if (tickets.length < minExamples) {
    throw new UserError(`${where} has ${tickets.length} labelled ticket${tickets.length === 1 ? '' : 's'} with a "${field}": training needs at least ${minExamples}. Fix: export more tickets the agents labelled.`);
  }
  const { target, normalize } = labelTarget([...new Set(tickets.map((t) => t.label))], field, support);
  const labelled = tickets.map((t) => normalize(t.label));
  const byLabel = new Map<string, number>();
  for (const label of labelled) byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  if (byLabel.size < 2) {
    throw new UserError(`Every ticket in ${where} has the ${field} "${labelled[0]}": a model needs at least 2 labels to tell apart. Fix: pick a field with several values, or include tickets with other labels.`);
  }
  const warnings: string[] = [];
  const single = [...byLabel].filter(([, n]) => n === 1).map(([l]) => l);
  if (single.length > 0) {
    warnings.push(`${single.length === 1 ? 'Label' : 'Labels'} ${single.map((l) => `"${l}"`).join(', ')} ${single.length === 1 ? 'has' : 'have'} only one example: the model will seldom predict ${single.length === 1 ? 'it' : 'them'}. Label more tickets to teach ${single.length === 1 ? 'it' : 'them'}.`);
  }
  const features = featureSettings(support);
  const extract = createFeatureExtractor(features);
  const nb = naiveBayes();
  nb.defineConfig({ ...classifierConfig });
  const byLanguage = new Map<string, number>();
  tickets.forEach((t, i) => {
    const language = languages[i]!;
    byLanguage.set(language, (byLanguage.get(language) ?? 0) + 1);
    nb.learn(extract(t.subject, t.description, language), labelled[i]!);
  });
  try {
    nb.consolidate();
  } catch {
    throw new UserError(`The tickets in ${where} have too few distinct words to learn from. Fix: include the ticket descriptions, not only one-word subjects.`);
  }
  const learnings = JSON.parse(nb.exportJSON()) as unknown[];
  const labels = [...byLabel.keys()].sort();
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  const base = { field, target, labels, features };
  const trained = { examples: tickets.length, by_label: sorted(byLabel), by_language: sorted(byLanguage) };
  const classifier = { library: 'wink-naive-bayes-text-classifier' as const, learnings };
  return {
    model: {
      format: 'kb-triage-model',
      version: 1,
      ...base,
      fingerprint: modelFingerprint(base),
      trained,
      classifier,
      checksum: learningsChecksum({ trained, classifier }),
    },
    warnings,
  };
}
