/**
 * The contact page sending a request through the real service: the built
 * site and `startServer` with webhook delivery, in real Chromium. A
 * customer searches, opens contact from an article, types a question, sees
 * suggestions, sends, and gets a confirmation with the request id and the
 * first-response promise of its triaged priority; the receiver gets one
 * signed request carrying the context, and analytics has one
 * `contact_submit` for the session.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveContactSettings } from '../../../analytics-api/contact/contact-settings.ts';
import { startServer, type RunningServer } from '../../../analytics-api/server.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { testSettings } from '../../analytics-api/helpers/test-app.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.ts';
import { buildSite } from '../helpers/build-site.ts';
import { browserAvailable, launchBrowser } from '../helpers/launch-browser.ts';

const fixture = fileURLToPath(new URL('../../fixtures/site/kb', import.meta.url));
const hasBrowser = browserAvailable('contact request browser test');
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36';
const SECRET = 'browser-test-secret';

let server: RunningServer;
let receiver: WebhookReceiver;
let browser: Browser | undefined;
let dbFile: string;

beforeAll(async () => {
  const build = await buildSite(fixture);
  if (build.code !== 0) throw new Error(`kb build failed (${build.code}):\n${build.stdout}\n${build.stderr}`);
  receiver = await startWebhookReceiver(SECRET);
  const config = loadConfig(fixture);
  const contact = resolveContactSettings(config.contact, supportSettings(config), { KB_CONTACT_WEBHOOK_URL: receiver.url, KB_CONTACT_WEBHOOK_SECRET: SECRET });
  dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'kb-contact-flow-')), 'analytics.db');
  server = await startServer({
    port: 0,
    db: dbFile,
    site: build.outDir,
    settings: testSettings({ siteUrl: 'https://help.shiftly.example', rateLimit: { requestsPerMinute: 6000, burst: 1000 }, contact }),
    log: () => {},
  });
  if (hasBrowser) browser = await launchBrowser([`--user-agent=${DESKTOP_CHROME}`]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

describe.skipIf(!hasBrowser)('contact request from the page', () => {
  it('sends the question, confirms with the request id and promise, and the receiver gets one signed request with the context', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ userAgent: DESKTOP_CHROME });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=payroll`);
    await page.waitForFunction(() => sessionStorage.getItem('kb-last-search') === 'payroll', undefined, { timeout: 10_000 });
    await page.goto(`${server.url}contact/?article=invite-your-team`);
    const session = await page.evaluate(() => sessionStorage.getItem('kb-analytics-session'));
    await expect.poll(() => page.getByLabel('Your email address').isVisible()).toBe(true);
    await page.getByLabel('What do you need help with?').pressSequentially('clock in location error');
    await expect.poll(() => page.locator('[data-contact-suggestions]').getByRole('link').allInnerTexts()).toContain('Fix the clock-in location error');
    await page.getByLabel('Your email address').fill('maria@bakery.example');
    await page.getByLabel('Your name (optional)').fill('Maria Lopez');
    await page.getByLabel('Details').fill('Clocking in shows an error at our second shop.\n<b>Not bold</b>');
    await page.getByRole('button', { name: 'Send to support' }).click();

    const confirmation = page.locator('[data-contact-confirmation]');
    await expect.poll(() => confirmation.isVisible()).toBe(true);
    const id = await confirmation.locator('[data-request-id]').innerText();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // "error" makes it P1 under the sample rules: a one-hour first-response target.
    expect(await confirmation.innerText()).toContain('We will answer within 1 hour');
    expect(await confirmation.getByRole('link').allInnerTexts()).toContain('Fix the clock-in location error');
    expect(await page.locator('form[data-contact-form]').isVisible()).toBe(false);

    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1);
    const [request] = receiver.received;
    expect(request?.signed).toBe(true);
    expect(request?.headers['idempotency-key']).toBe(id);
    const body = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      id,
      email: 'maria@bakery.example',
      name: 'Maria Lopez',
      subject: 'clock in location error',
      message: 'Clocking in shows an error at our second shop.\n<b>Not bold</b>',
      context: { article: 'invite-your-team', search: 'payroll', page: '/contact/?article=invite-your-team', locale: 'en', session },
      triage: { priority: 'P1', category: 'bug' },
    });
    expect((body.triage as { first_response_due: string }).first_response_due).toMatch(/^\d{4}-\d\d-\d\dT/);

    const db = new Database(dbFile, { readonly: true });
    try {
      await expect.poll(() => db.prepare("SELECT count(*) AS n FROM events WHERE type = 'contact_submit' AND session = ?").get(session) as { n: number }).toEqual({ n: 1 });
      expect(db.prepare('SELECT status, payload FROM contact_requests WHERE id = ?').get(id)).toEqual({ status: 'delivered', payload: null });
    } finally {
      db.close();
    }
    await context.close();
  });
});
