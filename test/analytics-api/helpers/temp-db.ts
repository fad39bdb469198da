/** A migrated analytics database in a fresh temp folder. */
import { openDatabase, type Database } from '../../../analytics-api/db/open-database.ts';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.ts';

export type TempDb = TempDatabase<Database>;

/** Opens a new analytics database in a temp folder; `close()` closes it and removes the folder. */
export function createTempDb(): TempDb {
  return createTempDatabase('kb-analytics-db-', 'analytics.db', (file) => openDatabase(file));
}
