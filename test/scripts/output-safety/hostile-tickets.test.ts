/**
 * Hostile customer text through every report: names, card numbers and
 * disguised emails planted in tickets must not come out of `kb voc`, `kb
 * gaps`, the support report or the weekly report; markup planted in them
 * (scripts, remote images, @mentions, javascript: links) must come out as
 * text; the same complaint signed by six people is one topic.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveTickets } from '../../../scripts/warehouse/save-tickets.ts';
import { writeWeeklyReport } from '../../../scripts/weekly/run-weekly.ts';
import { runKb } from '../../helpers/run-kb.ts';
import { ticket } from '../triage/support-fixtures.ts';

const kbDir = path.resolve('test/fixtures/gaps/kb');
const people = ['Kenji Berg', 'Marta Kowalski', 'Aiko Tanaka', 'Chidi Okafor', 'Priya Natarajan', 'Sven Olsen'];
const signOffs = ['Thanks, %s', 'Best regards,\n%s', 'Cheers – %s', 'Kind regards\n%s', 'Many thanks!\n\n%s\nAcme Bakery', 'Regards, %s'];
const cards = ['4111,1111,1111,1111', '4111/1111/1111/1111', '4111_1111_1111_1111', '４１１１ １１１１ １１１１ １１１１'];
const emails = ['kenji @ example.org', 'marta%40example.org', 'aiko [at] example [dot] org'];
const payloads = ['<script>alert(1)</script>', '![tracker](https://evil.example/pixel.png)', '[click me](javascript:alert(1))', '@octocat look'];

let dir: string;
let db: string;
const NOW = ['--now', '2026-03-24T09:00:00Z'];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-hostile-'));
  db = path.join(dir, 'kb.db');
  const tickets = [];
  for (let i = 0; i < 24; i++) {
    const person = people[i % people.length]!;
    const day = 16 + (i % 5);
    tickets.push(
      ticket({
        id: `H${i}`,
        created_at: `2026-03-${day}T1${i % 10}:00:00Z`,
        subject: i % 2 === 0 ? `App crashes on the schedule - ${person}` : 'App crashes on the schedule',
        description: `The app crashes every time I open the schedule. Card ${cards[i % cards.length]}, write to ${emails[i % emails.length]}.\n\n${signOffs[i % signOffs.length]!.replace('%s', person)}`,
        tags: ['bug'],
        category: 'bug',
      }),
    );
  }
  // Other questions of the week, so the planted topics are not most of it.
  const others = ['How do I invite my team?', 'Request time off for next week', 'Swap a shift with a coworker', 'Reset my password', 'Add a second store location', 'Change the billing card'];
  others.forEach((subject, n) => {
    for (let k = 0; k < 5; k++) tickets.push(ticket({ id: `O${n}-${k}`, created_at: `2026-03-${16 + k}T08:00:00Z`, subject, description: `${subject}, please.` }));
  });
  // Markup in a second topic, in subjects (examples) and descriptions (quotes).
  for (let i = 0; i < 8; i++) {
    const payload = payloads[i % payloads.length]!;
    tickets.push(
      ticket({
        id: `P${i}`,
        created_at: `2026-03-${16 + (i % 5)}T0${i}:30:00Z`,
        subject: `Payroll export is empty ${payload}`,
        description: `${payload} The payroll export file is empty when I download it.`,
        tags: ['bug'],
        category: 'bug',
      }),
    );
  }
  const warehouse = openWarehouse(db);
  saveTickets(warehouse, tickets);
  warehouse.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Fails with the planted item that leaked. */
function expectClean(output: string): void {
  const lower = output.toLowerCase();
  for (const person of people) for (const word of person.toLowerCase().split(' ')) expect(lower, `name "${word}" leaked`).not.toMatch(new RegExp(`\\b${word}\\b`));
  expect(output).not.toMatch(/4111|４１１１/);
  expect(lower).not.toMatch(/example(?:\\.|\s*\[dot\]\s*)org|%40/);
}

/** Fails when a payload is live Markdown or HTML. */
function expectInert(markdown: string): void {
  expect(markdown).not.toContain('<script');
  expect(markdown).not.toMatch(/!\[[^\]]*\]\((?:https?:)?\/\//);
  expect(markdown).not.toMatch(/\]\(javascript:/i);
  expect(markdown).not.toMatch(/(^|[^\w\u200b])@octocat/);
}

describe('hostile tickets', () => {
  it('kb voc: one topic for the same complaint from six people, no names, cards or emails, no live markup', async () => {
    const json = await runKb(['voc', '--db', db, '--content', kbDir, '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'json', ...NOW]);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { bugs: Array<{ topic: string; tickets: number }> };
    const crashes = report.bugs.filter((b) => /crash/.test(b.topic));
    expect(crashes).toHaveLength(1);
    expect(crashes[0]!.tickets).toBe(24);
    expectClean(json.stdout);
    const md = await runKb(['voc', '--db', db, '--content', kbDir, '--from', '2026-03-01', '--to', '2026-03-31', ...NOW]);
    expect(md.code).toBe(0);
    expectClean(md.stdout);
    expectInert(md.stdout);
  });

  it('kb gaps and kb report weekly: no names, cards or emails, no live markup', async () => {
    const gaps = await runKb(['gaps', '--db', db, '--content', kbDir, '--from', '2026-03-16', '--to', '2026-03-22']);
    expect(gaps.code).toBe(0);
    expect(gaps.stdout).toContain('crashes');
    expectClean(gaps.stdout);
    expectInert(gaps.stdout);
    const support = await runKb(['report', 'weekly', '--db', db, '--content', kbDir, '--week', '2026-W12', ...NOW]);
    expect(support.code).toBe(0);
    expectClean(support.stdout);
    expectInert(support.stdout);
  });

  it('kb weekly: report.md and report.html carry the payloads as text only', async () => {
    const result = await writeWeeklyReport({ out: path.join(dir, 'reports'), week: '2026-W12', db, content: kbDir, format: 'text', now: new Date('2026-03-24T09:00:00Z') });
    for (const name of ['report.md', 'support-report.md']) {
      const md = readFileSync(path.join(result.folder, name), 'utf8');
      expectClean(md);
      expectInert(md);
    }
    for (const name of ['report.html', 'support-report.html']) {
      const html = readFileSync(path.join(result.folder, name), 'utf8');
      expectClean(html);
      expect(html).not.toContain('<script');
      expect(html).not.toMatch(/<img[^>]+evil/);
    }
  });

  it('kb triage: a formula id is neutralised in CSV, escape codes never reach the terminal table', async () => {
    const input = JSON.stringify([
      { id: '=HYPERLINK("https://evil.example","open")', created_at: '2026-03-20T10:00:00Z', subject: 'Refund' },
      { id: '@SUM(1+1)', created_at: '2026-03-20T10:00:00Z', subject: 'Refund' },
      { id: '-42', created_at: '2026-03-20T10:00:00Z', subject: 'Refund' },
      { id: 'x\u001b[2J\u001b]0;owned\u0007y', created_at: '2026-03-20T10:00:00Z', subject: 'Refund' },
    ]);
    const csv = await runKb(['triage', '--stdin', '--format', 'csv', '--content', kbDir, ...NOW], { input });
    expect(csv.code).toBe(0);
    const firstCells = csv.stdout.trim().split('\n').slice(1).map((line) => line.slice(0, 2));
    expect(firstCells.slice(0, 3)).toEqual(['"\'', "'@", '-4']);
    expect(csv.stdout).toContain('"\'=HYPERLINK(');
    const table = await runKb(['triage', '--stdin', '--content', kbDir, ...NOW], { input });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(table.stdout).toContain('xy');
  });
});
