/** Inserts an accepted contact request, due at once; the caller wraps it in a transaction with its `contact_submit` event. */
import type { Database } from 'better-sqlite3';
import { prepared } from '../db/statement-cache.ts';
import type { ContactPayload } from './contact-request-row.ts';

/** What `POST /api/contact` stores. */
export interface NewContactRequest {
  id: string;
  createdAt: number;
  target: string;
  priority: string | null;
  category: string | null;
  firstResponseDue: string | null;
  payload: ContactPayload;
}

const INSERT = `
  INSERT INTO contact_requests (id, created_at, status, target, attempts, next_attempt_at, priority, category, first_response_due, payload)
  VALUES (?, ?, 'pending', ?, 0, ?, ?, ?, ?, ?)`;

export function saveContactRequest(db: Database, request: NewContactRequest): void {
  prepared(db, INSERT).run(
    request.id,
    request.createdAt,
    request.target,
    request.createdAt,
    request.priority,
    request.category,
    request.firstResponseDue,
    JSON.stringify(request.payload),
  );
}
