/**
 * The contact channel in `kb.config.yaml`: where the contact page hands
 * customers to without JavaScript (`form_url` or `email`), and where the
 * analytics service delivers the requests the page posts to
 * `POST /api/contact` (`deliver`). The target is fixed here, never by a
 * request; secrets (API tokens, passwords, the webhook secret) only ever
 * come from the environment, so nothing in git can leak them.
 */
import { z } from 'zod';

/** Delivery targets `contact.deliver.type` may name. */
export const contactTargets = ['zendesk', 'freshdesk', 'helpscout', 'webhook', 'smtp'] as const;
export type ContactTargetType = (typeof contactTargets)[number];

const tags = z.array(z.string().min(1).max(80).regex(/^[^\s,]+$/, 'must be one word (no spaces or commas)')).max(20).default(['help-center']);
const hostName = z.string().min(1).max(253).regex(/^[A-Za-z0-9.-]+$/, 'must be a host name such as smtp.example.com');

const zendeskTarget = z.strictObject({
  type: z.literal('zendesk'),
  /**
   * `tickets` (Tickets API with an agent's API token; honours the
   * idempotency key) or `requests` (Requests API as the end user, no token;
   * needs anonymous requests switched on in Zendesk).
   */
  api: z.enum(['tickets', 'requests'], 'must be "tickets" or "requests"').default('tickets'),
  /** The account's subdomain (`acme` for acme.zendesk.com); `KB_ZENDESK_SUBDOMAIN` overrides it. */
  subdomain: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be the subdomain only, e.g. "acme" for acme.zendesk.com').optional(),
  tags,
});

const freshdeskTarget = z.strictObject({
  type: z.literal('freshdesk'),
  /** The account's domain (`acme` for acme.freshdesk.com); `KB_FRESHDESK_DOMAIN` overrides it. */
  domain: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be the subdomain only, e.g. "acme" for acme.freshdesk.com').optional(),
  tags,
});

const helpscoutTarget = z.strictObject({
  type: z.literal('helpscout'),
  /** The inbox conversations are created in (Help Scout: Manage → Inboxes, the number in its URL). */
  mailbox_id: z.int('must be the numeric id of the Help Scout inbox').min(1),
  tags,
});

const webhookTarget = z.strictObject({
  type: z.literal('webhook'),
  /** Where the signed JSON is posted; `KB_CONTACT_WEBHOOK_URL` overrides it. The secret only comes from `KB_CONTACT_WEBHOOK_SECRET`. */
  url: z.url({ protocol: /^https?$/, message: 'use an http(s) URL such as https://hooks.example.com/kb-contact' }).optional(),
});

const smtpTarget = z.strictObject({
  type: z.literal('smtp'),
  host: hostName,
  port: z.int().min(1).max(65535).default(587),
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean().default(false),
  /** The mailbox the helpdesk reads. */
  to: z.email('must be an email address'),
  /** The sender; the customer's address is the Reply-To. */
  from: z.email('must be an email address'),
});

const deliverSchema = z.preprocess(
  // `deliver: webhook` is short for `deliver: { type: webhook }`.
  (value) => (typeof value === 'string' ? { type: value } : value),
  z.discriminatedUnion('type', [zendeskTarget, freshdeskTarget, helpscoutTarget, webhookTarget, smtpTarget], {
    error: `names no delivery target: set contact.deliver.type to one of ${contactTargets.join(', ')}`,
  }),
);

export const contactConfigShape = {
  contact: z
    .strictObject({
      /** A helpdesk web form; without JavaScript (or the service) the page sends customers there with `article`, `search`, `session` and `subject`. */
      form_url: z.url().optional(),
      /** Used when no form is set: a mailto link whose body carries the same fields. */
      email: z.email().optional(),
      /** Answer-time promise shown on the contact page before sending, and after it when triage gives no SLA. */
      response_time: z.string().max(80).default('within one business day'),
      /**
       * Where the page posts contact requests. Default: `analytics.endpoint`
       * with `/contact` for `/events` (so `/api/contact`), or false for no
       * posting (the page always hands off to `form_url` / `email`).
       */
      endpoint: z.union([z.literal(false), z.string().min(1).max(300)]).optional(),
      /** Where the service delivers contact requests. Without it, `KB_CONTACT_WEBHOOK_URL` alone turns on webhook delivery. */
      deliver: deliverSchema.optional(),
      /** Requests per client (IPv4 address, IPv6 /64) on `POST /api/contact`, as a token bucket; then 429 with Retry-After. */
      rate_limit: z
        .strictObject({
          requests_per_minute: z.int().min(1).max(10_000_000).default(10),
          burst: z.int().min(1).max(10_000_000).default(10),
        })
        .prefault({}),
      /** Retries: exponential backoff with jitter from `initial_delay_seconds` up to `max_delay_seconds`, dead-lettered after `max_attempts`. */
      delivery: z
        .strictObject({
          max_attempts: z.int().min(1).max(1000).default(50),
          initial_delay_seconds: z.number().min(0.01).max(3600).default(1),
          max_delay_seconds: z.number().min(0.01).max(86_400).default(60),
          /** How long one attempt may take before it counts as failed (and is retried). */
          timeout_seconds: z.number().min(0.1).max(300).default(10),
          /** Deliveries in flight at once. */
          concurrency: z.int().min(1).max(64).default(4),
        })
        .prefault({})
        .refine((d) => d.max_delay_seconds >= d.initial_delay_seconds, { message: 'max_delay_seconds must be at least initial_delay_seconds', path: ['max_delay_seconds'] }),
    })
    .prefault({})
    .refine((c) => c.form_url !== undefined || c.email !== undefined, {
      message: 'has no channel: set contact.form_url or contact.email so customers can reach support',
    }),
};

/** The validated `contact` section. */
export type ContactConfig = z.infer<(typeof contactConfigShape)['contact']>;
/** The validated `contact.deliver`. */
export type ContactTargetConfig = NonNullable<ContactConfig['deliver']>;
