/**
 * Reads what the analytics commands need from `kb.config.yaml` and the
 * environment, turning invalid environment values into usage errors.
 */
import path from 'node:path';
import { loadConfig } from '../../plugins/config/load-config.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { UsageError } from '../../scripts/cli/user-error.ts';
import { resolveDatabasePath, resolveSettings, SettingsError, type ServiceSettings } from '../service-settings.ts';

export interface ServiceConfig {
  config: KbConfig;
  settings: ServiceSettings;
  /** The database file, after `--db` and `KB_ANALYTICS_DB`. */
  db: string;
}

export function loadServiceConfig(contentDir: string, dbFlag: string | undefined): ServiceConfig {
  const config = loadConfig(path.resolve(contentDir));
  try {
    return { config, settings: resolveSettings(config, process.env), db: resolveDatabasePath(dbFlag, process.env, config.analytics) };
  } catch (error) {
    if (error instanceof SettingsError) throw new UsageError(error.message);
    throw error;
  }
}
