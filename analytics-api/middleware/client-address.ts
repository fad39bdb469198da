/**
 * Finds the client's address. `X-Forwarded-For` is believed only when the
 * connection comes from a configured trusted proxy (and then only up to the
 * first address that is not one); otherwise anyone could pick their own
 * address to dodge rate limits or forge visitor hashes. Uses `proxy-addr`,
 * the library Express relies on for the same job.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import proxyAddr from 'proxy-addr';
import type { AppEnv } from '../app-env.ts';

export function clientAddress(trustedProxies: readonly string[]): MiddlewareHandler<AppEnv> {
  const trust = proxyAddr.compile([...trustedProxies]);
  return async function clientAddress(c, next) {
    const remoteAddress = c.env?.incoming?.socket?.remoteAddress;
    if (remoteAddress === undefined) {
      c.set('clientIp', 'unknown');
    } else {
      const request = { socket: { remoteAddress }, headers: { 'x-forwarded-for': c.req.header('x-forwarded-for') } };
      c.set('clientIp', proxyAddr(request as unknown as IncomingMessage, trust));
    }
    await next();
  };
}
