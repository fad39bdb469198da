/**
 * The context importers map records with: timestamps read in the import's
 * zone (placeholder dates counted, unreal ones warned about), and `soft`
 * reads of optional fields whose failure becomes a warning for the row
 * instead of skipping it. Shared by file imports and API pulls.
 */
import { WarningLog } from './import-warnings.ts';
import type { MapContext } from './importer.ts';
import { createTimestampParser } from './parse-timestamp.ts';
import { RowError } from './row-error.ts';

export interface MapContextOptions {
  timezone: string;
  format?: string | undefined;
  dayFirst?: boolean | undefined;
  warnings: WarningLog;
  placeholders: Map<string, number>;
  /** The row being mapped, for warnings. */
  row: () => number;
  onLocalTime?: () => void;
}

export function createMapContext(options: MapContextOptions): MapContext {
  const { warnings, placeholders } = options;
  return {
    time: createTimestampParser({
      zone: options.timezone,
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.dayFirst !== undefined ? { dayFirst: options.dayFirst } : {}),
      ...(options.onLocalTime ? { onLocalTime: options.onLocalTime } : {}),
      onNotSet: (column, value, reason) => {
        if (reason === 'placeholder') placeholders.set(column, (placeholders.get(column) ?? 0) + 1);
        else warnings.add({ row: options.row(), column, value, message: `"${value}" is not a real date and time: read as not set` });
      },
    }),
    soft<T>(read: () => T, fallback: T): T {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        warnings.add({ row: options.row(), column: error.column ?? null, value: error.value ?? null, message: `${error.message}: stored as unknown` });
        return fallback;
      }
    },
  };
}
