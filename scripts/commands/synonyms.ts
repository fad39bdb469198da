/** `kb synonyms`: synonyms suggested from searches that found nothing and the article opened next. */
import { Command, Option } from 'commander';
import { parseNow } from '../triage/parse-now.ts';

export function registerSynonyms(program: Command): void {
  program
    .command('synonyms')
    .description('Suggest search synonyms: a search that found nothing, followed in the same session by opening an article, means that article (2+ sessions).')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--from <date>', 'first day (YYYY-MM-DD, in reports.timezone) or ISO time (default: 30 days before --to)')
    .option('--to <date>', 'last day included (YYYY-MM-DD) or ISO time (exclusive); default now')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .option('--now <time>', 'treat this ISO time as now')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nAccept a suggestion by adding its group to search.synonyms in kb.config.yaml, then rebuild.\nData: "kb analytics pull" fills the warehouse first. Exit codes: 0 done, 1 failed, 2 bad usage.')
    .action(async (options: { db: string; from?: string; to?: string; content: string; now?: string; format: 'text' | 'json' }) => {
      const { runSynonyms } = await import('../synonyms/run-synonyms.ts');
      process.exitCode = await runSynonyms({ ...options, now: options.now ? new Date(parseNow(options.now)) : undefined });
    });
}
