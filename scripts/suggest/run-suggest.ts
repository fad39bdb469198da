/** `kb suggest` as a function: find the ticket, suggest articles and a template, print them. */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { terminalText } from '../../plugins/text/terminal-text.ts';
import { UserError } from '../cli/user-error.ts';
import { loadCustomers } from '../churn/load-customers.ts';
import { reportStopWords } from '../gaps/report-stop-words.ts';
import { createArticleSearch } from '../kb-search/article-search.ts';
import { loadWarehouseTickets } from '../metrics/load-support-data.ts';
import { parseNow } from '../triage/parse-now.ts';
import { loadTemplates, replyText, templatesDir } from './load-templates.ts';
import { suggestForTicket } from './suggest-for-ticket.ts';

/** Options of {@link runSuggest}, as the command line gives them. */
export interface RunSuggestOptions {
  id: string;
  db: string;
  content: string;
  customers?: string;
  format: 'text' | 'json';
  now?: string;
  write?: (text: string) => void;
}

/** Runs `kb suggest`; returns the exit code. */
export async function runSuggest(options: RunSuggestOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadConfig(contentDir);
  const support = supportSettings(config);
  const tickets = loadWarehouseTickets(options.db);
  const ticket = tickets.find((t) => t.id === options.id);
  if (!ticket) throw new UserError(`No ticket "${options.id}" in ${options.db}: check the id (kb triage --db ${options.db} lists them), or import the export that holds it.`);
  const templates = loadTemplates(templatesDir(contentDir, support.templates.dir));
  const suggestion = suggestForTicket({
    ticket,
    history: tickets,
    support,
    search: createArticleSearch(contentDir, { stopWords: reportStopWords(config) }),
    templates,
    siteUrl: config.site.url,
    now: parseNow(options.now),
    customers: loadCustomers(options.customers ?? support.files.customers, options.customers !== undefined),
  });
  const template = templates.find((t) => t.file === suggestion.template.file);
  if (options.format === 'json') {
    write(`${JSON.stringify({ ...suggestion, template: { ...suggestion.template, file: template ? path.relative(process.cwd(), template.file) : null, reply: template ? replyText(template) : null } }, null, 2)}\n`);
    return 0;
  }
  const t = suggestion.triage;
  const lines = [
    // The id and subject come from the export: nothing in them may drive the terminal.
    `Ticket ${terminalText(suggestion.ticket.id, { inline: true })}: ${terminalText(suggestion.ticket.subject, { inline: true })}`,
    `${t.priority} · ${t.category}${t.secondary.length > 0 ? ` (+ ${t.secondary.join(', ')})` : ''} · ${t.language} · ${t.sentiment} · route ${t.route} · SLA ${t.sla_state}${t.flags.length > 0 ? ` · flags ${t.flags.join(', ')}` : ''}`,
    '',
    'Articles:',
    ...(suggestion.articles.length === 0 ? ['  none match: a content gap? (kb gaps)'] : suggestion.articles.map((a, i) => `  ${i + 1}. ${a.title}\n     ${a.url}`)),
    '',
    `Template: ${suggestion.template.name}${template ? ` — ${template.title}` : ' (missing: run kb templates check)'} (${suggestion.template.reason})`,
  ];
  if (template) lines.push(`The headings are the HEARD steps; send the text under them and fill in the [brackets].`, '', template.body.trim());
  write(`${lines.join('\n')}\n`);
  return 0;
}
