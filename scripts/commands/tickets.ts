/** `kb tickets`: bring helpdesk ticket exports into the local warehouse. */
import { Command, Option } from 'commander';
import { formatDescriptions, ticketFormats, type TicketFormat } from '../tickets/ticket-formats.ts';

export function registerTickets(program: Command): void {
  const tickets = program.command('tickets').description('Import helpdesk ticket exports into the local warehouse for gap and support reports.');
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
}
