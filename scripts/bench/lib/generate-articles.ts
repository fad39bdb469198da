/**
 * Writes a synthetic help center for benchmarks: `kb.config.yaml` plus
 * `count` lint-clean articles of about 600 words, spread over every category
 * and article type. The same seed always writes the same files, so runs of
 * different tools (build, lint, search) compare like with like.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../../content/samples/sample-random.ts';

export interface GenerateArticlesOptions {
  /** How many articles to write. */
  count: number;
  /** The KB root to (re)create: `kb.config.yaml` and `articles/` go inside. */
  dir: string;
  /** Seed of the pseudo-random choices; defaults to 1. */
  seed?: number;
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  category: string;
  type: string;
  productArea: string;
  /** Path relative to `dir`. */
  file: string;
  words: number;
}

export interface GenerateArticlesResult {
  dir: string;
  articles: GeneratedArticle[];
  totalWords: number;
}

const config = `# Generated help center for benchmarks (scripts/bench/lib/generate-articles.ts).
site:
  name: Tidyshift Help Center
  product: Tidyshift
  url: https://help.tidyshift.example
  language: en
contact:
  email: support@tidyshift.example
plans: [free, pro, enterprise]
product_areas: [scheduling, time-tracking, time-off, team, notifications, integrations, api, billing, account, security, mobile-app]
readability:
  product_names: [Tidyshift]
`;

interface Area {
  id: string;
  things: string[];
  screen: string;
}

const areas: Area[] = [
  { id: 'scheduling', screen: 'Schedule', things: ['a shift', 'the week plan', 'an open shift', 'a shift swap', 'a shift note', 'the rota'] },
  { id: 'time-tracking', screen: 'Timesheets', things: ['a timesheet', 'your clock-in', 'a break', 'the hours report', 'an overtime rule', 'a time entry'] },
  { id: 'time-off', screen: 'Time off', things: ['a leave request', 'a sick day', 'a holiday', 'the leave balance', 'a day off', 'a leave type'] },
  { id: 'team', screen: 'Team', things: ['a teammate', 'a team lead', 'a job role', 'a work site', 'a team group', 'a pay rate'] },
  { id: 'notifications', screen: 'Alerts', things: ['a shift alert', 'an email alert', 'a push alert', 'a daily digest', 'a quiet time', 'a reminder'] },
  { id: 'integrations', screen: 'Apps', things: ['the calendar link', 'the chat app', 'the payroll app', 'a file export', 'an app token', 'the sync job'] },
  { id: 'api', screen: 'Developers', things: ['an API key', 'a webhook', 'the rate limit', 'an API call', 'a test key', 'the event feed'] },
  { id: 'billing', screen: 'Billing', things: ['your card', 'an invoice', 'your plan', 'a refund', 'the tax ID', 'a receipt'] },
  { id: 'account', screen: 'Account', things: ['your password', 'your email', 'your profile', 'the workspace name', 'your time zone', 'your login'] },
  { id: 'security', screen: 'Security', things: ['two-step login', 'a login alert', 'a device', 'the audit log', 'a backup code', 'a session'] },
  { id: 'mobile-app', screen: 'Mobile', things: ['the phone app', 'the app widget', 'the app login', 'the offline mode', 'the app alerts', 'the app update'] },
];

const verbs = ['Add', 'Change', 'Check', 'Delete', 'Edit', 'Export', 'Find', 'Move', 'Pause', 'Print', 'Rename', 'Reset', 'Restore', 'Set up', 'Share', 'Turn off', 'Undo', 'Update', 'Use', 'View'];
const contexts = ['on the web', 'in the phone app', 'for one site', 'for a new team', 'for the whole team', 'for next week', 'for one person', 'on a shared tablet'];

interface CategoryPlan {
  id: string;
  type: 'how-to' | 'troubleshooting' | 'faq' | 'reference';
}

const categories: CategoryPlan[] = [
  { id: 'getting-started', type: 'how-to' },
  { id: 'how-to', type: 'how-to' },
  { id: 'troubleshooting', type: 'troubleshooting' },
  { id: 'api', type: 'reference' },
  { id: 'billing-and-account', type: 'how-to' },
  { id: 'faq', type: 'faq' },
];

const owners = ['maria', 'sam', 'li', 'ana', 'omar', 'jo', 'kit', 'rae'];
const difficulties = ['beginner', 'intermediate', 'advanced'] as const;
const planSets = [['free', 'pro', 'enterprise'], ['pro', 'enterprise'], ['enterprise'], ['free', 'pro']];

// Plain, short sentences keep the generated prose well under reading grade 8.
const fillers = [
  'You can do this at any time of day.',
  'It only takes a few clicks.',
  'We save your change right away.',
  'Your team sees the new state the next time they open the app.',
  'You do not need to sign out first.',
  'Most people do this once a week.',
  'If you make a mistake, you can undo it.',
  'The change works the same way on a phone and on a laptop.',
  'Only people who can edit the team can do this.',
  'We keep a log of who made each change.',
  'You get an email when we finish.',
  'It may take a minute to show up for everyone.',
  'You can come back and change it later.',
  'Try it with one person first if you are not sure.',
  'Ask your team lead if you do not see the button.',
  'The steps are the same on every plan that has this feature.',
  'We show a short note at the top of the page when it worked.',
  'Check the date at the top before you start.',
  'Keep the page open until you see the green check.',
  'This does not change any past weeks.',
];

const tips = [
  'Pick a quiet time of day, so fewer people see the change half done.',
  'Tell your team in the chat before you make a big change.',
  'Use the search box at the top to find a person fast.',
  'Save often if you have a lot to change.',
  'Print the page if you want a paper copy for the wall.',
  'Use the filter to see one site at a time.',
  'Star the page so you can find it again.',
  'Try the keyboard: press the slash key to search.',
];

const problems = [
  ['the button is gray', 'ask an admin to give you edit rights'],
  ['"Something went wrong"', 'reload the page and try again'],
  ['the change does not show', 'wait a minute, then pull down to refresh the app'],
  ['an old date', 'check the time zone in your profile'],
  ['"Not allowed"', 'check that your plan has this feature'],
  ['a blank page', 'clear the cache of your browser and open the page again'],
  ['two copies', 'delete one of them and keep the newest'],
  ['the wrong name', 'open the person and fix the name first'],
];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentences(count: number, random: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(fillers, random));
  return out.join(' ');
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Planned {
  slug: string;
  title: string;
  category: CategoryPlan;
  area: Area;
  thing: string;
  verb: string;
  context: string;
}

/** Every (verb, thing, context) combination, shuffled, so titles are unique up to 10,560 articles. */
function planTitles(count: number, random: () => number): Planned[] {
  const combos: Array<[string, Area, string, string]> = [];
  for (const context of contexts) for (const area of areas) for (const thing of area.things) for (const verb of verbs) combos.push([verb, area, thing, context]);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [combos[i], combos[j]] = [combos[j]!, combos[i]!];
  }
  if (count > combos.length) throw new Error(`generateArticles: at most ${combos.length} articles, got ${count}`);
  const planned: Planned[] = [];
  for (let i = 0; i < count; i++) {
    const [verb, area, thing, context] = combos[i]!;
    const category = categories[i % categories.length]!;
    const action = `${verb.toLowerCase()} ${thing} ${context}`;
    const title =
      category.type === 'faq'
        ? `How do I ${action}?`
        : category.type === 'troubleshooting'
          ? `Fix it when you cannot ${action}`
          : `${verb} ${thing} ${context}`;
    const base = slugify(category.type === 'troubleshooting' ? `fix ${action}` : `${verb} ${thing} ${context}`);
    planned.push({ slug: `${base}-${i + 1}`, title, category, area, thing, verb, context });
  }
  return planned;
}

function stepsList(p: Planned, random: () => number): string {
  const steps = [
    `Open **${p.area.screen}** from the menu on the left.`,
    `Find ${p.thing} in the list, or use the search box.`,
    `Click **${p.verb}** next to it.`,
    `Check the details in the form that opens.`,
    `Click **Save** at the bottom of the form.`,
  ];
  if (random() < 0.5) steps.splice(3, 0, 'Pick the dates you need.');
  return steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
}

function troubleshooting(random: () => number, n = 3): string {
  const out: string[] = [];
  const start = Math.floor(random() * problems.length);
  for (let i = 0; i < n; i++) {
    const [seen, fix] = problems[(start + i) % problems.length]!;
    out.push(`- If you see ${seen}: ${fix}.`);
  }
  return out.join('\n');
}

function related(index: number, planned: readonly Planned[], self: Planned): string {
  const out: string[] = [];
  for (let k = 1; out.length < 4; k++) {
    const other = planned[(index + k * 7) % planned.length]!;
    if (other === self) continue;
    const href = other.category.id === self.category.id ? `./${other.slug}.mdx` : `../${other.category.id}/${other.slug}.mdx`;
    out.push(`- [${other.title}](${href})`);
  }
  return out.join('\n');
}

function body(index: number, planned: readonly Planned[], random: () => number): string {
  const p = planned[index]!;
  const action = `${p.verb.toLowerCase()} ${p.thing}`;
  const quick = `Open **${p.area.screen}**, find ${p.thing}, and click **${p.verb}**. ${sentences(1, random)}`;
  const stillStuck = `Write to us from the [contact page](/contact). Tell us what you tried to ${action}, and add a screenshot if you can.`;
  const relatedList = related(index, planned, p);
  const extra = (n: number) => sentences(n, random);
  switch (p.category.type) {
    case 'faq':
      return [
        `## Quick answer\n\nYes. ${quick}`,
        `## Details\n\n${extra(8)}\n\n### On the web\n\n${extra(8)}\n\n### In the phone app\n\n${extra(6)}\n\n${stepsList(p, random)}\n\n### Who can do it\n\n${extra(6)}\n\n${extra(5)}\n\n### Good to know\n\n${extra(8)}`,
        `## Related articles\n\n${relatedList}`,
        `## Still stuck?\n\n${stillStuck}`,
      ].join('\n\n');
    case 'troubleshooting':
      return [
        `## Quick answer\n\n${quick}`,
        `## Symptoms\n\n${extra(5)}\n\n- You cannot ${action}.\n- The page shows an error.\n- Your team does not see the change.`,
        `## Steps\n\n${stepsList(p, random)}\n\n${extra(8)}\n\n${extra(6)}`,
        `## Common variations\n\n${troubleshooting(random, 4)}\n\n${extra(8)}\n\n${extra(6)}`,
        `## Related articles\n\n${relatedList}`,
        `## Still stuck?\n\n${stillStuck}`,
      ].join('\n\n');
    case 'reference':
      return [
        `## Quick answer\n\n${quick}`,
        `## Before you start\n\n${extra(8)}`,
        `## Reference\n\n${extra(6)}\n\n| Field | What it means |\n| --- | --- |\n| name | The name you see in the list. |\n| date | The day it starts. |\n| owner | The person who made it. |\n\n${extra(8)}\n\n${extra(6)}`,
        `## Examples\n\n${extra(8)}\n\n\`\`\`sh\ncurl https://api.tidyshift.example/v1/items -H "Authorization: Bearer $KEY"\n\`\`\`\n\n${extra(6)}`,
        `## Related articles\n\n${relatedList}`,
        `## Still stuck?\n\n${stillStuck}`,
      ].join('\n\n');
    default:
      return [
        `## Quick answer\n\n${quick}`,
        `## Before you start\n\n${extra(7)}\n\n- You need a Tidyshift account.\n- You need edit rights for ${p.area.screen}.`,
        `## Steps\n\n${stepsList(p, random)}\n\n${extra(8)}\n\n${extra(6)}`,
        `## Tips\n\n- ${pick(tips, random)}\n- ${pick(tips, random)}\n\n${extra(8)}`,
        `## Troubleshooting\n\n${troubleshooting(random)}\n\n${extra(8)}`,
        `## Related articles\n\n${relatedList}`,
        `## Still stuck?\n\n${stillStuck}`,
      ].join('\n\n');
  }
}

function frontmatter(p: Planned, index: number, random: () => number): string {
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  const lines = [
    '---',
    `title: ${JSON.stringify(p.title)}`,
    `summary: ${JSON.stringify(`Learn how to ${p.verb.toLowerCase()} ${p.thing} ${p.context} in a few steps.`)}`,
    `type: ${p.category.type}`,
    `category: ${p.category.id}`,
    `product_area: ${p.area.id}`,
    `applies_to: [${pick(planSets, random).join(', ')}]`,
    `difficulty: ${pick(difficulties, random)}`,
    `last_updated: 2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `owner: ${owners[index % owners.length]}`,
    `keywords: [${JSON.stringify(`${p.verb.toLowerCase()} ${p.thing.replace(/^(a|an|the|your) /, '')}`)}]`,
  ];
  if (index % 10 === 3) lines.push(`aliases: [old-${p.slug}]`);
  lines.push('---', '');
  return lines.join('\n');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

/** Writes the KB and returns what it wrote; `dir` is emptied first. */
export function generateArticles(options: GenerateArticlesOptions): GenerateArticlesResult {
  const { count, dir } = options;
  if (!Number.isInteger(count) || count < 6) throw new Error(`generateArticles: count must be an integer of at least 6 (one per category), got ${count}`);
  const random = seededRandom(options.seed ?? 1);
  const root = path.resolve(dir);
  rmSync(root, { recursive: true, force: true });
  for (const c of categories) mkdirSync(path.join(root, 'articles', c.id), { recursive: true });
  writeFileSync(path.join(root, 'kb.config.yaml'), config);
  const planned = planTitles(count, random);
  const articles: GeneratedArticle[] = [];
  let totalWords = 0;
  planned.forEach((p, index) => {
    const text = `${frontmatter(p, index, random)}\n${body(index, planned, random)}\n`;
    const file = path.join('articles', p.category.id, `${p.slug}.mdx`);
    writeFileSync(path.join(root, file), text);
    const words = countWords(text);
    totalWords += words;
    articles.push({ slug: p.slug, title: p.title, category: p.category.id, type: p.category.type, productArea: p.area.id, file, words });
  });
  return { dir: root, articles, totalWords };
}
