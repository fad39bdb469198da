import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { checkHygiene } from '../../../scripts/hygiene/check-hygiene.ts';
import { collectHygieneInputs } from '../../../scripts/hygiene/collect-hygiene-inputs.ts';
import type { HygieneReport } from '../../../scripts/hygiene/hygiene-report.ts';
import { renderHygieneHtmlSection, renderHygieneMarkdown } from '../../../scripts/hygiene/render-hygiene.ts';
import { openWarehouse, type Warehouse } from '../../../scripts/warehouse/open-warehouse.ts';
import { saveWarehouseEvents } from '../../../scripts/warehouse/save-warehouse-events.ts';
import type { WarehouseEvent } from '../../../scripts/warehouse/warehouse-event.ts';

const root = new URL('../../../', import.meta.url).pathname;
const kbDir = path.join(root, 'test/fixtures/gaps/hygiene-kb');
const now = new Date('2026-03-30T12:00:00Z');
const day = 86_400_000;

let dir: string;
let dbFile: string;
let report: HygieneReport;

function seed(db: Warehouse): void {
  const events: WarehouseEvent[] = [];
  const add = (count: number, extra: Partial<WarehouseEvent>) => {
    for (let i = 0; i < count; i++) {
      const id = events.length + 1;
      const ts = now.getTime() - (1 + (i % 25)) * day;
      events.push({ id, type: 'view', session: `s${id}`, visitor: `v${id}`, ts, received_at: ts, article: null, vote: null, reason: null, comment: null, query: null, results: null, position: null, ...extra });
    }
  };
  add(40, { article: 'export-payroll' });
  add(50, { article: 'invite-a-manager' });
  add(5, { article: 'add-a-manager' });
  add(30, { article: 'request-time-off' });
  add(12, { article: 'set-up-api-keys' });
  add(9, { article: 'what-does-it-cost' });
  add(3, { type: 'vote', article: 'export-payroll', vote: 'up' });
  add(7, { type: 'vote', article: 'export-payroll', vote: 'down', reason: 'incomplete' });
  add(2, { type: 'vote', article: 'export-payroll', vote: 'down', reason: 'did-not-work', comment: 'Our provider needs a different file' });
  add(8, { type: 'vote', article: 'request-time-off', vote: 'down' });
  saveWarehouseEvents(db, events);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-hygiene-'));
  dbFile = path.join(dir, 'kb.db');
  const db = openWarehouse(dbFile);
  seed(db);
  report = checkHygiene(await collectHygieneInputs({ db, contentDir: kbDir, config: loadConfig(kbDir), now, releases: path.join(kbDir, 'releases.md') }));
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const found = () => report.findings.map((f) => `${f.kind} ${f.article} ${f.owner ?? '-'}`);

describe('kb hygiene on the fixture', () => {
  it('finds exactly one planted article per kind, with its owner', () => {
    expect(found()).toEqual([
      'unhelpful export-payroll ana',
      'unseen archive-old-schedules ben',
      'stale set-up-api-keys ana',
      'duplicate add-a-manager cara',
      'tag-gap what-does-it-cost -',
      'broken-link archive-old-schedules ben',
      'release request-time-off cara',
    ]);
    expect(report.notes).toEqual([]);
  });

  it('gives evidence and an action for each finding', () => {
    const by = (kind: string) => report.findings.find((f) => f.kind === kind)!;
    expect(by('unhelpful')).toMatchObject({ evidence: 'helpful share 25% (3 yes, 9 no) in 90 days, below 60%', action: expect.stringContaining('rewrite') });
    expect(by('unhelpful').details).toContain('(did-not-work) "Our provider needs a different file"');
    expect(by('unseen').evidence).toBe('0 views in the last 30 days');
    expect(by('stale').evidence).toBe('last updated 2025-10-01, 180 days ago (audit after 90)');
    expect(by('duplicate')).toMatchObject({
      evidence: expect.stringMatching(/^\d+% similar to "Invite a manager to your workspace" \(invite-a-manager, owner ben\)/),
      action: 'merge it into invite-a-manager and add "add-a-manager" to that article\'s aliases',
    });
    expect(by('tag-gap').details).toEqual([
      'no product_area',
      'difficulty "expert" is not beginner, intermediate or advanced',
      'category "misc" is not one of the configured categories',
      'no owner',
    ]);
    expect(by('broken-link').details).toEqual([expect.stringMatching(/^line \d+: .*"\.\/print-a-schedule\.mdx".* does not exist/)]);
    expect(by('release').details).toEqual(['2026-04-06: Time off: employees can request half days.']);
  });

  it('counts findings per owner', () => {
    expect(report.owners).toEqual([
      { owner: 'ana', findings: 2, by_kind: { unhelpful: 1, stale: 1 } },
      { owner: 'ben', findings: 2, by_kind: { unseen: 1, 'broken-link': 1 } },
      { owner: 'cara', findings: 2, by_kind: { duplicate: 1, release: 1 } },
      { owner: '(no owner)', findings: 1, by_kind: { 'tag-gap': 1 } },
    ]);
  });

  it('reads YAML release notes by listed area and by words in the notes', async () => {
    const db = openWarehouse(dbFile);
    const yaml = checkHygiene(await collectHygieneInputs({ db, contentDir: kbDir, config: loadConfig(kbDir), now, releases: path.join(kbDir, 'releases.yaml') }));
    db.close();
    expect(yaml.findings.filter((f) => f.kind === 'release').map((f) => f.article)).toEqual(['request-time-off', 'set-up-api-keys']);
  });

  it('skips the analytics checks, and says so, when the warehouse has no events', async () => {
    const db = openWarehouse(path.join(dir, 'empty.db'));
    const empty = checkHygiene(await collectHygieneInputs({ db, contentDir: kbDir, config: loadConfig(kbDir), now }));
    db.close();
    expect(empty.findings.map((f) => f.kind)).not.toContain('unseen');
    expect(empty.findings.map((f) => f.kind)).not.toContain('unhelpful');
    expect(empty.notes.join(' ')).toMatch(/No analytics events in the last 30 days.*kb analytics pull/);
    expect(empty.notes.join(' ')).toMatch(/--releases FILE/);
  });

  it('renders Markdown and HTML with the owner table and every finding', async () => {
    const md = renderHygieneMarkdown(report);
    expect(md).toContain('| Owner | Findings |');
    for (const finding of report.findings) expect(md).toContain(`\`${finding.article}\``);
    const html = await renderHygieneHtmlSection(report);
    expect(html).toContain('<svg');
    expect(html).toContain('archive-old-schedules');
  });

  it('runs as kb hygiene with --format json', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/kb.js'), 'hygiene', '--db', dbFile, '--content', kbDir, '--format', 'json', '--releases', path.join(kbDir, 'releases.md')], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as HygieneReport;
    // The CLI checks as of today: the fixture's events are in the past, so only the date-free checks can be compared.
    expect(json.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['duplicate', 'tag-gap', 'broken-link', 'release']));
    expect(Object.keys(json)).toEqual(['generated_at', 'articles', 'has_analytics', 'releases', 'notes', 'findings', 'owners']);
  });
});
