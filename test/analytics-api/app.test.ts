import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { now } from './helpers/hostile-requests.ts';
import { createTestApp, sampleEvents, type TestApp } from './helpers/test-app.ts';

const ok = sampleEvents(now);

let t: TestApp;
beforeEach(() => {
  t = createTestApp();
});
afterEach(() => t.close());

describe('the app', () => {
  it('accepts a batch of every event type and answers 202 with the count', async () => {
    const response = await t.post(Object.values(sampleEvents(now)));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 6 });
    expect(t.events().map((event) => event.type)).toEqual(['view', 'vote', 'search', 'search_click', 'contact_open', 'contact_submit']);
  });

  it('sends CORS headers to configured origins only, without credentials', async () => {
    const allowed = await t.app.request('/api/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://cdn.test.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cdn.test.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const posted = await t.post([ok.view], { headers: { origin: 'https://cdn.test.example' } });
    expect(posted.status).toBe(202);
    expect(posted.headers.get('access-control-allow-origin')).toBe('https://cdn.test.example');

    const refused = await t.app.request('/api/events', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a page served by the same host without configuration', async () => {
    const response = await t.post([ok.view], { headers: { origin: 'http://localhost:4321', host: 'localhost:4321' } });
    expect(response.status).toBe(202);
  });

  it('sets no cookies on any answer', async () => {
    const answers = [await t.post([ok.view]), await t.get('/api/stats/articles'), await t.app.request('/api/health'), await t.post('bad')];
    for (const answer of answers) expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('answers the health check', async () => {
    const response = await t.app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
