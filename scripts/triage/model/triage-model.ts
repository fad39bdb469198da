/**
 * The triage model file (`kb triage train --out MODEL`, named by
 * `support.triage_model`): plain JSON holding the label field, the labels,
 * the feature settings, a fingerprint of both, the counts of a naive Bayes
 * classifier (wink-naive-bayes-text-classifier) and a checksum of those
 * counts. The same tickets give the same file, byte for byte. A model made
 * with other feature settings than the configuration's (other languages or
 * stop words), one whose labels are no longer categories of the config, or
 * one whose content does not match its checksum is refused with the fix.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import naiveBayes from 'wink-naive-bayes-text-classifier';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { SupportSettings } from '../../../plugins/config/support-config.ts';
import { UserError } from '../../cli/user-error.ts';
import type { Prediction, TicketPredictor } from '../ticket-predictor.ts';
import { createFeatureExtractor, featureSettings, type FeatureSettings } from './ticket-features.ts';

/** Naive Bayes settings: Laplace smoothing over presence (each word once per ticket), which suits short texts. */
export const classifierConfig = { considerOnlyPresence: true, smoothingFactor: 1 } as const;

const modelSchema = z.strictObject({
  format: z.literal('kb-triage-model'),
  version: z.literal(1),
  field: z.string().min(1),
  target: z.enum(['category', 'priority', 'label']),
  labels: z.array(z.string().min(1)).min(2),
  features: z.strictObject({
    version: z.literal(1),
    subject_weight: z.int().min(1),
    bigrams: z.boolean(),
    max_words: z.int().min(1),
    languages: z.array(z.string()).min(1),
    stop_words: z.record(z.string(), z.array(z.string())),
  }),
  fingerprint: z.string(),
  trained: z.strictObject({
    examples: z.int().min(1),
    by_label: z.record(z.string(), z.int()),
    by_language: z.record(z.string(), z.int()),
  }),
  classifier: z.strictObject({ library: z.literal('wink-naive-bayes-text-classifier'), learnings: z.array(z.unknown()).length(5) }),
  checksum: z.string(),
});

/** The JSON form of a model. */
export type TriageModelFile = z.infer<typeof modelSchema>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Fingerprint of what a model means: its field, target, label set and feature settings. */
export function modelFingerprint(model: Pick<TriageModelFile, 'field' | 'target' | 'labels' | 'features'>): string {
  return sha256(JSON.stringify({ field: model.field, target: model.target, labels: [...model.labels].sort(), features: model.features })).slice(0, 16);
}

/** Checksum of what training produced: the counts and the training summary. */
export function learningsChecksum(model: Pick<TriageModelFile, 'trained' | 'classifier'>): string {
  return sha256(JSON.stringify({ trained: model.trained, learnings: model.classifier.learnings }));
}

const describeFeatures = (f: FeatureSettings) =>
  `languages ${f.languages.join(', ')}${Object.keys(f.stop_words).length > 0 ? `, extra stop words for ${Object.keys(f.stop_words).join(', ')}` : ''}`;

/** Parses and checks a model's JSON against the configuration; throws a UserError saying what is wrong and how to fix it. */
export function parseModel(text: string, where: string, support: SupportSettings): TriageModelFile {
  const retrain = `Fix: train it again with "kb triage train --input FILE --label FIELD --out ${where}"`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where} is not a triage model: it is not valid JSON (${(error as Error).message}). ${retrain}, or point support.triage_model at the right file.`);
  }
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`${where} is not a triage model this version reads ("${issue.path.join('.') || 'the file'}": ${issue.message}). ${retrain}.`);
  }
  const model = parsed.data;
  if (learningsChecksum(model) !== model.checksum || modelFingerprint(model) !== model.fingerprint) {
    throw new UserError(`${where} is corrupted: its content does not match its checksum or fingerprint. ${retrain}.`);
  }
  const expected = featureSettings(support);
  if (!isDeepStrictEqual(model.features, expected)) {
    throw new UserError(
      `${where} was trained with other feature settings (${describeFeatures(model.features)}) than this configuration (${describeFeatures(expected)}), so its words would not match. ${retrain} with this configuration.`,
    );
  }
  if (model.target === 'category') {
    const categories = Object.keys(support.ticket_categories.keywords);
    const unknown = model.labels.filter((l) => !categories.includes(l));
    if (unknown.length > 0) {
      throw new UserError(`${where} predicts categories this configuration does not have (${unknown.join(', ')}). ${retrain}, or add them to support.ticket_categories.keywords.`);
    }
  }
  return model;
}

/** A model ready to predict, with the words behind each prediction. */
export function createPredictor(model: TriageModelFile, source: string): TicketPredictor {
  const classifier = naiveBayes();
  classifier.importJSON(JSON.stringify(model.classifier.learnings));
  classifier.consolidate();
  const [config, , count, words, vocabulary] = model.classifier.learnings as [
    { smoothingFactor: number },
    Record<string, number>,
    Record<string, Record<string, number>>,
    Record<string, number>,
    string[],
  ];
  const extract = createFeatureExtractor(model.features);
  const sf = config.smoothingFactor;
  const v = vocabulary.length;
  const labels = Object.keys(words);
  const totalWords = labels.reduce((sum, l) => sum + (words[l] ?? 0), 0);
  /** How much a feature points to `label` rather than the others (log2 ratio of smoothed likelihoods). */
  const weight = (feature: string, label: string): number => {
    const inLabel = count[label]?.[feature] ?? 0;
    let elsewhere = 0;
    for (const l of labels) if (l !== label) elsewhere += count[l]?.[feature] ?? 0;
    const wl = words[label] ?? 0;
    return Math.log2((inLabel + sf) / (wl + v * sf)) - Math.log2((elsewhere + sf) / (totalWords - wl + v * sf));
  };
  return {
    field: model.field,
    target: model.target,
    source,
    predict(subject, description, language): Prediction {
      const surfaces = new Map<string, string>();
      const features = extract(subject, description, language, surfaces);
      const odds = classifier.computeOdds(features);
      const [label, top] = odds[0]!;
      if (label === 'unknown' && top === 0) return { label: '', confidence: 0, words: [] };
      // One-vs-rest log2 odds to probabilities, normalised over the labels.
      const p = odds.map(([, o]) => 1 / (1 + 2 ** -Math.max(-60, Math.min(60, o))));
      const sum = p.reduce((a, b) => a + b, 0);
      const distinct = [...new Set(features)];
      const decisive = distinct
        .map((f) => ({ f, w: weight(f, label) }))
        .filter((x) => x.w > 0)
        .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
        .slice(0, 3)
        .map((x) => surfaces.get(x.f) ?? x.f);
      return { label, confidence: sum > 0 ? p[0]! / sum : 0, words: decisive };
    },
  };
}

/** Loads `support.triage_model` (or the given path), checked against the configuration. */
export function loadTriageModel(file: string, support: SupportSettings): TicketPredictor {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`No triage model at ${shown} (support.triage_model). Fix: train one with "kb triage train --input FILE --label FIELD --out ${shown}", or set support.triage_model to null.`);
  }
  return createPredictor(parseModel(text, shown, support), shown);
}
