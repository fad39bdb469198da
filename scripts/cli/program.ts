/**
 * The `kb` program: one command with subcommands. Each subcommand lives in
 * its own file under `scripts/commands/` and loads its heavy modules only
 * when it runs, so `kb --help` stays instant.
 */
import { Command } from 'commander';
import { commands } from '../commands/index.ts';

export function createProgram(): Command {
  const program = new Command('kb')
    .description('Help center toolkit: lint articles, build and serve the site, and report on support.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureHelp({ sortSubcommands: true })
    // Each command's options follow it, so a sub-subcommand (kb triage train) may reuse its parent's option names.
    .enablePositionalOptions();
  for (const register of commands) register(program);
  return program;
}
