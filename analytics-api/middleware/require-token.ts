/**
 * Guards the read API with a bearer token: no `Authorization: Bearer …`
 * header is 401, a wrong token is 403. With no token configured the read
 * API is closed (403) rather than open. Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError, errorResponse } from '../http/api-error.ts';

export function requireToken(token: string | undefined): MiddlewareHandler<AppEnv> {
  const expected = token === undefined ? undefined : digest(token);
  return async function requireToken(c, next) {
    const header = c.req.header('authorization');
    const match = header === undefined ? null : /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
    if (!match?.[1]) {
      return errorResponse(c, new ApiError(401, 'unauthorized', 'This endpoint needs a token: send "Authorization: Bearer <KB_ANALYTICS_TOKEN>".', { 'WWW-Authenticate': 'Bearer realm="kb-analytics"' }));
    }
    if (expected === undefined) {
      return errorResponse(c, new ApiError(403, 'read_api_disabled', 'The read API is switched off on this server: start it with KB_ANALYTICS_TOKEN set to enable it.'));
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      return errorResponse(c, new ApiError(403, 'forbidden', 'The token is not valid for this server: use the value of its KB_ANALYTICS_TOKEN.'));
    }
    await next();
  };
}

// Hashing first gives equal-length buffers, so the comparison does not leak the token's length.
function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
