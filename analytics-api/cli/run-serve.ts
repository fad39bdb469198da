/** `kb serve`: the built site and the analytics API from one process, until SIGTERM or SIGINT. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { basePathOf } from '../../site/lib/site-paths.ts';
import { ARTICLE_MANIFEST } from '../../site/lib/article-manifest.ts';
import { ServerStartError, startServer } from '../server.ts';
import { supportSettings } from '../../plugins/config/support-config.ts';
import { UsageError, UserError } from '../../scripts/cli/user-error.ts';
import { resolveContactSettings, type ContactSettings } from '../contact/contact-settings.ts';
import { SettingsError } from '../service-settings.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError } from './open-cli-database.ts';

export interface ServeOptions {
  port: number;
  host: string;
  db: string | undefined;
  /** Folder of the built site, or false for the API only. */
  site: string | false;
  /** Whether `site` was given on the command line (a missing default `dist` only warns). */
  siteGiven: boolean;
  /** The site's article manifest (`--articles`); default: `articles.json` of the served site. */
  articles?: string | undefined;
  content: string;
}

export async function runServe(options: ServeOptions): Promise<void> {
  const { config, settings: base, db } = loadServiceConfig(options.content, options.db);
  let contact: ContactSettings;
  try {
    contact = resolveContactSettings(config.contact, supportSettings(config), process.env);
  } catch (error) {
    throw error instanceof SettingsError ? new UsageError(error.message) : error;
  }
  const settings = { ...base, contact };
  if (!contact.target) {
    process.stderr.write('No contact delivery configured (contact.deliver or KB_CONTACT_WEBHOOK_URL): POST /api/contact answers 503 and the contact page hands customers to contact.form_url / contact.email.\n');
  }
  let site = options.site;
  if (site !== false && !options.siteGiven) {
    if (!existsSync(site)) {
      process.stderr.write(`No built site in ${site}/ (run \`npm run build\` to make one); serving the analytics API only.\n`);
      site = false;
    }
  }
  if (site !== false && options.articles === undefined && !existsSync(path.join(site, ARTICLE_MANIFEST))) {
    process.stderr.write(`${site}/ has no ${ARTICLE_MANIFEST} (built by an older version): every article slug is accepted until the site is built again.\n`);
  }
  if (settings.token === undefined) {
    process.stderr.write('KB_ANALYTICS_TOKEN is not set: the read API (/api/stats/*, /api/export) and the dashboard (/admin/) answer 403 until it is.\n');
  }
  let server;
  try {
    server = await startServer({
      port: options.port,
      host: options.host,
      db,
      site,
      settings,
      synchronous: config.analytics.synchronous,
      siteConfig: config,
      dashboard: {
        contentDir: path.resolve(options.content),
        reportsDir: path.resolve(config.reports.out_dir),
        timezone: config.reports.timezone,
        synonyms: config.search.synonyms,
        language: config.site.language,
        basePath: basePathOf(config.site.url),
      },
      articles: options.articles,
    });
  } catch (error) {
    throw error instanceof ServerStartError ? new UserError(error.message) : cliDatabaseError(error, db);
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`Second ${signal}: exiting without waiting.\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`${signal}: finishing in-flight requests and closing the database…\n`);
    server.close().then(
      () => {
        process.stderr.write('Stopped.\n');
        process.exitCode = 0;
      },
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
