/**
 * Group commit for the contact outbox, as the event writer does for
 * events: requests accepted in one turn of the event loop are written in
 * one transaction (each with its `contact_submit` event), then every
 * waiting request is answered. One commit per request would grow the WAL
 * and checkpoint (and flush the disk) many times a second under load. A
 * group that fails is retried one request at a time, so one bad request
 * cannot fail the others (unless the database is unreachable: then the
 * whole group fails at once); a request is answered 202 only after its
 * commit.
 */
import type { EventRow } from '../db/event-row.ts';
import type { OutboxItem, OutboxStore } from './outbox-store.ts';
import type { NewContactRequest } from './save-contact-request.ts';

interface Pending extends OutboxItem {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Saves contact requests; `save` resolves once the request is committed. */
export interface OutboxWriter {
  save(request: NewContactRequest, event: EventRow | undefined): Promise<void>;
}

export function createOutboxWriter(outbox: OutboxStore): OutboxWriter {
  let queue: Pending[] = [];
  let scheduled = false;

  async function flush(): Promise<void> {
    scheduled = false;
    const items = queue;
    queue = [];
    try {
      await outbox.saveGroup(items);
      for (const item of items) item.resolve();
      return;
    } catch (error) {
      if (items.length === 1 || outbox.isUnavailable?.(error)) {
        for (const item of items) item.reject(error);
        return;
      }
      // Retried one by one below, so only the request that cannot be stored fails.
    }
    for (const item of items) {
      try {
        await outbox.saveGroup([item]);
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
          setImmediate(() => void flush());
        }
      });
    },
  };
}
