/**
 * The planted fixture: ten ticket topics over 294 tickets (plus six
 * one-offs) in a Zendesk CSV, a KB that answers seven of them, and
 * analytics in which two articles are unhelpful and two good articles are
 * searched for with words they lack. The report must find exactly the
 * planted gaps, in volume order.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { collectGapInputs } from '../../../scripts/gaps/collect-gap-inputs.ts';
import { findGaps } from '../../../scripts/gaps/find-gaps.ts';
import { toGapJson, type GapReport } from '../../../scripts/gaps/gap-report.ts';
import { renderGapsHtmlSection, renderGapsMarkdown } from '../../../scripts/gaps/render-gaps.ts';
import { resolvePeriod } from '../../../scripts/reports/report-period.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import { plantedEvents } from './planted-analytics.ts';

const root = new URL('../../../', import.meta.url).pathname;
const fixtures = path.join(root, 'test/fixtures/gaps');
const kbDir = path.join(fixtures, 'kb');
const answer = JSON.parse(readFileSync(path.join(fixtures, 'planted-topics.json'), 'utf8')) as Record<string, { expect: string; article: string | null; ids: string[] }>;
const plantedOf = new Map<string, string>();
for (const [key, topic] of Object.entries(answer)) for (const id of topic.ids) plantedOf.set(id, key);

let dir: string;
let dbFile: string;
let report: GapReport;

/** The planted topic most of a reported topic's tickets belong to, and the share. */
function plantedTopic(ids: readonly string[]): { key: string; share: number } {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(plantedOf.get(id)!, (counts.get(plantedOf.get(id)!) ?? 0) + 1);
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { key, share: count / ids.length };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-gaps-'));
  dbFile = path.join(dir, 'kb.db');
  const db = openWarehouse(dbFile);
  const imported = await importTickets(db, path.join(fixtures, 'tickets.csv'));
  expect(imported).toMatchObject({ rows: 300, inserted: 300, skipped: 0 });
  saveWarehouseEvents(db, plantedEvents());
  const config = loadConfig(kbDir);
  const period = resolvePeriod({ from: '2026-03-02', to: '2026-03-29', defaultDays: 7, timezone: 'UTC' });
  report = findGaps(collectGapInputs({ db, contentDir: kbDir, config, period }));
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the planted fixture', () => {
  // Two of the ten planted topics have a phrasing that shares a single word with the others
  // ("We hired new people…" among the invitations, "a paper copy of the schedule" among the print
  // requests). Those used to be held together by the customers' names, which topics are now
  // clustered without; such a phrasing may stand as a topic of its own, still of one planted topic.
  it('finds the ten planted topics, each reported topic one planted topic, in volume order', () => {
    const found = report.topics.map((t) => ({ ...plantedTopic(t.ticket_ids), tickets: t.tickets }));
    expect([...new Set(found.map((f) => f.key))].sort()).toEqual(Object.keys(answer).filter((k) => k !== 'one-off').sort());
    for (const f of found) expect(f.share).toBe(1);
    const perTopic = new Map<string, number[]>();
    for (const f of found) perTopic.set(f.key, [...(perTopic.get(f.key) ?? []), f.tickets]);
    for (const [key, sizes] of perTopic) {
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(answer[key]!.ids.length);
      expect(sizes.length).toBeLessThanOrEqual(2);
    }
    expect(found.length).toBeLessThanOrEqual(12);
    const volumes = report.topics.map((t) => t.tickets);
    expect(volumes).toEqual([...volumes].sort((a, b) => b - a));
    expect(report.tickets).toBe(300);
    expect(report.unclustered).toBe(6);
  });

  it('classifies exactly the planted gaps: 3 create, 2 improve, 2 discoverability, the rest covered', () => {
    const expected = Object.fromEntries(Object.entries(answer).filter(([k]) => k !== 'one-off').map(([k, v]) => [k, v.expect]));
    for (const topic of report.topics) expect(topic.action).toBe(expected[plantedTopic(topic.ticket_ids).key]);
    const planted = (action: string) => new Set(report.topics.filter((t) => t.action === action).map((t) => plantedTopic(t.ticket_ids).key)).size;
    expect([planted('create'), planted('improve'), planted('discoverability'), planted('covered')]).toEqual([3, 2, 2, 3]);
  });

  it('matches each answered topic to its article, with views and helpful share as evidence', () => {
    for (const topic of report.topics) {
      const planted = answer[plantedTopic(topic.ticket_ids).key]!;
      expect(topic.article).toBe(planted.article);
      if (topic.article === null) {
        expect(topic.views).toBeNull();
        expect(topic.helpful_share).toBeNull();
      } else {
        expect(topic.views).toBeGreaterThan(0);
        expect(topic.helpful_share).not.toBeNull();
      }
    }
    const improve = report.topics.filter((t) => t.action === 'improve');
    for (const t of improve) expect(t.helpful_share!).toBeLessThan(0.6);
    const export_ = report.topics.find((t) => t.article === 'export-timesheets')!;
    expect(export_).toMatchObject({ helpful_share: 4 / 18, votes: 18, views: 400, owner: 'sam' });
  });

  it('shows the zero-result searches of the discoverability topics', () => {
    const byArticle = Object.fromEntries(report.topics.filter((t) => t.article).map((t) => [t.article, t.zero_result_queries.map((q) => q.query)]));
    expect(byArticle['swap-shifts']).toEqual(['trade shift', 'shift trade coworker']);
    expect(byArticle['clock-in-from-your-phone']).toEqual(['punch in phone', 'punch in app']);
    for (const slug of ['invite-teammates', 'request-time-off', 'update-payment-method', 'export-timesheets', 'reset-password']) expect(byArticle[slug]).toEqual([]);
  });

  it('gives three example subjects without personal data', () => {
    for (const topic of report.topics) {
      expect(topic.examples).toHaveLength(3);
      expect(new Set(topic.examples).size).toBe(3);
      for (const example of topic.examples) {
        expect(example).not.toMatch(/@|Maria|Lopez|Becker|Khan|Berg|Romano|Sato|Miller|Haddad|\d{3} \d{4}/);
      }
    }
    expect(report.topics.flatMap((t) => t.examples).some((e) => e.includes('[name]'))).toBe(true);
  });

  it('flags the 10x rule for topics with 20+ tickets a month', () => {
    const days = 28;
    for (const topic of report.topics) expect(topic.ten_x).toBe((topic.tickets * 30) / days >= 20);
    expect(report.topics.filter((t) => t.ten_x).length).toBeGreaterThan(0);
    expect(report.topics.filter((t) => !t.ten_x).length).toBeGreaterThan(0);
  });

  it('clusters zero-result searches and suggests the article that answers them', () => {
    const topics = Object.fromEntries(report.zero_result_topics.map((z) => [z.queries.map((q) => q.query).sort().join(' + '), z]));
    expect(topics['shift trade coworker + trade shift']).toMatchObject({ searches: 9, suggested_article: 'swap-shifts' });
    expect(topics['punch in app + punch in phone']).toMatchObject({ searches: 9, suggested_article: 'clock-in-from-your-phone' });
    expect(topics['dark mode']).toMatchObject({ searches: 4, suggested_article: null });
    expect(topics['night theme']).toMatchObject({ searches: 3, suggested_article: null });
    // Below the threshold (1 search) and without words: not reported.
    expect(report.zero_result_topics).toHaveLength(4);
    const searches = report.zero_result_topics.map((z) => z.searches);
    expect(searches).toEqual([...searches].sort((a, b) => b - a));
  });
});

describe('formats', () => {
  it('has exactly the documented JSON shape', () => {
    const json = toGapJson(report);
    expect(Object.keys(json)).toEqual(['period', 'topics', 'zero_result_topics']);
    expect(json.period).toEqual({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-30T00:00:00.000Z' });
    for (const topic of json.topics) {
      expect(Object.keys(topic)).toEqual(['label', 'terms', 'tickets', 'action', 'article', 'helpful_share', 'views', 'zero_result_queries', 'examples', 'ten_x']);
      expect(['create', 'improve', 'discoverability', 'covered']).toContain(topic.action);
      for (const q of topic.zero_result_queries) expect(typeof q).toBe('string');
    }
    for (const z of json.zero_result_topics) expect(Object.keys(z)).toEqual(['label', 'searches', 'queries', 'suggested_article']);
  });

  it('renders Markdown and HTML with every topic and the chart', async () => {
    const md = renderGapsMarkdown(report);
    for (const topic of report.topics) expect(md).toContain(topic.label);
    expect(md).toContain('| # | Topic | Tickets | Action |');
    expect(md).toContain('"trade shift" (6)');
    const html = await renderGapsHtmlSection(report);
    expect(html).toContain('<svg');
    expect(html).toContain('class="tag create"');
    expect(html).not.toContain('<script');
  });

  it('runs as kb gaps --format json and writes files with --out', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts/kb.js'), 'gaps', '--db', dbFile, '--content', kbDir, '--from', '2026-03-02', '--to', '2026-03-29', ...args], { cwd: root, encoding: 'utf8' });
    const json = run('--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(toGapJson(report));
    const out = path.join(dir, 'out');
    const written = run('--format', 'html', '--out', out);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(new RegExp(`Wrote .*gaps\\.html: ${report.topics.length} topics from 300 tickets, ${report.topics.filter((t) => t.action !== 'covered').length} to act on, 4 zero-result topics`));
    expect(readFileSync(path.join(out, 'gaps.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});
