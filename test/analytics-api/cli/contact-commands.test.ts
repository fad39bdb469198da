/**
 * `kb contact status` and `kb contact retry` through the real command on a
 * real analytics database: counts, the dead-lettered and waiting requests
 * with what the target said (no message text), JSON, resending, and clear
 * errors for unknown ids and a missing database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../analytics-api/db/open-database.ts';
import { saveContactRequest } from '../../../analytics-api/outbox/save-contact-request.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.ts';

let temp: TempDatabase<ReturnType<typeof openDatabase>> | undefined;
afterEach(() => temp?.close());

const ids = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];

function seed(): string {
  temp = createTempDatabase('kb-contact-cli-', 'analytics.db', (file) => openDatabase(file));
  const { db } = temp;
  for (const id of ids) {
    saveContactRequest(db, { id, createdAt: Date.parse('2026-03-10T09:00:00Z'), target: 'zendesk', priority: 'P2', category: 'how-to', firstResponseDue: null, payload: { email: 'secret-customer@example.org', name: null, subject: 'Private subject', message: 'Private message', context: { article: null, search: null, page: null, locale: null, plan: null, session: null } } });
  }
  db.prepare("UPDATE contact_requests SET status = 'dead', attempts = 1, last_status = 401, last_error = ? WHERE id = ?").run("HTTP 401: Couldn't authenticate you\u001b[31m", ids[0]);
  db.prepare("UPDATE contact_requests SET status = 'delivered', payload = NULL, remote_id = '35436' WHERE id = ?").run(ids[1]);
  db.prepare("UPDATE contact_requests SET attempts = 2, last_status = 503, last_error = 'HTTP 503: down' WHERE id = ?").run(ids[2]);
  db.close();
  return temp.file;
}

describe('kb contact', () => {
  it('status counts and lists what is waiting and what was dead-lettered, without the text', async () => {
    const file = seed();
    const text = await runKb(['contact', 'status', '--db', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Contact requests in ${file}: 1 delivered, 1 queued, 0 being sent, 1 dead-lettered.`);
    expect(text.stdout).toMatch(new RegExp(`${ids[0]}  2026-03-10 09:00:00 UTC  zendesk, 1 attempt: HTTP 401: Couldn't authenticate you`));
    expect(text.stdout).toContain(`${ids[2]}  2026-03-10 09:00:00 UTC  zendesk, 2 attempts, next attempt`);
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).not.toContain('Private');
    const json = await runKb(['contact', 'status', '--db', file, '--format', 'json']);
    const body = JSON.parse(json.stdout) as { counts: Record<string, number>; dead: Array<{ id: string; last_status: number }>; waiting: Array<{ id: string; status: string }> };
    expect(body.counts).toEqual({ queued: 1, sending: 0, delivered: 1, dead: 1 });
    expect(body.dead).toMatchObject([{ id: ids[0], last_status: 401 }]);
    expect(body.waiting).toMatchObject([{ id: ids[2], status: 'queued' }]);
    expect(json.stdout).not.toContain('secret-customer');
  });

  it('retry resends dead-lettered requests, refuses unknown ids with exit 1 and says delivered ones have nothing to resend', async () => {
    const file = seed();
    const all = await runKb(['contact', 'retry', '--db', file]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Sending 1 contact request again: ${ids[0]}.`);
    const db = openDatabase(file);
    expect(db.prepare('SELECT status, attempts FROM contact_requests WHERE id = ?').get(ids[0])).toEqual({ status: 'pending', attempts: 0 });
    db.close();
    const some = await runKb(['contact', 'retry', '--db', file, ids[1]!, 'bbbbbbbb-0000-4000-8000-000000000009']);
    expect(some.code).toBe(1);
    expect(some.stderr).toContain(`${ids[1]}: already delivered (its text is deleted); nothing to resend.`);
    expect(some.stderr).toContain('No contact request bbbbbbbb-0000-4000-8000-000000000009');
  });

  it('says where the database is missing instead of creating one', async () => {
    const result = await runKb(['contact', 'status', '--db', '/tmp/no-such-folder-kb/analytics.db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no analytics database here yet');
  });
});
