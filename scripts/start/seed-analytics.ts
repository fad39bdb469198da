/**
 * Copies the generated sample events from a warehouse into an empty
 * analytics database, so the running API's stats and the home page's
 * popular lists show the same sample as the weekly report.
 */
import { openCliDatabase } from '../../analytics-api/cli/open-cli-database.ts';
import type { EventRow } from '../../analytics-api/db/event-row.ts';
import { saveEvents } from '../../analytics-api/db/save-events.ts';
import { listWarehouseEvents } from '../warehouse/list-warehouse-events.ts';
import { openWarehouse } from '../warehouse/open-warehouse.ts';

export function seedAnalyticsFromWarehouse(warehouseFile: string, analyticsFile: string): number {
  const warehouse = openWarehouse(warehouseFile);
  const analytics = openCliDatabase(analyticsFile);
  try {
    // The warehouse keeps the service's rows as they were; only their ids are the service's own to give.
    const rows = listWarehouseEvents(warehouse, {}).map(({ id: _id, ...row }) => row) as EventRow[];
    analytics.transaction(() => saveEvents(analytics, rows))();
    return rows.length;
  } finally {
    warehouse.close();
    analytics.close();
  }
}
