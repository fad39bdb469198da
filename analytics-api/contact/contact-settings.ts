/**
 * Where contact requests go and how hard the service tries, resolved once
 * at start from `contact` in `kb.config.yaml` and the environment. Secrets
 * come only from the environment; a target whose credentials are missing
 * stops the start with the variable to set.
 *
 * Without `contact.deliver`, `KB_CONTACT_WEBHOOK_URL` alone turns on
 * webhook delivery (with `KB_CONTACT_WEBHOOK_SECRET`), so a server can be
 * pointed at a receiver without editing the config in git. Vendor base URLs
 * (`KB_ZENDESK_URL`, `KB_FRESHDESK_URL`, `KB_HELPSCOUT_URL`) replace the
 * vendor's own address, for a proxy or a test server.
 */
import type { ContactConfig } from '../../plugins/config/contact-config.ts';
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import { SettingsError } from '../service-settings.ts';

/** The environment variables contact delivery reads. */
export interface ContactEnv {
  KB_CONTACT_WEBHOOK_URL?: string | undefined;
  KB_CONTACT_WEBHOOK_SECRET?: string | undefined;
  KB_ZENDESK_SUBDOMAIN?: string | undefined;
  KB_ZENDESK_EMAIL?: string | undefined;
  KB_ZENDESK_TOKEN?: string | undefined;
  KB_ZENDESK_URL?: string | undefined;
  KB_FRESHDESK_DOMAIN?: string | undefined;
  KB_FRESHDESK_API_KEY?: string | undefined;
  KB_FRESHDESK_URL?: string | undefined;
  KB_HELPSCOUT_APP_ID?: string | undefined;
  KB_HELPSCOUT_APP_SECRET?: string | undefined;
  KB_HELPSCOUT_URL?: string | undefined;
  KB_SMTP_USER?: string | undefined;
  KB_SMTP_PASSWORD?: string | undefined;
}

/** A delivery target with everything needed to reach it. */
export type ResolvedTarget =
  | { type: 'webhook'; url: string; secret: string }
  | { type: 'zendesk'; api: 'tickets' | 'requests'; baseUrl: string; email?: string | undefined; token?: string | undefined; tags: string[] }
  | { type: 'freshdesk'; baseUrl: string; apiKey: string; tags: string[] }
  | { type: 'helpscout'; baseUrl: string; appId: string; appSecret: string; mailboxId: number; tags: string[] }
  | { type: 'smtp'; host: string; port: number; secure: boolean; from: string; to: string; user?: string | undefined; password?: string | undefined };

/** What the contact endpoint and its delivery worker need. */
export interface ContactSettings {
  /** Undefined: no delivery configured, `POST /api/contact` answers 503 and the page hands off instead. */
  target: ResolvedTarget | undefined;
  rateLimit: { requestsPerMinute: number; burst: number };
  delivery: { maxAttempts: number; initialDelayMs: number; maxDelayMs: number; timeoutMs: number; concurrency: number };
  /** The support rules requests are triaged with. */
  support: SupportSettings;
}

export function resolveContactSettings(contact: ContactConfig, support: SupportSettings, env: ContactEnv): ContactSettings {
  return {
    target: resolveTarget(contact, env),
    rateLimit: { requestsPerMinute: contact.rate_limit.requests_per_minute, burst: contact.rate_limit.burst },
    delivery: {
      maxAttempts: contact.delivery.max_attempts,
      initialDelayMs: contact.delivery.initial_delay_seconds * 1000,
      maxDelayMs: contact.delivery.max_delay_seconds * 1000,
      timeoutMs: contact.delivery.timeout_seconds * 1000,
      concurrency: contact.delivery.concurrency,
    },
    support,
  };
}

function resolveTarget(contact: ContactConfig, env: ContactEnv): ResolvedTarget | undefined {
  const deliver = contact.deliver;
  const webhookUrl = value(env.KB_CONTACT_WEBHOOK_URL);
  if (deliver !== undefined && deliver.type !== 'webhook' && webhookUrl !== undefined) {
    throw new SettingsError(`KB_CONTACT_WEBHOOK_URL is set but contact.deliver sends to ${deliver.type}: unset the variable, or set contact.deliver to webhook.`);
  }
  if (deliver === undefined && webhookUrl === undefined) return undefined;
  if (deliver === undefined || deliver.type === 'webhook') {
    const url = webhookUrl ?? (deliver?.type === 'webhook' ? deliver.url : undefined);
    if (url === undefined) throw new SettingsError('contact.deliver is webhook but no URL is set: set contact.deliver.url or KB_CONTACT_WEBHOOK_URL.');
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new SettingsError(`KB_CONTACT_WEBHOOK_URL "${url.slice(0, 100)}" is not an http(s) URL: use one such as https://hooks.example.com/kb-contact.`);
    const secret = value(env.KB_CONTACT_WEBHOOK_SECRET);
    if (secret === undefined) {
      throw new SettingsError('Webhook delivery needs KB_CONTACT_WEBHOOK_SECRET, the key each request is signed with: set it, e.g. to the output of `openssl rand -hex 32`, and give the receiver the same value.');
    }
    return { type: 'webhook', url, secret };
  }
  switch (deliver.type) {
    case 'zendesk': {
      const subdomain = value(env.KB_ZENDESK_SUBDOMAIN) ?? deliver.subdomain;
      const baseUrl = baseUrlOf('KB_ZENDESK_URL', env.KB_ZENDESK_URL) ?? (subdomain ? `https://${subdomain}.zendesk.com` : undefined);
      if (baseUrl === undefined) throw new SettingsError('Zendesk delivery needs the account: set KB_ZENDESK_SUBDOMAIN (acme for acme.zendesk.com) or contact.deliver.subdomain.');
      const email = value(env.KB_ZENDESK_EMAIL);
      const token = value(env.KB_ZENDESK_TOKEN);
      if (deliver.api === 'tickets' && (email === undefined || token === undefined)) {
        throw new SettingsError('Zendesk delivery with the Tickets API needs KB_ZENDESK_EMAIL (an agent) and KB_ZENDESK_TOKEN (an API token: Admin Center → Apps and integrations → Zendesk API), or contact.deliver.api: requests.');
      }
      return { type: 'zendesk', api: deliver.api, baseUrl, email, token, tags: deliver.tags };
    }
    case 'freshdesk': {
      const domain = value(env.KB_FRESHDESK_DOMAIN) ?? deliver.domain;
      const baseUrl = baseUrlOf('KB_FRESHDESK_URL', env.KB_FRESHDESK_URL) ?? (domain ? `https://${domain.replace(/\.freshdesk\.com$/, '')}.freshdesk.com` : undefined);
      if (baseUrl === undefined) throw new SettingsError('Freshdesk delivery needs the account: set KB_FRESHDESK_DOMAIN (acme for acme.freshdesk.com) or contact.deliver.domain.');
      const apiKey = value(env.KB_FRESHDESK_API_KEY);
      if (apiKey === undefined) throw new SettingsError('Freshdesk delivery needs KB_FRESHDESK_API_KEY (Profile settings → Your API Key).');
      return { type: 'freshdesk', baseUrl, apiKey, tags: deliver.tags };
    }
    case 'helpscout': {
      const appId = value(env.KB_HELPSCOUT_APP_ID);
      const appSecret = value(env.KB_HELPSCOUT_APP_SECRET);
      if (appId === undefined || appSecret === undefined) {
        throw new SettingsError('Help Scout delivery needs KB_HELPSCOUT_APP_ID and KB_HELPSCOUT_APP_SECRET (Your Profile → My Apps → Create My App).');
      }
      const baseUrl = baseUrlOf('KB_HELPSCOUT_URL', env.KB_HELPSCOUT_URL) ?? 'https://api.helpscout.net';
      return { type: 'helpscout', baseUrl, appId, appSecret, mailboxId: deliver.mailbox_id, tags: deliver.tags };
    }
    case 'smtp':
      return { type: 'smtp', host: deliver.host, port: deliver.port, secure: deliver.secure, from: deliver.from, to: deliver.to, user: value(env.KB_SMTP_USER), password: value(env.KB_SMTP_PASSWORD) };
  }
}

function value(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** A vendor base URL from the environment (scheme, host, optional port and path), or undefined. */
export function baseUrlOf(name: string, text: string | undefined): string | undefined {
  const url = value(text);
  if (url === undefined) return undefined;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new SettingsError(`${name} "${url.slice(0, 100)}" is not an http(s) URL: use one such as https://acme.example.com.`);
  return url.replace(/\/$/, '');
}
