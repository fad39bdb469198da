export { createApp, type AppOptions } from './app.ts';
export { startServer, ServerStartError, type StartServerOptions, type RunningServer } from './server.ts';
export { resolveSettings, resolveDatabasePath, SettingsError, type ServiceSettings, type ServiceEnv } from './service-settings.ts';
export { openDatabase, AnalyticsDatabaseError, type OpenDatabaseOptions, type Database } from './db/open-database.ts';
export { listEvents, type ListEventsOptions, type StoredEvent } from './db/list-events.ts';
export { eventColumns, type EventRow } from './db/event-row.ts';
export { pruneEvents, countPrunableEvents, retentionCutoff, type PruneResult } from './db/prune-events.ts';
export { backupDatabase, type BackupResult, type BackupOptions } from './db/backup-database.ts';
export { eventSchema, eventBatchSchema, eventTypes, voteReasons, type AnalyticsEvent, type EventType } from './events/event-schema.ts';
