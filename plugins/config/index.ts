export { kbConfigSchema, type KbConfig, type KbConfigInput } from './kb-config-schema.ts';
export { loadConfig, parseConfig, CONFIG_FILE } from './load-config.ts';
export { ConfigError } from './config-error.ts';
export type { Severity } from './lint-config.ts';
