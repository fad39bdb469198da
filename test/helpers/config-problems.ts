/** The problem lines of a `kb.config.yaml` text that the configuration must reject. */
import { ConfigError } from '../../plugins/config/config-error.ts';
import { parseConfig } from '../../plugins/config/load-config.ts';

/** Parses `text` as `kb.config.yaml` and returns its problems; throws when the text is accepted. */
export function configProblems(text: string): string[] {
  try {
    parseConfig(text, 'kb.config.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be rejected');
}
