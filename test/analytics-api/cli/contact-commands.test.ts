/**
 * `kb contact status` and `kb contact retry` through the real command on a
 * real analytics database, on both engines (a SQLite file, and a database
 * in the run's PostgreSQL cluster given as a postgres:// URL): counts, the
 * dead-lettered and waiting requests with what the target said (no message
 * text), JSON, resending, and clear errors for unknown ids and a missing
 * on.database.
 */
import { describe, expect, it } from 'vitest';
import { runKb } from '../../helpers/run-kb.ts';
import { addContactRequests } from '../helpers/contact-requests.ts';
import { testedEngines, useEngineStore } from '../helpers/engine-database.ts';

const ids = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];

describe.each(testedEngines('kb contact tests (PostgreSQL)'))('kb contact on %s', (engine) => {
  const on = useEngineStore(engine);

  async function seed(): Promise<string> {
    const { outbox } = on.store;
    for (const id of ids) {
      await addContactRequests(outbox, { id, createdAt: Date.parse('2026-03-10T09:00:00Z'), target: 'zendesk', priority: 'P2', category: 'how-to', firstResponseDue: null, payload: { email: 'secret-customer@example.org', name: null, subject: 'Private subject', message: 'Private message', context: { article: null, search: null, page: null, locale: null, plan: null, session: null } } });
    }
    await outbox.run("UPDATE contact_requests SET status = 'dead', attempts = 1, last_status = 401, last_error = @error WHERE id = @id", { error: "HTTP 401: Couldn't authenticate you\u001b[31m", id: ids[0]! });
    await outbox.run("UPDATE contact_requests SET status = 'delivered', payload = NULL, remote_id = '35436' WHERE id = @id", { id: ids[1]! });
    await outbox.run("UPDATE contact_requests SET attempts = 2, last_status = 503, last_error = 'HTTP 503: down' WHERE id = @id", { id: ids[2]! });
    return on.database.location;
  }

  it('status counts and lists what is waiting and what was dead-lettered, without the text', async () => {
    const location = await seed();
    const text = await runKb(['contact', 'status', '--db', location]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Contact requests in ${on.store.location}: 1 delivered, 1 queued, 0 being sent, 1 dead-lettered.`);
    expect(text.stdout).toMatch(new RegExp(`${ids[0]}  2026-03-10 09:00:00 UTC  zendesk, 1 attempt: HTTP 401: Couldn't authenticate you`));
    expect(text.stdout).toContain(`${ids[2]}  2026-03-10 09:00:00 UTC  zendesk, 2 attempts, next attempt`);
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).not.toContain('Private');
    const json = await runKb(['contact', 'status', '--db', location, '--format', 'json']);
    const body = JSON.parse(json.stdout) as { counts: Record<string, number>; dead: Array<{ id: string; last_status: number }>; waiting: Array<{ id: string; status: string }> };
    expect(body.counts).toEqual({ queued: 1, sending: 0, delivered: 1, dead: 1 });
    expect(body.dead).toMatchObject([{ id: ids[0], last_status: 401 }]);
    expect(body.waiting).toMatchObject([{ id: ids[2], status: 'queued' }]);
    expect(json.stdout).not.toContain('secret-customer');
  });

  it('retry resends dead-lettered requests, refuses unknown ids with exit 1 and says delivered ones have nothing to resend', async () => {
    const location = await seed();
    const all = await runKb(['contact', 'retry', '--db', location]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Sending 1 contact request again: ${ids[0]}.`);
    expect(await on.store.outbox.all('SELECT status, attempts FROM contact_requests WHERE id = @id', { id: ids[0]! })).toEqual([{ status: 'pending', attempts: 0 }]);
    const some = await runKb(['contact', 'retry', '--db', location, ids[1]!, 'bbbbbbbb-0000-4000-8000-000000000009']);
    expect(some.code).toBe(1);
    expect(some.stderr).toContain(`${ids[1]}: already delivered (its text is deleted); nothing to resend.`);
    expect(some.stderr).toContain('No contact request bbbbbbbb-0000-4000-8000-000000000009');
  });
});

describe('kb contact without a database', () => {
  it('says where the database is missing instead of creating one', async () => {
    const result = await runKb(['contact', 'status', '--db', '/tmp/no-such-folder-kb/analytics.db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no analytics database here yet');
  });
});
