/**
 * Writes a ticket export in the shape of a real Zendesk Explore report:
 * the account CSV export's duration columns (first reply within business
 * hours, first and full resolution, requester wait, calendar and business),
 * replies and reopens, a satisfaction score that is a 1-5 rating, "Offered"
 * or "Unoffered", a "Manual Tagging of Categories [list]" column, the
 * placeholder `1900-01-01 00:00:00` where an unsolved ticket has no solve
 * time, and no subject or description. Times are local wall-clock times of
 * the helpdesk account (no offset); none falls in the night hours when
 * clocks change. Seeded, streamed to disk.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../../content/samples/sample-random.ts';

/** The columns, as Zendesk names them. */
export const exploreHeader = [
  'Id', 'Requester id', 'Group', 'Status', 'Priority', 'Via', 'Created at', 'Updated at', 'Assigned at', 'Initially assigned at', 'Solved at',
  'Resolution time', 'Satisfaction Score', 'Reopens', 'Replies', 'First reply time in minutes within business hours', 'First resolution time in minutes',
  'First resolution time in minutes within business hours', 'Full resolution time in minutes', 'Full resolution time in minutes within business hours',
  'Requester wait time in minutes', 'Requester wait time in minutes within business hours', 'Manual Tagging of Categories [list]',
] as const;

/** Zendesk's value for a time that has not happened. */
export const PLACEHOLDER = '1900-01-01 00:00:00';

const groups = ['Support', 'Reimbursement Claims', 'Onboardings', 'Endorsements'];
const categories = ['Claims', 'Claims', 'Claims', 'Is my treatment covered (IMTC)', 'HR Queries', 'Health ID related query', 'Endorsements', '-'];
const vias = ['Mail', 'Mail', 'Mail', 'Web Widget', 'Web form', 'API'];
const priorities = ['Low', 'Low', 'Normal', 'Normal', 'Normal', 'High', 'Urgent'];

/** Options of {@link writeExploreExport}. */
export interface ExploreExportOptions {
  file: string;
  count: number;
  /** First local day, "YYYY-MM-DD". */
  from: string;
  days: number;
  seed?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A wall-clock time as the export writes it; minutes are added on the wall clock, as the export's columns stand alone. */
const wall = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
/** Keeps a wall time out of 01:00-04:00, where a time zone may skip or repeat an hour. */
const awake = (ms: number) => {
  const hour = new Date(ms).getUTCHours();
  return hour >= 1 && hour < 4 ? ms + (4 - hour) * 3_600_000 : ms;
};

/** Writes the export; resolves with its size when it is on disk. */
export async function writeExploreExport(options: ExploreExportOptions): Promise<{ bytes: number }> {
  const rnd = seededRandom(options.seed ?? 23);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out = createWriteStream(options.file);
  const start = Date.parse(`${options.from}T00:00:00Z`);
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  const csv = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  await write(`${exploreHeader.join(',')}\n`);
  for (let i = 0; i < options.count; i++) {
    const created = start + int(0, options.days - 1) * 86_400_000 + int(6, 22) * 3_600_000 + int(0, 3599) * 1000;
    const roll = rnd();
    const status = roll < 0.62 ? 'Solved' : roll < 0.78 ? 'Closed' : roll < 0.85 ? 'Open' : roll < 0.9 ? 'Pending' : roll < 0.94 ? 'New' : roll < 0.96 ? 'Hold' : 'Reopened';
    const solved = status === 'Solved' || status === 'Closed';
    // A reopened ticket is open again and keeps its last solve time, as Zendesk exports it.
    const reopened = status === 'Reopened';
    const replies = status === 'New' ? 0 : rnd() < 0.06 ? 0 : int(1, 3) + (rnd() < 0.2 ? int(1, 6) : 0);
    const reply = replies > 0 ? Math.round(rnd() ** 3 * 3000) : null;
    const full = solved || reopened ? int(5, 400) + Math.round(rnd() ** 2 * 60_000) : null;
    const fullBusiness = full === null ? null : Math.round(full * (0.2 + rnd() * 0.5));
    const first = full === null ? null : Math.min(full, Math.round(full * (0.3 + rnd() * 0.7)));
    const solvedAt = full === null ? null : awake(created + full * 60_000);
    const wait = full === null ? (status === 'New' ? null : int(0, 5000)) : Math.round(full * rnd() * 0.6);
    const score = solved ? pick(['1', '2', '3', '4', '4', '5', '5', '5', 'Offered', 'Offered', 'Unoffered', 'Unoffered', '']) : pick(['Offered', 'Unoffered', '']);
    const assigned = status === 'New' ? PLACEHOLDER : wall(created + int(1, 90) * 60_000);
    const updated = wall(Math.max(created, solvedAt ?? created) + int(0, 3000) * 60_000);
    const row = [
      300_000 + i, 10_000_000_000_000 + int(0, 9_000_000), pick(groups), reopened ? 'Open' : status, pick(priorities), pick(vias), wall(created), updated,
      assigned, assigned, solvedAt === null ? PLACEHOLDER : wall(solvedAt), full === null ? '' : Math.round(full / 60), score,
      reopened ? int(1, 3) : rnd() < 0.05 ? 1 : 0, replies, reply ?? '', first ?? '', first === null ? '' : Math.round(first * 0.5), full ?? '', fullBusiness ?? '',
      wait ?? '', wait === null ? '' : Math.round(wait * 0.5), pick(categories),
    ];
    await write(`${row.map(csv).join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { bytes };
}
