/**
 * Where contact requests go, from `contact` in `kb.config.yaml` and the
 * environment: `KB_CONTACT_WEBHOOK_URL` alone turns on the webhook with the
 * sample config, secrets are required from the environment, and unknown
 * targets and missing credentials fail with the key or variable to fix.
 */
import { describe, expect, it } from 'vitest';
import { resolveContactSettings } from '../../../analytics-api/contact/contact-settings.ts';
import { loadConfig, parseConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';

const sample = loadConfig(new URL('../../../content', import.meta.url).pathname);
const support = supportSettings(sample);
const withContact = (yaml: string) => parseConfig(`contact:\n  email: help@example.org\n${yaml}`, 'kb.config.yaml').contact;

describe('contact delivery settings', () => {
  it('turns on the webhook from the environment alone, with the sample config', () => {
    expect(resolveContactSettings(sample.contact, support, {}).target).toBeUndefined();
    const settings = resolveContactSettings(sample.contact, support, { KB_CONTACT_WEBHOOK_URL: 'http://127.0.0.1:8080/hook', KB_CONTACT_WEBHOOK_SECRET: 's3cret' });
    expect(settings.target).toEqual({ type: 'webhook', url: 'http://127.0.0.1:8080/hook', secret: 's3cret' });
    expect(settings.rateLimit).toEqual({ requestsPerMinute: 10, burst: 10 });
  });

  it('refuses a webhook without its secret, and a URL that is not http(s)', () => {
    expect(() => resolveContactSettings(sample.contact, support, { KB_CONTACT_WEBHOOK_URL: 'http://127.0.0.1:8080/hook' })).toThrow(/needs KB_CONTACT_WEBHOOK_SECRET/);
    expect(() => resolveContactSettings(sample.contact, support, { KB_CONTACT_WEBHOOK_URL: 'ftp://x', KB_CONTACT_WEBHOOK_SECRET: 's' })).toThrow(/is not an http\(s\) URL/);
  });

  it('reads vendor credentials from the environment only, naming what is missing', () => {
    const zendesk = withContact('  deliver: { type: zendesk, subdomain: acme }\n');
    expect(() => resolveContactSettings(zendesk, support, {})).toThrow(/needs KB_ZENDESK_EMAIL .* and KB_ZENDESK_TOKEN/);
    expect(resolveContactSettings(zendesk, support, { KB_ZENDESK_EMAIL: 'a@acme.example', KB_ZENDESK_TOKEN: 't' }).target).toMatchObject({ type: 'zendesk', api: 'tickets', baseUrl: 'https://acme.zendesk.com' });
    expect(resolveContactSettings(withContact('  deliver: { type: freshdesk }\n'), support, { KB_FRESHDESK_DOMAIN: 'acme', KB_FRESHDESK_API_KEY: 'k', KB_FRESHDESK_URL: 'http://127.0.0.1:1234/' }).target).toMatchObject({ baseUrl: 'http://127.0.0.1:1234' });
    expect(() => resolveContactSettings(withContact('  deliver: { type: helpscout, mailbox_id: 85 }\n'), support, {})).toThrow(/KB_HELPSCOUT_APP_ID and KB_HELPSCOUT_APP_SECRET/);
    expect(() => resolveContactSettings(zendesk, support, { KB_CONTACT_WEBHOOK_URL: 'http://127.0.0.1/h' })).toThrow(/contact.deliver sends to zendesk/);
  });

  it('rejects an unknown target in the config with the targets it knows', () => {
    expect(() => withContact('  deliver: { type: jira }\n')).toThrow('"contact.deliver.type" is "jira": it names no delivery target. Fix: set contact.deliver.type to one of zendesk, freshdesk, helpscout, webhook, smtp.');
    expect(withContact('  deliver: webhook\n').deliver).toEqual({ type: 'webhook' });
    expect(() => withContact('  deliver: { type: webhook, url: "https://h.example/x", secret: "in-git" }\n')).toThrow(/secret/);
  });
});
