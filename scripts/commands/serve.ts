/** `kb serve`: the built site and the analytics API from one process. */
import { Command, InvalidArgumentError } from 'commander';

/** Parses a TCP port (0 = any free port). */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('use a port number from 0 to 65535.');
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the built site and the analytics API (/api/*) from one process.')
    .option('--port <port>', 'TCP port (0 picks a free one)', parsePort, 4321)
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--db <file|url>', 'analytics database: a SQLite file or a postgres:// URL (default: KB_ANALYTICS_DB, else analytics.database in kb.config.yaml)')
    .option('--site <dir>', 'folder of the built site', 'dist')
    .option('--no-site', 'serve the analytics API only (the site is on a CDN)')
    .option('--articles <file>', "the site's article manifest (articles.json from the build); default: the served site's"
    )
    .option('--content <dir>', 'KB root holding kb.config.yaml', 'content')
    .addHelpText(
      'after',
      '\nEnvironment: KB_ANALYTICS_DB (database file or postgres:// URL), KB_ANALYTICS_TOKEN (bearer token of the read API; unset = read API closed),\n' +
        'KB_ALLOWED_ORIGINS and KB_TRUSTED_PROXIES (comma-separated; override kb.config.yaml).\n' +
        'Contact requests (POST /api/contact) are delivered to contact.deliver in kb.config.yaml; without it,\n' +
        'KB_CONTACT_WEBHOOK_URL with KB_CONTACT_WEBHOOK_SECRET alone turns on the signed webhook. Vendor secrets only from the\n' +
        'environment (KB_ZENDESK_*, KB_FRESHDESK_*, KB_HELPSCOUT_*, KB_SMTP_*). `kb contact status` shows the outbox.\n' +
        'Events for article slugs the site does not have are stored as "unknown" (the list comes from dist/articles.json,\n' +
        'or --articles with --no-site; without either every slug is accepted).\n' +
        'Refuses to start on a database it cannot write or that fails quick_check, saying how to fix it.\n' +
        'Stops cleanly on SIGTERM or SIGINT: in-flight events are committed before the database closes.',
    )
    .action(async (options: { port: number; host: string; db?: string; site: string | false; articles?: string; content: string }, command: Command) => {
      const { runServe } = await import('../../analytics-api/cli/run-serve.ts');
      await runServe({
        port: options.port,
        host: options.host,
        db: options.db,
        site: options.site,
        siteGiven: command.getOptionValueSource('site') === 'cli',
        articles: options.articles,
        content: options.content,
      });
    });
}
