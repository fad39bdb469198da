/**
 * The lint part of `kb.config.yaml`: the help-center architecture (categories,
 * article types and their section profiles) and the writing limits the rules
 * enforce. Defaults are PLAYBOOK.md §1.1-1.2.
 */
import { z } from 'zod';
import { ruleIds, ruleDefaults } from '../rules/rule-ids.ts';
import { formulaIds, readingFormulas } from '../lint/language/reading-formulas.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, like "billing-and-account"');

/** A glob relative to the folder holding kb.config.yaml, like "articles/api/**". */
const globSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((glob) => !glob.startsWith('/') && !glob.includes('..'), {
    message: 'must be relative to the folder of kb.config.yaml, like "articles/api/**"',
  });

export const severitySchema = z.enum(['error', 'warning', 'info', 'off']);
export type Severity = z.infer<typeof severitySchema>;

const categorySchema = z.strictObject({
  id,
  title: z.string().min(1).max(60),
  description: z.string().max(200).default(''),
});

/** A section of an article type: plain string = required, or `{ name, optional }`. */
const sectionSchema = z.union([
  z.string().min(1).max(60).transform((name) => ({ name, optional: false })),
  z.strictObject({ name: z.string().min(1).max(60), optional: z.boolean().default(false) }),
]);

const articleTypeSchema = z.strictObject({
  sections: z.array(sectionSchema).min(1),
});

const boundsSchema = (min: number, max: number) =>
  z
    .strictObject({ min: z.int().min(0), max: z.int().min(1) })
    .default({ min, max })
    .refine((b) => b.min <= b.max, { message: 'has min greater than max: make min at most max' });

const section = (name: string, optional = false) => ({ name, optional });

/** A language's reading-score formula and its limit: `max` for a grade, `min` for a reading ease. */
const readingLimitSchema = z
  .strictObject({
    formula: z.enum(formulaIds),
    max: z.number().min(-200).max(300).optional(),
    min: z.number().min(-200).max(300).optional(),
  })
  .superRefine((limit, ctx) => {
    const formula = readingFormulas[limit.formula];
    const want = formula.direction;
    const other = want === 'max' ? 'min' : 'max';
    if (limit[other] !== undefined) {
      ctx.addIssue({ code: 'custom', path: [other], message: `is set, but ${formula.name} is ${want === 'max' ? 'a grade (lower reads easier)' : 'a reading ease (higher reads easier)'}: write "${want}:" instead of "${other}:"` });
    } else if (limit[want] === undefined) {
      ctx.addIssue({ code: 'custom', path: [want], message: `is missing: ${formula.name} needs a "${want}:" limit` });
    }
  });

/** Limits equivalent to grade 8, per language (see the README for their sources). */
export const defaultReadingLimits = {
  de: { formula: 'wiener-sachtextformel', max: 8 },
  es: { formula: 'fernandez-huerta', min: 70 },
  fr: { formula: 'kandel-moles', min: 60 },
} as const;

export const defaultCategories = [
  { id: 'getting-started', title: 'Getting started', description: 'Set up your account and learn the basics.' },
  { id: 'how-to', title: 'How-to guides', description: 'Step-by-step guides for everyday tasks.' },
  { id: 'troubleshooting', title: 'Troubleshooting', description: 'Fix problems and error messages.' },
  { id: 'api', title: 'API and developers', description: 'Build on the API, webhooks and integrations.' },
  { id: 'billing-and-account', title: 'Billing and account', description: 'Plans, payments, invoices and your account.' },
  { id: 'faq', title: 'FAQ', description: 'Short answers to common questions.' },
];

export const defaultArticleTypes = {
  'how-to': {
    sections: [
      section('Quick answer'),
      section('Before you start', true),
      section('Steps'),
      section('Tips', true),
      section('Troubleshooting'),
      section('Related articles'),
      section('Still stuck?'),
    ],
  },
  troubleshooting: {
    sections: [
      section('Quick answer'),
      section('Symptoms', true),
      section('Steps'),
      section('Common variations'),
      section('Related articles'),
      section('Still stuck?'),
    ],
  },
  faq: {
    sections: [section('Quick answer'), section('Details', true), section('Related articles'), section('Still stuck?')],
  },
  reference: {
    sections: [
      section('Quick answer'),
      section('Before you start', true),
      section('Reference'),
      section('Examples', true),
      section('Related articles'),
      section('Still stuck?'),
    ],
  },
};

/** Verbs a title may start with, beyond the ones the English tagger already knows. */
export const defaultActionVerbs = [
  'add', 'allow', 'apply', 'approve', 'archive', 'assign', 'authenticate', 'back', 'block', 'book', 'build',
  'cancel', 'change', 'check', 'choose', 'clock', 'close', 'configure', 'connect', 'copy', 'create',
  'customize', 'delete', 'disable', 'download', 'downgrade', 'duplicate', 'edit', 'enable', 'export', 'filter',
  'find', 'fix', 'get', 'give', 'handle', 'hide', 'import', 'install', 'invite', 'join', 'keep', 'learn',
  'limit', 'link', 'list', 'log', 'make', 'manage', 'merge', 'move', 'page', 'pause', 'pay', 'plan', 'print',
  'publish', 'read', 'receive', 'recover', 'remove', 'rename', 'reopen', 'repeat', 'replace', 'report',
  'request', 'reset', 'restore', 'resume', 'review', 'rotate', 'run', 'schedule', 'see', 'send', 'set',
  'share', 'show', 'sign', 'start', 'stop', 'subscribe', 'swap', 'switch', 'sync', 'test', 'track',
  'transfer', 'troubleshoot', 'turn', 'understand', 'undo', 'unlock', 'update', 'upgrade', 'upload', 'use',
  'verify', 'view', 'work',
];

export const lintConfigShape = {
  categories: z
    .array(categorySchema)
    .min(1)
    .default(defaultCategories)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
      message: 'has two categories with the same id: give each category its own id',
    }),
  /** Plans or editions an article can apply to (`applies_to`, search filter). */
  plans: z.array(id).min(1).default(['free', 'pro', 'enterprise']),
  /** Known product areas; empty means any kebab-case id is accepted. */
  product_areas: z.array(id).default([]),
  article_types: z.record(id, articleTypeSchema).default(defaultArticleTypes),
  default_type: id.default('how-to'),
  limits: z
    .strictObject({
      reading_grade: z.number().min(1).max(20).default(8),
      /** Per language (ISO 639-1): the reading formula and its limit; English uses Flesch-Kincaid with reading_grade unless set here. */
      reading: z
        .record(z.string().regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code such as "de"'), readingLimitSchema)
        .default({})
        .transform((given) => ({ ...defaultReadingLimits, ...given }) as Record<string, z.infer<typeof readingLimitSchema>>),
      max_steps: z.int().min(1).max(50).default(7),
      related_articles: boundsSchema(3, 5),
      quick_answer_sentences: boundsSchema(1, 3),
      hardest_sentences: z.int().min(0).max(20).default(3),
    })
    .prefault({}),
  title: z
    .strictObject({
      action_verbs: z.array(z.string().min(1).max(40)).default(defaultActionVerbs),
    })
    .prefault({}),
  jargon: z
    .array(z.strictObject({ term: z.string().min(1).max(60), use: z.string().min(1).max(120) }))
    .default([]),
  readability: z
    .strictObject({
      product_names: z.array(z.string().min(1).max(60)).default([]),
      ui_words: z.array(z.string().min(1).max(60)).default([]),
    })
    .prefault({}),
  /** Accepted terms (right as written, never flagged) and rejected ones (never to use); `jargon` carries replacements. */
  vocabulary: z
    .strictObject({
      accept: z.array(z.string().trim().min(1).max(60)).max(5000).default([]),
      reject: z.array(z.string().trim().min(1).max(60)).max(5000).default([]),
    })
    .prefault({}),
  rules: z
    .partialRecord(z.enum(ruleIds), severitySchema)
    .default({})
    .transform((overrides) => ({ ...ruleDefaults, ...overrides })),
  /** Lint settings beyond rule severities: per-folder overrides, later entries winning. */
  lint: z
    .strictObject({
      /** Where the README is published, for the rule links in SARIF output (`<url>#<rule-id>`). */
      docs_url: z.url({ protocol: /^https?$/ }).optional(),
      overrides: z
        .array(
          z.strictObject({
            files: z.union([globSchema, z.array(globSchema).min(1)]),
            rules: z.partialRecord(z.enum(ruleIds), severitySchema),
          }),
        )
        .default([]),
    })
    .prefault({}),
};
