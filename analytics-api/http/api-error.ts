/**
 * The one error shape of the API: `{ "error": { "code", "message" } }` with
 * a 4xx status for anything a request did wrong. Handlers throw `ApiError`;
 * `handleError` turns every thrown value into that shape and never sends a
 * stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { WriterClosedError } from '../db/event-writer.ts';
import { storageFaultOf } from '../db/storage-fault.ts';

/** A request error with a stable machine-readable code and a message saying what to fix. */
export class ApiError extends HTTPException {
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) {
    super(status, { message });
    this.name = 'ApiError';
    this.code = code;
    this.headers = headers;
  }
}

const codeByStatus: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** Builds the error response; used by `onError` and by middleware that answers directly. */
export function errorResponse(c: Context, error: ApiError): Response {
  return c.json({ error: { code: error.code, message: error.message } }, error.status as ContentfulStatusCode, error.headers);
}

/** Hono `onError`: request errors keep their status; anything else is logged and answered without details. */
export function handleError(error: Error, c: Context, log: (error: unknown) => void = logUnexpected): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    return errorResponse(c, new ApiError(status, codeByStatus[status] ?? 'bad_request', error.message || 'The request was refused.'));
  }
  // A malformed percent-encoding in the URL surfaces as URIError when a parameter is read.
  if (error instanceof URIError) {
    return errorResponse(c, new ApiError(400, 'bad_request', 'The URL has a malformed percent-encoding: encode parameters with encodeURIComponent.'));
  }
  // The database failing is the service's trouble, not the request's: 503 with the cause, never a 500.
  const fault = storageFaultOf(error);
  if (fault !== undefined && ((error as { code?: string }).code?.startsWith('SQLITE_') || (error as { fault?: string }).fault === fault)) {
    log(error);
    return errorResponse(c, new ApiError(503, `database_${fault}`, `The analytics database is unavailable (${fault.replace('_', ' ')}); try again later. The server log and /api/health say more.`, { 'Retry-After': fault === 'unreachable' ? '5' : '30' }));
  }
  if (error instanceof WriterClosedError) {
    return errorResponse(c, new ApiError(503, 'shutting_down', 'The analytics service is restarting; send the events again in a moment.', { 'Retry-After': '5' }));
  }
  log(error);
  return errorResponse(c, new ApiError(500, 'internal_error', 'The analytics service could not handle this request; the error was logged.'));
}

function logUnexpected(error: unknown): void {
  console.error('analytics-api: unexpected error:', error);
}
