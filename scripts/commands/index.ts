/** Every `kb` subcommand; each file registers one command (or one group). */
import type { Command } from 'commander';
import { registerLint } from './lint.ts';

export const commands: Array<(program: Command) => void> = [registerLint];
