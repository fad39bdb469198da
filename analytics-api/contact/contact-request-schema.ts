/**
 * The body of `POST /api/contact`, validated at the edge: `email`, an
 * optional `name`, `subject`, `message`, and the `context` the page
 * collected (`article`, `search` — the last search —, `page`, `locale`,
 * `plan`, `session`). The subject and name are one line: CR or LF in them
 * is refused, so nothing can add a header to the email or ticket made from
 * them. `website` is the honeypot field a person never sees.
 */
import { z } from 'zod';
import { typedText } from '../events/event-schema.ts';

/** Longest message, in characters; the body limit leaves room for it and the rest. */
export const MAX_MESSAGE_LENGTH = 10_000;
/** Largest body `POST /api/contact` accepts, in bytes. */
export const MAX_CONTACT_BODY_BYTES = 64 * 1024;

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/** One line of typed text: no CR/LF (header injection), bounded, trimmed. */
function oneLine(max: number, what: string) {
  return z
    .string()
    .refine((text) => !LINE_BREAK.test(text), `must be one line: line breaks (CR/LF) are not allowed in ${what}`)
    .transform((text) => text.trim())
    .pipe(typedText(max));
}

const optionalText = (max: number, what: string) => oneLine(max, what).nullable().optional();

const contextSchema = z.strictObject({
  article: z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article slug (lowercase words joined by hyphens)').nullable().optional(),
  search: optionalText(200, 'the last search'),
  page: optionalText(500, 'the page address'),
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "de-DE"').nullable().optional(),
  plan: optionalText(60, 'the plan'),
  session: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be the analytics session id (letters, digits, "-" or "_")').nullable().optional(),
});

/** Names a script might use for the same context fields. */
const CONTEXT_ALIASES: Record<string, string> = { last_search: 'search', session_token: 'session' };

export const contactRequestSchema = z.strictObject({
  email: z
    .string('is missing (expected the customer\'s email address)')
    .trim()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('must be a valid email address, like name@example.com')),
  name: optionalText(100, 'a name'),
  subject: oneLine(200, 'the subject').pipe(z.string().min(1, 'must not be empty: say in a few words what you need help with')),
  message: z
    .string('is missing (expected the question, in words)')
    .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters`)
    .transform((text) => text.trim())
    .pipe(typedText(MAX_MESSAGE_LENGTH))
    .pipe(z.string().min(1, 'must not be empty: describe what you need help with')),
  context: z
    .preprocess((value) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) out[CONTEXT_ALIASES[key] ?? key] = v;
      return out;
    }, contextSchema)
    .optional(),
  /** The honeypot: hidden from people, filled in by form-filling bots. */
  website: z.string().max(500).optional(),
});

export type ContactRequestInput = z.infer<typeof contactRequestSchema>;
