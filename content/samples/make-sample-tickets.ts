/**
 * Writes `tidyshift-tickets.csv`, the sample ticket export: a Zendesk CSV
 * export of a Tidyshift support desk, eight weeks (2026-09-21 to
 * 2026-11-15, America/Chicago), about 340 tickets on the questions the
 * sample articles answer, some they answer badly, and some they do not
 * answer at all. Run `node content/samples/make-sample-tickets.ts` after
 * changing a topic.
 */
import { writeFileSync } from 'node:fs';
import { pickWith, seededRandom } from './sample-random.ts';

interface SampleTopic {
  count: number;
  /** Weeks (0-7) the topic has tickets in; emerging topics start late. */
  weeks?: readonly number[];
  category: string;
  tags: string;
  subjects: readonly string[];
  descriptions: readonly string[];
}

const topics: SampleTopic[] = [
  {
    count: 45, category: 'account', tags: 'login',
    subjects: ['Forgot my password', "Can't log in", 'Password reset email never arrived', 'Locked out of my account', 'Reset link expired', 'How do I reset my password?'],
    descriptions: ['I forgot my password and the reset email never came. I checked spam.', "I can't log in since this morning, it says wrong password.", 'The password reset link says it expired. Can you send a new one?', 'One of my managers is locked out after too many password tries.'],
  },
  {
    count: 30, category: 'how-to', tags: 'team invite',
    subjects: ['How do I invite my team?', 'Invite not received', 'Employee never got the invite email', 'Add new staff to Tidyshift', 'Resend an invite'],
    descriptions: ['I invited three employees yesterday but none of them got the invite email.', 'How do I add my staff so they see the schedule?', 'A new hire says the invite link expired, how do I resend the invite?'],
  },
  {
    count: 35, category: 'integration', tags: 'payroll gusto',
    subjects: ['Hours not showing in Gusto', 'QuickBooks payroll sync question', 'How do I send hours to Gusto?', 'Gusto payroll has the wrong hours', 'Connect QuickBooks payroll', 'Payroll export to Gusto is missing employees'],
    descriptions: ['We connected Gusto but the hours for last week are not in payroll.', 'The article says to map employees but I cannot find where to match them in QuickBooks.', 'Two employees are missing when I send hours to Gusto. The others are fine.', 'Overtime hours show as regular hours in QuickBooks payroll.'],
  },
  {
    count: 22, category: 'how-to', tags: 'time_off',
    subjects: ['Time off balance is wrong', 'How do PTO balances accrue?', 'Vacation hours not adding up', 'Set up sick leave balance', 'Carry over unused PTO'],
    descriptions: ['An employee should have 40 hours of PTO balance but Tidyshift shows 32.', 'How does the time off balance accrue per hour worked? The settings are confusing.', 'Can unused vacation hours carry over to next year?'],
  },
  {
    count: 28, category: 'how-to', tags: 'scheduling',
    subjects: ['How do I swap a shift?', 'Swap shifts with a coworker', 'Can employees exchange shifts?', 'Shift swap between staff', 'Employee wants to swap shifts'],
    descriptions: ['Two of my employees want to swap (exchange) shifts on Saturday. How do they do it?', 'Can staff swap shifts with a coworker without calling me?', 'I need to swap my Friday shift, where is the shift exchange option?'],
  },
  {
    count: 20, category: 'how-to', tags: 'time_clock',
    subjects: ['Punch station at the front desk', 'Use an iPad as a time clock terminal', 'Shared punch station for staff', 'Time clock terminal setup'],
    descriptions: ['We want one punch station at the entrance where everyone clocks in. Is that possible?', 'Can an iPad on the wall be a time clock terminal for the whole team?', 'Staff do not have phones at work, we need a shared punch station.'],
  },
  {
    count: 18, category: 'billing', tags: 'billing',
    subjects: ['Charged twice this month', 'Double charge on my card', 'Two charges for one subscription'],
    descriptions: ['I see two charges from Tidyshift on our card this month.', 'We were charged twice for the Pro plan, please refund one.'],
  },
  {
    count: 24, category: 'integration', tags: 'calendar',
    subjects: ['Google Calendar not updating', 'Shifts missing in Outlook calendar', 'Calendar sync shows old shifts', 'Calendar sync stopped'],
    descriptions: ['My shifts stopped showing in Google Calendar after Monday.', 'Outlook still shows last week’s shifts, the calendar sync does not update.'],
  },
  {
    count: 20, category: 'bug', tags: 'notifications',
    subjects: ['No shift reminders', 'Not getting shift notifications', 'Push notifications stopped', 'Staff miss shift reminders'],
    descriptions: ['Nobody on my team gets shift reminder notifications anymore.', 'Push notifications for new shifts stopped on my phone.'],
  },
  {
    count: 12, category: 'churn-risk', tags: 'billing cancel',
    subjects: ['Cancel my subscription', 'How do I cancel?', 'Stop billing at the end of the month'],
    descriptions: ['We are closing the shop. How do I cancel the subscription?', 'Please cancel our plan, we moved to another tool.'],
  },
  {
    count: 26, category: 'feature-request', tags: 'scheduling',
    subjects: ['Print the weekly schedule', 'How do I print the schedule?', 'Print the schedule for the break room', 'Print schedule on paper'],
    descriptions: ['We pin the schedule on the wall every week. How can I print it?', 'Is there a way to print the weekly schedule on one page?', 'Staff without the app want a paper copy of the schedule, can I print it?'],
  },
  {
    count: 16, weeks: [2, 3, 4, 5, 6, 7], category: 'how-to', tags: 'account',
    subjects: ['Second shop location', 'Manage multiple shop locations', 'New shop location', 'Two shop locations'],
    descriptions: ['We opened a second shop. How do I set up the new shop location?', 'Can we run several shop locations with their own staff?'],
  },
  {
    count: 14, category: 'how-to', tags: 'scheduling',
    subjects: ['Copy last week’s schedule', 'Recurring shifts every week', 'Shift template for the same weekly schedule', 'Repeat a schedule every week'],
    descriptions: ['Our schedule is the same every week. Can I copy last week instead of starting over?', 'Is there a shift template or recurring shifts option?'],
  },
  {
    count: 25, weeks: [5, 6, 7], category: 'bug', tags: 'android mobile',
    subjects: ['Android app crashes when I clock in', 'App closes on Android at clock in', 'Clock in crash on Android', 'Android app keeps crashing'],
    descriptions: ['Since the last update the Android app crashes when I tap Clock in.', 'The app closes on my Android phone every time I clock in. iPhone users are fine.'],
  },
];

const oneOffs = [
  ['Invoice needs our VAT number', 'Please add our VAT number to the invoices.'],
  ['API rate limit for our integration', 'We get 429 errors when syncing shifts overnight.'],
  ['Delete our workspace', 'Please delete our workspace and all data.'],
  ['Spanish language?', 'Is the app available in Spanish for our staff?'],
  ['Feature idea: shift notes', 'It would help to add a note to each shift.'],
  ['Nonprofit pricing', 'We are a food bank, do you have a nonprofit discount?'],
  ['Slack channel for schedule updates', 'Can schedule changes go to our Slack channel?'],
  ['Okta login for managers', 'We want managers to sign in with Okta.'],
  ['Change plan to yearly', 'How do we switch to yearly billing?'],
  ['Trial ended early?', 'Our trial says ended but we signed up 10 days ago.'],
];

const first = ['Maria', 'Tom', 'Aisha', 'Jonas', 'Lucia', 'Kenji', 'Grace', 'Omar', 'Priya', 'Sam', 'Devon', 'Lena', 'Noah', 'Chloe', 'Mateo', 'Zoe'];
const last = ['Lopez', 'Becker', 'Khan', 'Berg', 'Romano', 'Sato', 'Miller', 'Haddad', 'Patel', 'Nguyen', 'Fischer', 'Brown'];
const businesses = ['Corner Bakery', 'Oak Street Cafe', 'Bright Smile Dental', 'Northside Gym', 'Little Sprouts Daycare', 'Harbor Hotel', 'City Bikes', 'Green Leaf Grocers', 'Bella Salon', 'Riverside Clinic'];
const plans = ['free', 'pro', 'pro', 'pro', 'enterprise'];

const random = seededRandom(20260921);
const pick = <T>(list: readonly T[]) => pickWith(random, list);

interface Job {
  topic: SampleTopic | undefined;
  subject: string;
  description: string;
  week: number;
}
const jobs: Job[] = [];
for (const topic of topics) {
  const weeks = topic.weeks ?? [0, 1, 2, 3, 4, 5, 6, 7];
  for (let i = 0; i < topic.count; i++) {
    const person = `${pick(first)} ${pick(last)}`;
    const contact = random() < 0.25 ? ` You can call me at (312) 555-01${String(10 + (i % 90)).padStart(2, '0')}.` : '';
    jobs.push({ topic, subject: pick(topic.subjects), description: `${pick(['Hi, ', 'Hello, ', ''])}${pick(topic.descriptions)}${contact}\n\nThanks,\n${person}`, week: pick(weeks) });
  }
}
for (const [subject, description] of oneOffs) jobs.push({ topic: undefined, subject: subject!, description: description!, week: Math.floor(random() * 8) });

// Busy on weekday mornings, quiet at night and on Sunday.
const hours = [7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 18, 20];
const weekdays = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6];
const start = Date.UTC(2026, 8, 21); // Monday 2026-09-21
const pad = (n: number) => String(n).padStart(2, '0');
const local = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const stamped = jobs.map((job) => ({ job, at: start + (job.week * 7 + pick(weekdays)) * 86_400_000 + pick(hours) * 3_600_000 + Math.floor(random() * 60) * 60_000 }));
stamped.sort((a, b) => a.at - b.at);

const header = ['Summation column', 'Id', 'Requester', 'Requester id', 'Requester external id', 'Requester email', 'Requester domain', 'Submitter', 'Assignee', 'Group', 'Subject', 'Description', 'Tags', 'Status', 'Priority', 'Via', 'Ticket type', 'Created at', 'Updated at', 'Assigned at', 'Organization', 'Due date', 'Initially assigned at', 'Solved at', 'Resolution time', 'Satisfaction Score', 'Group stations', 'Assignee stations', 'Reopens', 'Replies', 'First reply time in minutes', 'First reply time in minutes within business hours', 'First resolution time in minutes', 'First resolution time in minutes within business hours', 'Full resolution time in minutes', 'Full resolution time in minutes within business hours', 'Agent wait time in minutes', 'Agent wait time in minutes within business hours', 'Requester wait time in minutes', 'Requester wait time in minutes within business hours', 'On hold time in minutes', 'On hold time in minutes within business hours', 'Plan [list]', 'Category [list]'];
const csv = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
const agents = ['Kim Lee', 'Alex Rivera', 'Jordan Park'];
const lastWeekStart = start + 7 * 7 * 86_400_000;
const rows = [header.map(csv).join(',')];
stamped.forEach(({ job, at }, index) => {
  const requesterName = job.description.split('\n').at(-1)!;
  const business = pick(businesses);
  const domain = `${business.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  const open = at >= lastWeekStart && random() < 0.35;
  const reply = 10 + Math.floor(random() * (job.topic?.category === 'bug' ? 600 : 300));
  const resolution = reply + 30 + Math.floor(random() * 2000);
  const reopens = random() < 0.08 ? 1 : 0;
  const values: Record<string, string | number> = {
    'Summation column': index + 1,
    Id: 48001 + index,
    Requester: requesterName,
    'Requester id': 7000 + Math.floor(random() * 400),
    'Requester email': `${requesterName.split(' ')[0]!.toLowerCase()}@${domain}`,
    'Requester domain': domain,
    Submitter: requesterName,
    Assignee: pick(agents),
    Group: job.topic?.category === 'billing' || job.topic?.category === 'churn-risk' ? 'Billing' : 'Support',
    Subject: job.subject,
    Description: job.description,
    Tags: job.topic?.tags ?? '',
    Status: open ? pick(['Open', 'Pending', 'New']) : pick(['Solved', 'Solved', 'Closed']),
    Priority: job.topic?.category === 'bug' ? pick(['High', 'Urgent', 'Normal']) : pick(['Low', 'Normal', 'Normal', 'High']),
    Via: pick(['Web form', 'Web form', 'Email', 'Chat']),
    'Ticket type': job.topic?.category === 'bug' ? 'Incident' : 'Question',
    'Created at': local(at),
    'Updated at': local(at + reply * 60_000),
    'Assigned at': local(at + 5 * 60_000),
    Organization: business,
    'Initially assigned at': local(at + 5 * 60_000),
    'Solved at': open ? '' : local(at + resolution * 60_000),
    'Satisfaction Score': open ? 'Offered' : pick(['Good', 'Good', 'Good', 'Bad', 'Unoffered']),
    'Group stations': 1,
    'Assignee stations': 1,
    Reopens: reopens,
    Replies: 1 + Math.floor(random() * 4) + reopens,
    'First reply time in minutes': reply,
    'First reply time in minutes within business hours': reply,
    'First resolution time in minutes': open ? '' : resolution,
    'Full resolution time in minutes': open ? '' : resolution,
    'Plan [list]': pick(plans),
    'Category [list]': job.topic?.category ?? 'how-to',
  };
  rows.push(header.map((column) => csv(values[column] ?? '')).join(','));
});
writeFileSync(new URL('tidyshift-tickets.csv', import.meta.url), `${rows.join('\n')}\n`);
console.log(`${stamped.length} tickets`);
