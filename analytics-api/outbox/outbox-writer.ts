/**
 * Group commit for the contact outbox, as the event writer does for
 * events: requests accepted in one turn of the event loop are written in
 * one transaction (each with its `contact_submit` event), then every
 * waiting request is answered. One commit per request would grow the WAL
 * and checkpoint (and flush the disk) many times a second under load. A
 * group that fails is retried one request at a time, so one bad request
 * cannot fail the others; a request is answered 202 only after its commit.
 */
import type { Database } from 'better-sqlite3';
import type { EventRow } from '../db/event-row.ts';
import { saveEvents } from '../db/save-events.ts';
import { saveContactRequest, type NewContactRequest } from './save-contact-request.ts';

interface Pending {
  request: NewContactRequest;
  event: EventRow | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Saves contact requests; `save` resolves once the request is committed. */
export interface OutboxWriter {
  save(request: NewContactRequest, event: EventRow | undefined): Promise<void>;
}

export function createOutboxWriter(db: Database): OutboxWriter {
  let queue: Pending[] = [];
  let scheduled = false;
  const saveOne = (item: Pending) => {
    saveContactRequest(db, item.request);
    if (item.event) saveEvents(db, [item.event]);
  };
  const commitGroup = db.transaction((items: readonly Pending[]) => items.forEach(saveOne));
  const commitOne = db.transaction(saveOne);

  function flush(): void {
    scheduled = false;
    const items = queue;
    queue = [];
    try {
      commitGroup.immediate(items);
      for (const item of items) item.resolve();
      return;
    } catch {
      // Retried one by one below, so only the request that cannot be stored fails.
    }
    for (const item of items) {
      try {
        commitOne.immediate(item);
        item.resolve();
      } catch (error) {
        item.reject(error);
      }
    }
  }

  return {
    save(request, event) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ request, event, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
