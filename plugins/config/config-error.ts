/**
 * A configuration that cannot be used. Carries one line per problem in the
 * form `file:line:column  key: what. Fix: how`, ready to print.
 */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
