/**
 * Writes a large Zendesk CSV ticket export for the reports benchmark:
 * `count` tickets over `days` days, on forty-odd questions phrased many
 * ways — subject templates with slots, two or three description sentences
 * from the question's pool, and details (names, numbers, places) drawn from
 * a large vocabulary — so almost every ticket's text is unique, as in a real
 * helpdesk. Streams to disk, seeded.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../../content/samples/sample-random.ts';

const things = ['schedule', 'shift', 'timesheet', 'payroll export', 'time off request', 'invoice', 'invite', 'calendar sync', 'notification', 'kiosk', 'mobile app', 'report', 'API key', 'webhook', 'location', 'role', 'overtime rule', 'break', 'template', 'password'];
const verbs = ['set up', 'change', 'delete', 'export', 'fix', 'find', 'approve', 'print', 'copy', 'share', 'sync', 'reset', 'move', 'rename', 'restore'];
const problems = ['is missing', 'shows the wrong hours', 'does not load', 'is duplicated', 'keeps crashing', 'is very slow', 'looks different', 'stopped working', 'shows an error', 'is empty'];
const places = ['Berlin', 'Austin', 'Leeds', 'Lyon', 'Osaka', 'Denver', 'Porto', 'Cork', 'Tampa', 'Graz', 'Malmo', 'Perth'];
const names = ['Maria', 'Tom', 'Aisha', 'Jonas', 'Lucia', 'Kenji', 'Grace', 'Omar', 'Priya', 'Sam', 'Devon', 'Lena', 'Noah', 'Chloe', 'Mateo', 'Zoe', 'Ivan', 'Mei', 'Ravi', 'Ada'];
const fillers = ['since Monday', 'after the last update', 'for the night team', 'on my iPhone', 'on Android', 'in Chrome', 'for two employees', 'for the whole team', 'every week', 'since yesterday', 'at the new store', 'for part-timers', 'in the evening', 'before payday'];

/** One question customers ask: its verb and thing, so subjects and bodies stay on topic. */
const questions = verbs.flatMap((verb) => things.map((thing) => ({ verb, thing }))).filter((_, i) => i % 7 === 0);

/** Options of {@link writeTicketExport}. */
export interface ExportOptions {
  file: string;
  count: number;
  days: number;
  end: number;
  seed?: number;
}

/** Writes the export; resolves when it is on disk. */
export async function writeTicketExport(options: ExportOptions): Promise<{ bytes: number; topics: number }> {
  const rnd = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out = createWriteStream(options.file);
  const csv = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = (ms: number) => {
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
  const header = ['Id', 'Requester', 'Requester id', 'Requester email', 'Subject', 'Description', 'Tags', 'Status', 'Priority', 'Via', 'Created at', 'Solved at', 'Satisfaction Score', 'Reopens', 'Replies', 'First reply time in minutes', 'Plan [list]', 'Category [list]'];
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${header.join(',')}\n`);
  const start = options.end - options.days * 86_400_000;
  for (let i = 0; i < options.count; i++) {
    const q = pick(questions);
    const problem = pick(problems);
    const name = pick(names);
    const subject = pick([
      `How do I ${q.verb} a ${q.thing}?`,
      `Can't ${q.verb} the ${q.thing}`,
      `${q.thing[0]!.toUpperCase()}${q.thing.slice(1)} ${problem}`,
      `Need to ${q.verb} ${q.thing} ${pick(fillers)}`,
      `Question about ${q.verb} ${q.thing}`,
    ]);
    const description = [
      pick(['', 'Hi, ', 'Hello team, ', 'Good morning. ']),
      `I am trying to ${q.verb} the ${q.thing} ${pick(fillers)} but it ${problem}. `,
      rnd() < 0.6 ? `We have ${2 + Math.floor(rnd() * 300)} staff at our ${pick(places)} location. ` : '',
      rnd() < 0.5 ? `The ${q.thing} ${pick(problems)} ${pick(fillers)}. ` : '',
      `\nThanks,\n${name} ${pick(places)}`,
    ].join('');
    const created = start + Math.floor(rnd() * (options.end - start));
    const solved = rnd() < 0.8;
    const reply = 5 + Math.floor(rnd() * 900);
    const row = [
      200_000 + i, name, 10_000 + Math.floor(rnd() * 30_000), `${name.toLowerCase()}${i}@example.org`, subject, description, '',
      solved ? 'Solved' : pick(['Open', 'Pending', 'New']), pick(['Low', 'Normal', 'Normal', 'High', 'Urgent']), pick(['Web form', 'Email', 'Chat']),
      stamp(created), solved ? stamp(created + (reply + 120) * 60_000) : '', pick(['Good', 'Bad', 'Offered', '']), rnd() < 0.07 ? 1 : 0, 1 + Math.floor(rnd() * 4), reply,
      pick(['free', 'pro', 'enterprise']), pick(['how-to', 'bug', 'billing', 'account']),
    ];
    await write(`${row.map(csv).join(',')}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { bytes, topics: questions.length };
}
