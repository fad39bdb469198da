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

/**
 * A model ready to predict, with the words behind each prediction. The
 * score of a label is wink's one-vs-rest log odds: for every known word of
 * the ticket, log2 P(word | label) − log2 P(word | other labels), smoothed,
 * plus the label's prior odds. wink recomputes those logarithms for every
 * word and label on each call (labels² × words of them); here each word's
 * weights are computed once when the model loads, from the same counts and
 * the same formula (a test holds the scores equal to wink's computeOdds),
 * so triage of 100,000 tickets stays within seconds.
 */
export function createPredictor(model: TriageModelFile, source: string): TicketPredictor {
  const [config, samples, count, words, vocabulary] = model.classifier.learnings as [
    { smoothingFactor: number },
    Record<string, number>,
    Record<string, Record<string, number>>,
    Record<string, number>,
    string[],
  ];
  const extract = createFeatureExtractor(model.features);
  const sf = config.smoothingFactor;
  const v = vocabulary.length;
  // wink's label order (the order labels were first seen) decides ties, as in its computeOdds.
  const labels = Object.keys(samples);
  const n = labels.length;
  const totalSamples = labels.reduce((sum, l) => sum + (samples[l] ?? 0), 0);
  const totalWords = labels.reduce((sum, l) => sum + (words[l] ?? 0), 0);
  const prior = labels.map((l) => Math.log2(samples[l] ?? 0) - Math.log2(totalSamples) - (Math.log2(totalSamples - (samples[l] ?? 0)) - Math.log2(totalSamples)));
  const weights = new Map<string, Float64Array>();
  for (const feature of vocabulary) {
    const w = new Float64Array(n);
    let all = 0;
    for (const l of labels) all += count[l]?.[feature] ?? 0;
    labels.forEach((l, i) => {
      const inLabel = count[l]?.[feature] ?? 0;
      const wl = words[l] ?? 0;
      w[i] = Math.log2((inLabel + sf) / (wl + v * sf)) - Math.log2((all - inLabel + sf) / (totalWords - wl + v * sf));
    });
    weights.set(feature, w);
  }
  return {
    field: model.field,
    target: model.target,
    source,
    predict(subject, description, language): Prediction {
      const surfaces = new Map<string, string>();
      const features = extract(subject, description, language, surfaces);
      const odds = new Float64Array(n);
      let known = 0;
      for (const f of features) {
        const w = weights.get(f);
        if (w === undefined) continue;
        known++;
        for (let i = 0; i < n; i++) odds[i] = odds[i]! + w[i]!;
      }
      if (known === 0) return { label: '', confidence: 0, words: [] };
      let best = 0;
      for (let i = 0; i < n; i++) {
        odds[i] = odds[i]! + prior[i]!;
        if (odds[i]! > odds[best]!) best = i;
      }
      // One-vs-rest log2 odds to probabilities, normalised over the labels.
      let sum = 0;
      for (let i = 0; i < n; i++) sum += 1 / (1 + 2 ** -Math.max(-60, Math.min(60, odds[i]!)));
      const top = 1 / (1 + 2 ** -Math.max(-60, Math.min(60, odds[best]!)));
      // The three features that point most to the label (ties: alphabetical), kept in one pass.
      const decisive: Array<{ f: string; w: number }> = [];
      for (const f of features) {
        const w = weights.get(f)?.[best];
        if (w === undefined || w <= 0 || decisive.some((d) => d.f === f)) continue;
        const last = decisive[decisive.length - 1];
        if (decisive.length === 3 && last && (w < last.w || (w === last.w && f > last.f))) continue;
        decisive.push({ f, w });
        decisive.sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1));
        if (decisive.length > 3) decisive.pop();
      }
      return { label: labels[best]!, confidence: sum > 0 ? top / sum : 0, words: decisive.map((x) => surfaces.get(x.f) ?? x.f) };
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
