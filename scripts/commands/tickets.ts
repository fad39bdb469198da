/** `kb tickets`: bring helpdesk ticket exports into the local warehouse. */
import { Command, Option } from 'commander';
import { formatDescriptions, ticketFormats, type TicketFormat } from '../tickets/ticket-formats.ts';

export function registerTickets(program: Command): void {
  const tickets = program.command('tickets').description('Import helpdesk ticket exports, or pull them from the helpdesk API, into the local warehouse for gap and support reports.');
  tickets
    .command('import')
    .description('Import a ticket export (Zendesk, Freshdesk, Help Scout, Intercom, or any CSV with a column map).')
    .argument('<file>', 'the exported file (CSV, JSON or one JSON object per line)')
    .addOption(new Option('--format <format>', 'export format (default: detected from the header or first record)').choices([...ticketFormats]))
    .option('--map <file>', 'column map (YAML or JSON): the whole importer with --format csv, extra or overriding fields with any other format')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--timezone <zone>', "IANA time zone of timestamps without an offset (your helpdesk account's zone)", undefined)
    .option('--encoding <name>', 'character encoding of the file, such as windows-1252 (default: detected)', undefined)
    .option('--strict', 'fail on the first bad row and import nothing, instead of skipping bad rows', false)
    .addOption(new Option('--output <format>', 'summary format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `\nFormats:\n${ticketFormats.map((f) => `  ${f.padEnd(19)} ${formatDescriptions[f]}`).join('\n')}\n\n` +
        'Re-importing a file updates tickets with the same id; it never duplicates them, and a row older (by "Updated at") than the stored ticket is left out.\n' +
        'Exit codes: 0 every row imported, 3 imported with rows skipped (listed), 1 failed and nothing imported, 2 bad usage.',
    )
    .action(
      async (
        file: string,
        options: { format?: TicketFormat; map?: string; db: string; timezone?: string; encoding?: string; strict: boolean; output: 'text' | 'json' },
      ) => {
        const { runTicketsImport } = await import('../tickets/run-tickets-import.ts');
        process.exitCode = await runTicketsImport({ file, ...options });
      },
    );
  tickets
    .command('pull')
    .description('Pull tickets from a helpdesk API into the warehouse, incrementally: each run continues where the last one stopped.')
    .addOption(new Option('--source <helpdesk>', 'the helpdesk to read').choices(['zendesk', 'freshdesk', 'helpscout']).makeOptionMandatory())
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--since <when>', 'start of the first pull: a date (2026-01-01), an ISO date-time or days back (30d); default 90 days back')
    .option('--restart', 'forget the stored cursor and start again from --since', false)
    .addOption(new Option('--output <format>', 'summary format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nCredentials come from the environment only:\n' +
        '  zendesk    KB_ZENDESK_SUBDOMAIN, KB_ZENDESK_EMAIL, KB_ZENDESK_TOKEN (incremental export, cursor-based)\n' +
        '  freshdesk  KB_FRESHDESK_DOMAIN, KB_FRESHDESK_API_KEY (tickets by updated_at)\n' +
        '  helpscout  KB_HELPSCOUT_APP_ID, KB_HELPSCOUT_APP_SECRET (Mailbox API 2.0, OAuth2 client credentials)\n' +
        'KB_ZENDESK_URL, KB_FRESHDESK_URL and KB_HELPSCOUT_URL replace the vendor address (a proxy, a test server).\n' +
        'Rate limits are respected (429 Retry-After, X-Rate-Limit headers). Each page is saved with the cursor after it,\n' +
        'so an interrupted pull keeps what it saved and the next run continues. Exit codes: 0 pulled, 3 pulled with records skipped, 1 failed, 2 bad usage.',
    )
    .action(async (options: { source: 'zendesk' | 'freshdesk' | 'helpscout'; db: string; since?: string; restart: boolean; output: 'text' | 'json' }) => {
      const { runTicketsPull } = await import('../tickets/pull/run-tickets-pull.ts');
      process.exitCode = await runTicketsPull(options);
    });
}
