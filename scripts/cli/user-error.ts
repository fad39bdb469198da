/**
 * An error meant for the person at the terminal: its message already says
 * what is wrong, where, and how to fix it, so it is printed without a stack.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage: exit code 2, like the lint contract says. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
