/** `kb build`: lint gate, static site, search index. */
import path from 'node:path';
import { Command, Option } from 'commander';

interface BuildOptions {
  content: string;
  out: string;
  popular?: string;
  format: 'text' | 'json';
  cache: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build the help center: lint every article (errors stop the build), render the site with Astro, index it with Pagefind.')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .option('--out <dir>', 'output folder for the static site', 'dist')
    .option('--popular <file>', 'analytics export for the home page lists (default: site.popular_file in kb.config.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-cache', 'lint every article afresh instead of reusing results of unchanged ones')
    .addHelpText(
      'after',
      '\nExit codes: 0 built, 1 lint errors (the lint report is printed and nothing is written) or build failure, 2 bad usage or configuration.',
    )
    .action(async (options: BuildOptions) => {
      const { buildCommand } = await import('../build/build-command.ts');
      process.exitCode = await buildCommand({
        contentDir: path.resolve(options.content),
        outDir: path.resolve(options.out),
        popularFile: options.popular ? path.resolve(options.popular) : undefined,
        format: options.format,
        cache: options.cache,
      });
    });
}
