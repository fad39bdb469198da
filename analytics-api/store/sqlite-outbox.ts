/**
 * The contact outbox on SQLite: the outbox's queries on the service's one
 * connection (synchronous inside, answered as promises), and the group
 * save in one immediate transaction with the requests' events.
 */
import type { Database } from 'better-sqlite3';
import { saveEvents } from '../db/save-events.ts';
import { prepared } from '../db/statement-cache.ts';
import type { OutboxItem, OutboxStore } from '../outbox/outbox-store.ts';
import { contactRequestParams, INSERT_CONTACT_REQUEST } from '../outbox/save-contact-request.ts';

export function sqliteOutbox(db: Database): OutboxStore {
  const saveGroup = db.transaction((items: readonly OutboxItem[]) => {
    for (const item of items) {
      prepared(db, INSERT_CONTACT_REQUEST).run(contactRequestParams(item.request));
      if (item.event) saveEvents(db, [item.event]);
    }
  });
  return {
    async all<Row>(sql: string, params = {}) {
      return prepared<[object], Row>(db, sql).all(params);
    },
    async run(sql, params = {}) {
      return prepared<[object]>(db, sql).run(params).changes;
    },
    saveGroup(items) {
      saveGroup.immediate(items);
    },
    claimLock: '',
    singleOwner: true,
  };
}
