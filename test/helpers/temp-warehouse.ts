/** A migrated `kb` warehouse in a fresh temp folder, for tests that import or pull into it. */
import { openWarehouse, type Warehouse } from '../../scripts/warehouse/open-warehouse.ts';
import { createTempDatabase, type TempDatabase } from './temp-database.ts';

export type TempWarehouse = TempDatabase<Warehouse>;

/** Opens a new warehouse `kb.db` in a temp folder named after `prefix`. */
export function createTempWarehouse(prefix = 'kb-warehouse-'): TempWarehouse {
  return createTempDatabase(prefix, 'kb.db', (file) => openWarehouse(file));
}
