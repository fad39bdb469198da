/** `kb start` (`npm start`): the main job on the bundled sample — build, report, serve. */
import { Command } from 'commander';
import { parsePort } from './serve.ts';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Build the help center and serve it with the analytics API; with the sample content, also load sample data and write the weekly report.')
    .option('--port <port>', 'TCP port (0 picks a free one)', parsePort, 4321)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--content <dir>', 'KB root holding kb.config.yaml and articles/', 'content')
    .option('--db <file>', 'analytics database', 'data/analytics.db')
    .option('--no-sample', 'do not load the sample tickets and analytics, even into empty databases')
    .addHelpText(
      'after',
      '\nSteps: (1) with --sample and an empty analytics database, load the generated sample analytics and write the\n' +
        'weekly report from the sample ticket export into reports/<week>/; (2) export popular articles to\n' +
        'data/popular.json; (3) kb build (lint gate, Astro, Pagefind); (4) kb serve until Ctrl-C.',
    )
    .action(async (options: { port: number; host: string; content: string; db: string; sample: boolean }) => {
      const { runStart } = await import('../start/run-start.ts');
      process.exitCode = await runStart(options);
    });
}
