/**
 * `kb analytics export`: the raw events as NDJSON, as `GET /api/export`
 * writes them (one JSON object per line, the `events` columns, in id
 * order), straight from the database — a SQLite file or a PostgreSQL URL —
 * to stdout or a file. `--since`, `--from` and `--to` mean what the
 * endpoint's parameters mean.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError } from '../../scripts/cli/user-error.ts';
import { exportSelection } from '../routes/export.ts';
import { loadServiceConfig } from './load-service-config.ts';
import { cliDatabaseError, openCliStore } from './open-cli-database.ts';

export interface ExportCommandOptions {
  db?: string;
  since?: string;
  from?: string;
  to?: string;
  /** A file to write (replaced whole only when the export finished); default stdout. */
  out?: string;
  content: string;
}

export async function runExport(options: ExportCommandOptions): Promise<number> {
  const selection = exportSelection({ since: options.since, from: options.from, to: options.to });
  if (!selection.ok) throw new UsageError(`${selection.message}.`);
  const { db: location } = loadServiceConfig(options.content, options.db);
  const store = await openCliStore(location, { sqlite: { readonly: true } });
  const partial = options.out === undefined ? undefined : `${options.out}.partial-${process.pid}`;
  const out: Writable = partial === undefined ? process.stdout : createWriteStream(partial);
  let count = 0;
  try {
    let lines: string[] = [];
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    for await (const event of store.listEvents(selection.value)) {
      lines.push(JSON.stringify(event));
      count++;
      if (lines.length === 1000) {
        await write(`${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) await write(`${lines.join('\n')}\n`);
    if (partial !== undefined && options.out !== undefined) {
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      renameSync(partial, options.out);
      process.stderr.write(`Exported ${count} event(s) from ${store.location} to ${options.out}.\n`);
    }
  } catch (error) {
    if (partial !== undefined) {
      out.destroy();
      rmSync(partial, { force: true });
    }
    throw cliDatabaseError(error, location);
  } finally {
    await store.close();
  }
  return 0;
}
