/**
 * Learning from the team's labels: training is deterministic and refuses
 * too little data, the stratified holdout is reproducible, the model beats
 * the majority baseline by far on English and German tickets, a model from
 * another config or a corrupted one is refused with the fix, and triage
 * uses a model below the playbook rules, naming the words that decided.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import naiveBayes from 'wink-naive-bayes-text-classifier';
import { createFeatureExtractor } from '../../../../scripts/triage/model/ticket-features.ts';
import { UserError } from '../../../../scripts/cli/user-error.ts';
import { majorityLabel, scoreOutcomes } from '../../../../scripts/triage/model/evaluate-model.ts';
import { stratifiedSplit } from '../../../../scripts/triage/model/holdout-split.ts';
import { readLabelledFile, type LabelledInput } from '../../../../scripts/triage/model/read-labelled-tickets.ts';
import { detectLanguages, trainModel } from '../../../../scripts/triage/model/train-model.ts';
import { createPredictor, parseModel, type TriageModelFile } from '../../../../scripts/triage/model/triage-model.ts';
import { triageTickets } from '../../../../scripts/triage/triage-tickets.ts';
import { supportConfig, ticket } from '../support-fixtures.ts';

const support = supportConfig();
const TYPED = 'test/fixtures/triage/typed-tickets-en-de.jsonl';
let typed: LabelledInput;
let languages: string[];

beforeAll(async () => {
  typed = await readLabelledFile(TYPED, 'type');
  languages = detectLanguages(typed.tickets, support);
});

/** Trains on a holdout split and scores the held-out part. */
function holdout(input: LabelledInput, langs: readonly string[], seed: number) {
  const split = stratifiedSplit(input.tickets.map((t) => t.label), 0.3, seed);
  const { model } = trainModel(split.train.map((i) => input.tickets[i]!), split.train.map((i) => langs[i]!), 'type', support, 'fixture');
  const predictor = createPredictor(model, 'test');
  const outcomes = split.test.map((i) => {
    const t = input.tickets[i]!;
    return { actual: t.label, predicted: predictor.predict(t.subject, t.description, langs[i]!).label, language: langs[i]! };
  });
  return scoreOutcomes(outcomes, majorityLabel(model.trained.by_label), { label_field: 'type', model: null, holdout: 0.3, seed, n_train: split.train.length, warnings: [] });
}

describe('the labelled fixture', () => {
  it('reads canonical JSON tickets that carry an extra label field', () => {
    expect(typed.tickets).toHaveLength(273);
    expect(new Set(typed.tickets.map((t) => t.label))).toEqual(new Set(['Incident', 'Request', 'Problem', 'Change']));
  });

  it('detects the language of every ticket (short ones included)', async () => {
    const raw = await readLabelledFile(TYPED, 'language');
    const right = raw.tickets.filter((t, i) => t.label === languages[i]).length;
    expect(right / raw.tickets.length).toBeGreaterThanOrEqual(0.98);
  });
});

describe('holdout evaluation of a 4-class ticket type (English and German)', () => {
  it('beats the majority baseline by far, in both languages, on every seed', () => {
    const accuracies: number[] = [];
    for (const seed of [1, 2, 3, 4]) {
      const e = holdout(typed, languages, seed);
      expect(e.baseline).toBeLessThan(0.4);
      expect(e.accuracy).toBeGreaterThan(e.baseline + 0.25);
      expect(e.by_language.en!.accuracy).toBeGreaterThan(e.by_language.en!.baseline + 0.2);
      expect(e.by_language.de!.accuracy).toBeGreaterThan(e.by_language.de!.baseline + 0.2);
      accuracies.push(e.accuracy);
    }
    expect(accuracies.reduce((a, b) => a + b, 0) / accuracies.length).toBeGreaterThanOrEqual(0.7);
  });

  it('splits stratified and reproducibly', () => {
    const labels = typed.tickets.map((t) => t.label);
    const a = stratifiedSplit(labels, 0.3, 7);
    expect(stratifiedSplit(labels, 0.3, 7)).toEqual(a);
    expect(stratifiedSplit(labels, 0.3, 8)).not.toEqual(a);
    for (const label of new Set(labels)) {
      const all = labels.filter((l) => l === label).length;
      const tested = a.test.filter((i) => labels[i] === label).length;
      expect(Math.abs(tested - all * 0.3)).toBeLessThanOrEqual(1);
    }
    expect(new Set([...a.train, ...a.test]).size).toBe(labels.length);
  });

  it('keeps a label with a single ticket in training, and reports figures per label', () => {
    const labels = ['a', 'a', 'a', 'b', 'b', 'c'];
    const split = stratifiedSplit(labels, 0.3, 1);
    expect(split.test.some((i) => labels[i] === 'c')).toBe(false);
    const e = scoreOutcomes(
      [
        { actual: 'a', predicted: 'a', language: 'en' },
        { actual: 'a', predicted: 'b', language: 'de' },
        { actual: 'b', predicted: 'b', language: 'en' },
      ],
      'a',
      { label_field: 'x', model: null, holdout: 0.3, seed: 1, n_train: 3, warnings: [] },
    );
    expect(e).toMatchObject({ accuracy: 0.6667, baseline: 0.6667, n_test: 3, meets_target: false });
    expect(e.per_label).toEqual({ a: { precision: 1, recall: 0.5, n: 2 }, b: { precision: 0.5, recall: 1, n: 1 } });
    expect(e.confusion).toEqual({ a: { a: 1, b: 1 }, b: { a: 0, b: 1 } });
    expect(e.by_language).toEqual({ de: { accuracy: 0, baseline: 1, n: 1 }, en: { accuracy: 1, baseline: 0.5, n: 2 } });
  });
});

describe('Bitext intents (English, CDLA-Sharing)', () => {
  it('learns the 11 categories of the requests', async () => {
    const bitext = await readLabelledFile('test/fixtures/bitext/customer-support-intents.csv', 'category');
    const langs = detectLanguages(bitext.tickets, support);
    const e = holdout(bitext, langs, 1);
    expect(Object.keys(e.per_label)).toHaveLength(11);
    expect(e.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(e.baseline).toBeLessThan(0.25);
  });
});

describe('training', () => {
  it('gives the same file for the same tickets, with a fingerprint of labels and features', () => {
    const a = JSON.stringify(trainModel(typed.tickets, languages, 'type', support, 'fixture').model);
    const b = JSON.stringify(trainModel(typed.tickets, languages, 'type', support, 'fixture').model);
    expect(a).toBe(b);
    const model = JSON.parse(a) as TriageModelFile;
    expect(model).toMatchObject({ format: 'kb-triage-model', field: 'type', target: 'label', labels: ['Change', 'Incident', 'Problem', 'Request'] });
    expect(model.features.languages).toEqual(['en', 'de']);
    expect(model.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(model.trained.by_language).toEqual({ de: 157, en: 116 });
  });

  it('predicts what wink-naive-bayes-text-classifier predicts from the same counts', () => {
    const split = stratifiedSplit(typed.tickets.map((t) => t.label), 0.3, 2);
    const { model } = trainModel(split.train.map((i) => typed.tickets[i]!), split.train.map((i) => languages[i]!), 'type', support, 'fixture');
    const wink = naiveBayes();
    wink.importJSON(JSON.stringify(model.classifier.learnings));
    wink.consolidate();
    const extract = createFeatureExtractor(model.features);
    const predictor = createPredictor(model, 'test');
    for (const i of split.test) {
      const t = typed.tickets[i]!;
      expect(predictor.predict(t.subject, t.description, languages[i]!).label).toBe(wink.predict(extract(t.subject, t.description, languages[i]!)));
    }
  });

  it('refuses fewer than 20 tickets and a single label, with the reason', () => {
    const few = typed.tickets.slice(0, 19);
    expect(() => trainModel(few, languages, 'type', support, 'few.json')).toThrow(/few\.json has 19 labelled tickets with a "type": training needs at least 20/);
    const one = typed.tickets.slice(0, 30).map((t) => ({ ...t, label: 'Incident' }));
    expect(() => trainModel(one, languages, 'type', support, 'one.json')).toThrow(/has the type "Incident": a model needs at least 2 labels/);
  });

  it('warns about a label with a single example and still trains', () => {
    const tickets = typed.tickets.slice(0, 40).map((t, i) => ({ ...t, label: i === 0 ? 'Rare' : t.label }));
    const { model, warnings } = trainModel(tickets, languages, 'type', support, 'fixture');
    expect(model.labels).toContain('Rare');
    expect(warnings).toEqual([expect.stringMatching(/^Label "Rare" has only one example/)]);
  });

  it('makes a category model from category labels and a priority model from priorities', () => {
    const topics = typed.tickets.map((t, i) => ({ ...t, label: ['Billing', 'bug', 'how_to'][i % 3]! }));
    expect(trainModel(topics, languages, 'topic', support, 'x').model).toMatchObject({ target: 'category', labels: ['billing', 'bug', 'how-to'] });
    const priorities = typed.tickets.map((t, i) => ({ ...t, label: ['urgent', 'high', 'low'][i % 3]! }));
    expect(trainModel(priorities, languages, 'priority', support, 'x').model).toMatchObject({ target: 'priority', labels: ['P0', 'P1', 'P3'] });
  });
});

describe('model checks', () => {
  let text: string;
  beforeAll(() => {
    text = JSON.stringify(trainModel(typed.tickets, languages, 'type', support, 'fixture').model);
  });

  it('accepts its own model', () => {
    expect(parseModel(text, 'm.json', support).labels).toHaveLength(4);
  });

  it.each([
    ['truncated JSON', () => text.slice(0, 200), /m\.json is not a triage model: it is not valid JSON .*Fix: train it again with "kb triage train/],
    ['another file', () => '{"hello": 1}', /m\.json is not a triage model this version reads/],
    ['edited counts', () => text.replace(/"Incident":(\d+)/, (_m, n: string) => `"Incident":${Number(n) + 5}`), /m\.json is corrupted: its content does not match its checksum/],
  ])('refuses %s with the fix', (_case, make, message) => {
    expect(() => parseModel(make(), 'm.json', support)).toThrow(UserError);
    expect(() => parseModel(make(), 'm.json', support)).toThrow(message);
  });

  it('refuses a model from a config with other languages or stop words', () => {
    const germanOnly = supportConfig('languages:\n  de: {}\ndefault_language: de');
    expect(() => parseModel(text, 'm.json', germanOnly)).toThrow(/m\.json was trained with other feature settings \(languages en, de\) than this configuration \(languages de\).*train it again/);
    const moreStops = supportConfig('languages:\n  en: { stop_words: [rosterly] }\n  de: {}');
    expect(() => parseModel(text, 'm.json', moreStops)).toThrow(/extra stop words for en/);
  });

  it('refuses a category model whose categories the config lacks', () => {
    const keys = ['security', 'billing', 'bug', 'churn-risk', 'feature-request', 'performance', 'integration', 'how-to', 'account', 'onboarding', 'payroll'];
    const payroll = supportConfig(`ticket_categories:\n  keywords: { ${keys.map((k) => `${k}: []`).join(', ')} }`);
    const topics = typed.tickets.map((t, i) => ({ ...t, label: ['billing', 'payroll'][i % 2]! }));
    const model = JSON.stringify(trainModel(topics, languages, 'topic', payroll, 'x').model);
    expect(parseModel(model, 'm.json', payroll).target).toBe('category');
    expect(() => parseModel(model, 'm.json', support)).toThrow(/m\.json predicts categories this configuration does not have \(payroll\)/);
  });
});

describe('triage with a model', () => {
  const NOW = Date.parse('2026-11-16T10:05:00Z');

  it('shows the predicted label with the words that decided it, and routes on it', () => {
    const model = createPredictor(trainModel(typed.tickets, languages, 'type', support, 'fixture').model, 'type-model.json');
    const routed = supportConfig('routing:\n  rules:\n    - { name: changes, when: { predicted: Change }, route: change-desk }');
    const [r] = triageTickets([ticket({ subject: 'Rechnungsadresse ändern', description: 'Bitte ändern Sie unsere Rechnungsadresse auf die neue Anschrift.' })], routed, { now: NOW, model });
    expect(r!.predicted).toMatchObject({ field: 'type', label: 'Change' });
    expect(r!.predicted!.words.length).toBeGreaterThan(0);
    expect(r!.route).toBe('change-desk');
    expect(r!.reasons.route).toBe('rule "changes": model predicts "Change"');
    expect(Object.keys(r!).slice(-2)).toEqual(['predicted', 'reasons']);
  });

  it('is category evidence below the security rule and the helpdesk field', () => {
    // Money words make a ticket "billing", everything else "bug": a simple team vocabulary to learn.
    const money = /rechnung|invoice|billing|zahlung|payment|abbuch|charge|lastschrift|card|karte/i;
    const topics = typed.tickets.map((t) => ({ ...t, label: money.test(`${t.subject} ${t.description}`) ? 'billing' : 'bug' }));
    const model = createPredictor(trainModel(topics, languages, 'topic', support, 'x').model, 'topic-model.json');
    const [plain, hacked, field] = triageTickets(
      [
        ticket({ subject: 'Zahlung', description: 'Die Zahlung vom Mai fehlt auf der Übersicht.' }),
        ticket({ subject: 'Zahlung', description: 'Mein Konto wurde gehackt und jemand hat eine Zahlung gemacht.' }),
        ticket({ subject: 'Zahlung', description: 'Die Zahlung vom Mai fehlt auf der Übersicht.', category: 'account' }),
      ],
      support,
      { now: NOW, model },
    );
    expect(plain!.category).toBe('billing');
    expect(plain!.reasons.category).toMatch(/^trained model, words "/);
    expect(hacked!).toMatchObject({ category: 'security', priority: 'P0', route: 'security-team' });
    expect(field!.category).toBe('account');
  });
});
