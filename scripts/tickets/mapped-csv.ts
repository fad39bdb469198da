/**
 * Any CSV export, read through a column map (see `column-map.ts`): each
 * canonical field comes from the column the map names (`apply-column-map.ts`).
 */
import { applyColumnMap } from './apply-column-map.ts';
import type { ColumnMap } from './column-map.ts';
import { hasColumns, type CsvImporter } from './importer.ts';
import type { TicketInput } from './ticket-schema.ts';

/** Creates the importer for one column map. */
export function createMappedCsvImporter(map: ColumnMap): CsvImporter {
  const columns = Object.values(map.columns).filter((c): c is string => typeof c === 'string');
  return {
    format: 'csv',
    kind: 'csv',
    requiredColumns: columns,
    matches: (header) => hasColumns(header, columns),
    bind: () => (record, context) => applyColumnMap(map, (column) => record.get(column), context, true) as TicketInput,
  };
}
