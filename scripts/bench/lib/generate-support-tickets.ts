/**
 * Generates canonical tickets for the support benchmarks: `count` tickets
 * over `days` days before `end`, busier on weekday mornings, written in the
 * ways customers write (a few hundred phrasings from a mix of intents,
 * greetings and details), with replies, reopens, ratings and open tickets
 * in realistic shares. Seeded, so every run sees the same tickets.
 */
import { ticketSchema, type Ticket } from '../../tickets/ticket-schema.ts';
import { seededRandom } from '../../../content/samples/sample-random.ts';

const intents: Array<{ subjects: string[]; bodies: string[]; tags: string[] }> = [
  { subjects: ['How do I export timesheets?', 'Export hours for payroll', 'Where is the payroll export?'], bodies: ['I need to export last week for payroll and cannot find the button.', 'How can I send hours to our payroll provider?'], tags: ['payroll'] },
  { subjects: ['Shift swap not working', 'Swap button is broken', 'Cannot swap shifts'], bodies: ['When my staff try to swap a shift they get an error.', 'The swap button does nothing on Android.'], tags: ['scheduling'] },
  { subjects: ['Charged twice', 'Invoice is wrong', 'Refund request'], bodies: ['We were charged twice this month, please refund $49.', 'The invoice shows the wrong plan and VAT.', 'I want a refund of $600 for the annual plan.'], tags: ['billing'] },
  { subjects: ['App is down', 'Outage?', 'Nothing loads'], bodies: ['The whole app is down for everyone on our team.', 'We see a blank page since 9am, is there an outage?'], tags: [] },
  { subjects: ['Feature request: dark mode', 'Suggestion for the calendar', 'Would be nice to colour shifts'], bodies: ['It would be nice to colour shifts by role.', 'Feature request: a dark theme for night staff.'], tags: ['feedback'] },
  { subjects: ['Password reset', "Can't log in", 'Locked out'], bodies: ["I can't log in, the reset email never came.", 'Everyone on the team cannot log in this morning!', 'One manager is locked out after too many tries.'], tags: ['login'] },
  { subjects: ['Calendar sync stopped', 'Google Calendar not updating', 'Outlook shows old shifts'], bodies: ['The calendar sync stopped working yesterday.', 'Shifts do not show in Outlook any more.'], tags: ['integration'] },
  { subjects: ['This is unacceptable', 'Still broken!!', 'Third time writing'], bodies: ['This is unacceptable, the export is still broken and I want to talk to a lawyer.', 'Still broken after your fix, so frustrating.'], tags: [] },
  { subjects: ['Cancel our subscription', 'We are switching', 'Close my account'], bodies: ['Please cancel our subscription, we are switching to Rosterly.', 'We want to close our account at the end of the month.'], tags: [] },
  { subjects: ['App is slow', 'Schedule page takes forever', 'Timeout when saving'], bodies: ['The schedule page is very slow for our 200 staff.', 'Saving a week times out half of the time.'], tags: ['performance'] },
  { subjects: ['How do I add a location?', 'Set up a second store', 'Getting started with locations'], bodies: ['We opened a second store, how do I set up a new location?', 'Is it possible to have two locations on one account?'], tags: ['onboarding'] },
  { subjects: ['Suspicious login email', 'Was my account hacked?'], bodies: ['I got an email about a suspicious login from another country.', 'I think my account was hacked, shifts were deleted.'], tags: ['security'] },
];
const greetings = ['', 'Hi, ', 'Hello team, ', 'Good morning. ', 'Hey, '];
const endings = ['', ' Thanks!', ' Thank you so much.', ' Please help asap.', ' Regards, Sam'];
const plans = ['free', 'pro', 'pro', 'pro', 'enterprise'];
const statuses = ['solved', 'solved', 'solved', 'closed', 'closed', 'open', 'pending'] as const;

/** Options of {@link generateSupportTickets}. */
export interface GenerateOptions {
  count: number;
  days: number;
  /** The moment the history ends (ms since the epoch). */
  end: number;
  seed?: number;
}

/** The tickets, oldest first. */
export function generateSupportTickets(options: GenerateOptions): Ticket[] {
  const rnd = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const start = options.end - options.days * 86_400_000;
  const tickets: Ticket[] = [];
  for (let i = 0; i < options.count; i++) {
    // Weekday office hours get most tickets: draw a time, keep it with a weight.
    let created: number;
    for (;;) {
      created = start + Math.floor(rnd() * (options.end - start));
      const d = new Date(created);
      const weight = (d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 0.35 : 1) * (d.getUTCHours() >= 13 && d.getUTCHours() < 23 ? 1 : 0.3);
      if (rnd() < weight) break;
    }
    const intent = pick(intents);
    const status = created > options.end - 2 * 86_400_000 ? pick(['open', 'pending', 'solved'] as const) : pick(statuses);
    const replyMinutes = rnd() < 0.05 ? null : Math.round(5 + rnd() ** 3 * 1800);
    const solvedAt = status === 'solved' || status === 'closed' ? Math.min(options.end - 1000, created + Math.round((30 + rnd() ** 2 * 5000) * 60_000)) : null;
    const rating = rnd();
    tickets.push(ticketSchema.parse({
      id: String(100_000 + i),
      created_at: new Date(created).toISOString(),
      first_reply_at: null,
      first_reply_minutes: replyMinutes,
      solved_at: solvedAt === null ? null : new Date(solvedAt).toISOString(),
      status,
      priority: null,
      channel: pick(['email', 'web', 'chat']),
      subject: pick(intent.subjects),
      description: `${pick(greetings)}${pick(intent.bodies)}${pick(endings)}`,
      tags: intent.tags,
      category: null,
      requester_id: `u${Math.floor(rnd() * 20_000)}`,
      requester_email: null,
      organization: null,
      plan: pick(plans),
      satisfaction: rating < 0.45 ? null : rating < 0.55 ? 2 : rating < 0.65 ? 3 : rating < 0.8 ? 4 : 5,
      reopens: rnd() < 0.08 ? 1 : 0,
      replies: 1 + Math.floor(rnd() ** 2 * 4),
      article: null,
      session: null,
    }));
  }
  return tickets.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}
