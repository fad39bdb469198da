import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleEvents } from '../../../content/samples/generate-sample-events.ts';
import { loadSampleData, SAMPLE_WEEKS } from '../../../content/samples/load-sample-data.ts';
import { checkHygiene } from '../../../scripts/hygiene/check-hygiene.ts';
import { collectHygieneInputs } from '../../../scripts/hygiene/collect-hygiene-inputs.ts';
import { collectGapInputs } from '../../../scripts/gaps/collect-gap-inputs.ts';
import { findGaps } from '../../../scripts/gaps/find-gaps.ts';
import { loadArticles } from '../../../scripts/kb-search/load-articles.ts';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { countTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { openWarehouse, type Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { lastCompleteWeek } from '../../../scripts/weekly/iso-week.ts';
import { synonymReport } from '../../../scripts/synonyms/run-synonyms.ts';

const root = new URL('../../../', import.meta.url).pathname;
const contentDir = path.join(root, 'content');
const now = new Date('2027-02-10T12:00:00Z');
let dir: string;
let db: Warehouse;
let loaded: Awaited<ReturnType<typeof loadSampleData>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-sample-'));
  db = openWarehouse(path.join(dir, 'sample.db'));
  loaded = await loadSampleData({ warehouse: db, contentDir, now });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sample ticket export', () => {
  it('is a Zendesk CSV export of 300+ tickets', () => {
    const header = readFileSync(path.join(root, 'content/samples/tidyshift-tickets.csv'), 'utf8').split('\n', 1)[0]!;
    expect(header).toMatch(/^Summation column,Id,Requester,.*Created at.*Satisfaction Score.*First reply time in minutes/);
    expect(loaded.tickets).toBeGreaterThanOrEqual(300);
  });
});

describe('generateSampleEvents', () => {
  it('is deterministic and uses the analytics export columns', () => {
    const articles = loadArticles(contentDir);
    const options = { articles, from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
    const a = generateSampleEvents(options);
    expect(generateSampleEvents(options)).toEqual(a);
    expect(Object.keys(a[0]!)).toEqual(['id', 'type', 'session', 'visitor', 'ts', 'received_at', 'article', 'vote', 'reason', 'comment', 'query', 'results', 'position', 'vote_key', 'locale']);
    expect(new Set(a.map((e) => e.type))).toEqual(new Set(['view', 'vote', 'search', 'search_click', 'contact_open', 'contact_submit']));
    for (const e of a) expect(e.ts).toBeGreaterThanOrEqual(options.from.getTime());
  });
});

describe('loadSampleData', () => {
  it('moves the export so its last week is the last complete week, by whole weeks', () => {
    const week = lastCompleteWeek(now, 'America/Chicago');
    expect(Date.parse(loaded.to)).toBe(week.to.getTime());
    expect(loaded.shifted_weeks).toBeGreaterThan(0);
    expect(countTickets(db, { from: week.from, to: week.to })).toBeGreaterThan(20);
    expect(countTickets(db, { from: loaded.from, to: loaded.to })).toBe(loaded.tickets);
    expect(loaded.events).toBeGreaterThan(10_000);
    expect(SAMPLE_WEEKS).toBe(8);
  });

  it('gives a meaningful gap and hygiene report for the last week', async () => {
    const config = loadConfig(contentDir);
    const week = lastCompleteWeek(now, 'America/Chicago');
    const gaps = findGaps(collectGapInputs({ db, contentDir, config, period: { from: week.from, to: week.to, days: 7 } }));
    const actions = new Set(gaps.topics.map((t) => t.action));
    for (const action of ['create', 'improve', 'discoverability']) expect(actions).toContain(action);
    expect(gaps.zero_result_topics.length).toBeGreaterThan(0);
    const hygiene = checkHygiene(await collectHygieneInputs({ db, contentDir, config, now: week.to }));
    expect(hygiene.findings.some((f) => f.kind === 'unhelpful')).toBe(true);
    expect(hygiene.findings.some((f) => f.kind === 'unseen')).toBe(true);
  });

  it('suggests synonyms from customers who searched, found nothing and opened the article they meant', () => {
    const week = lastCompleteWeek(now, 'America/Chicago');
    const report = synonymReport(db, contentDir, { from: new Date(week.to.getTime() - 30 * 86_400_000), to: week.to });
    const pairs = report.suggestions.map((s) => `${s.query} → ${s.article}`);
    expect(pairs).toContain('exchange shifts → swap-or-give-away-a-shift');
    expect(pairs).toContain('punch station → set-up-a-clock-in-kiosk');
    // Words customers used that no article answers are gaps, not synonyms.
    expect(report.suggestions.some((s) => s.query === 'dark mode')).toBe(false);
    for (const s of report.suggestions) expect(s.sessions).toBeGreaterThanOrEqual(2);
  });
});
