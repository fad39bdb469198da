/**
 * Refuses bodies over `maxBytes` with 413. A declared `Content-Length` is
 * checked without touching the body; only chunked uploads (no length) go
 * through Hono's `bodyLimit`, which counts bytes as they stream in.
 * `bodyLimit` on its own reads `Request.body`, which makes
 * `@hono/node-server` wrap every request in a web stream and costs most of
 * the endpoint's throughput; browsers always send a length.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../http/api-error.ts';

/** `fix` ends the 413 message: what the client should do instead. */
export function bodySize(maxBytes: number, fix = 'send fewer events per request'): MiddlewareHandler<AppEnv> {
  const tooLarge = (): never => {
    throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes: ${fix}.`);
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async function bodySize(c, next) {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (!/^\d{1,15}$/.test(length.trim()) || Number(length) > maxBytes) tooLarge();
    await next();
  };
}
