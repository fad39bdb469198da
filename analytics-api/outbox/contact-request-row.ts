/** A row of `contact_requests` as stored (see `outbox-migration.ts` for what each column means). */
export interface ContactRequestRow {
  id: string;
  created_at: number;
  status: ContactRequestStatus;
  target: string;
  attempts: number;
  next_attempt_at: number;
  claimed_until: number | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: number | null;
  remote_id: string | null;
  priority: string | null;
  category: string | null;
  first_response_due: string | null;
  payload: string | null;
}

/** Where a request is on its way to the helpdesk. */
export type ContactRequestStatus = 'pending' | 'sending' | 'delivered' | 'dead';

/** The customer's part of a request, kept in `payload` until it is delivered. */
export interface ContactPayload {
  email: string;
  name: string | null;
  subject: string;
  message: string;
  context: ContactContext;
}

/** Where the customer was when they wrote; every field may be null. */
export interface ContactContext {
  article: string | null;
  search: string | null;
  page: string | null;
  locale: string | null;
  plan: string | null;
  session: string | null;
}
