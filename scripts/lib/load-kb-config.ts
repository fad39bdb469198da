/**
 * Loads `<contentDir>/kb.config.yaml` for a command whose exit codes put a
 * bad configuration with bad usage (exit 2, like `kb lint`): a `ConfigError`
 * becomes a `UserError` with the same file:line, key and fix, and exit code 2.
 */
import { ConfigError } from '../../plugins/config/config-error.ts';
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { loadConfig } from '../../plugins/config/load-config.ts';
import { UserError } from '../cli/user-error.ts';

/** The validated configuration of the KB at `contentDir`; throws `UserError(…, 2)` when it is missing or invalid. */
export function loadKbConfig(contentDir: string): KbConfig {
  try {
    return loadConfig(contentDir);
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message, 2);
    throw error;
  }
}
