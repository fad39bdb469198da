/**
 * Which browser origins may call the API. A request with an `Origin` header
 * is allowed when the origin is the site's own URL, one of the configured
 * origins, or the same host the request was sent to (the site and API served
 * together); any other origin gets 403 and nothing is stored. Requests
 * without an `Origin` (scripts, curl, server-side calls) are not cross-site
 * browser requests and pass. CORS headers are sent to allowed origins only,
 * without credentials: the API never uses cookies.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-env.ts';
import { ApiError, errorResponse } from '../http/api-error.ts';

export function originPolicy(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins);
  const isAllowed = (origin: string, host: string | undefined): boolean => {
    if (origin === '') return false;
    if (allowed.has(origin)) return true;
    try {
      return host !== undefined && new URL(origin).host === host.toLowerCase();
    } catch {
      return false;
    }
  };
  const preflight = cors({
    origin: (origin) => origin,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 86_400,
  });
  return async function originPolicy(c, next) {
    // Headers are set before the handler runs so they are part of the response it builds:
    // adding them afterwards (as hono/cors does for Vary) makes node-server rebuild the
    // response as a stream, which costs the events endpoint much of its throughput.
    c.header('Vary', 'Origin');
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    if (!isAllowed(origin, c.req.header('host'))) {
      return errorResponse(
        c,
        new ApiError(403, 'origin_not_allowed', `Origin ${origin.slice(0, 100)} may not use this API. Fix: add it to analytics.allowed_origins in kb.config.yaml (or KB_ALLOWED_ORIGINS).`),
      );
    }
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    c.header('Access-Control-Allow-Origin', origin);
    await next();
  };
}
