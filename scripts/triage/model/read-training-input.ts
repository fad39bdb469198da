/**
 * Where `kb triage train` and `evaluate` read their labelled tickets: a
 * file (`--input`) or the warehouse (`--db`), with the skipped rows said
 * once on stderr.
 */
import { UsageError } from '../../cli/user-error.ts';
import { loadWarehouseTickets } from '../../metrics/load-support-data.ts';
import { labelWarehouseTickets, readLabelledFile, type LabelledInput } from './read-labelled-tickets.ts';

/** Options shared by train and evaluate. */
export interface TrainingInputOptions {
  input?: string;
  db?: string;
  label: string;
  timezone?: string;
  warn: (text: string) => void;
}

/** Reads the labelled tickets and warns about what was skipped. */
export async function readTrainingInput(options: TrainingInputOptions, command: string): Promise<LabelledInput> {
  if (options.input && options.db) throw new UsageError(`Give either --input FILE or --db FILE to kb triage ${command}, not both.`);
  if (!options.input && !options.db) throw new UsageError(`kb triage ${command} needs --input FILE (a helpdesk export or JSON tickets) or --db FILE (the warehouse), and --label FIELD.`);
  const input = options.input
    ? await readLabelledFile(options.input, options.label, options.timezone)
    : labelWarehouseTickets(loadWarehouseTickets(options.db!, 'train on a file with --input'), options.label, options.db!);
  const skipped: string[] = [];
  if (input.unlabelled > 0) skipped.push(`${input.unlabelled} without a ${options.label}`);
  if (input.empty > 0) skipped.push(`${input.empty} without a subject or description`);
  if (input.unreadable.length > 0) skipped.push(`${input.unreadable.length} that could not be read (${input.unreadable.slice(0, 3).join('; ')}${input.unreadable.length > 3 ? '; …' : ''})`);
  if (skipped.length > 0) options.warn(`Skipped tickets in ${input.source}: ${skipped.join(', ')}.\n`);
  return input;
}
