/** The Hono environment of the API: what node-server passes in and what middleware sets for handlers. */
import type { IncomingMessage } from 'node:http';

export interface AppEnv {
  Bindings: {
    /** The Node request; absent when the app is called with `app.request()` without an env. */
    incoming?: Pick<IncomingMessage, 'socket'>;
  };
  Variables: {
    /** The client's address, after trusted proxies are peeled off. Held in memory only, never stored. */
    clientIp: string;
  };
}
