/** `kb hygiene`: articles to rewrite, retire, verify, merge, retag, relink or update for a release. */
import { Command, Option } from 'commander';

export function registerHygiene(program: Command): void {
  program
    .command('hygiene')
    .description('Report KB hygiene: unhelpful, unseen, stale, duplicate, mis-tagged, broken-link and release-affected articles, per owner.')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html']).default('md'))
    .option('--out <dir>', 'write hygiene.<format> into this folder instead of printing')
    .option('--releases <file>', 'release notes (Markdown changelog, or YAML/JSON list of { title, date, product_areas })')
    .option('--db <file>', 'warehouse database', 'data/kb.db')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .addHelpText(
      'after',
      '\nRules (PLAYBOOK §1.3, thresholds in reports.hygiene of kb.config.yaml): unhelpful < 60% helpful with 10+ votes\n' +
        'in 90 days; unseen 0 views in 30 days; stale last_updated over 90 days; duplicates by title/body similarity;\n' +
        'tag gaps; broken links (from kb lint); release notes naming an article\'s product_area.',
    )
    .action(async (options: { format: 'md' | 'json' | 'html'; out?: string; releases?: string; db: string; content: string }) => {
      const { runHygiene } = await import('../hygiene/run-hygiene.ts');
      process.exitCode = await runHygiene(options);
    });
}
