/** What the HTTP app needs from its host; runtimes (Node, Workers) build it. */
import type { Hono, MiddlewareHandler } from 'hono';
import type { ParameterSet } from '../../screening/index.ts';
import type { ScreeningLog } from '../db/ports.ts';
import type { ClientOf } from './client.ts';
import type { PublicLimit } from './rate-limit.ts';
import type { ReadinessProbe } from './readiness.ts';

export interface AppDeps {
  parameters: ParameterSet;
  /** Today's date in Asia/Shanghai, ISO. */
  today: () => string;
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** A log line per request (method, path, status, time) when `log` is given; default true. */
  logRequests?: boolean;
  screeningLog?: ScreeningLog;
  /** Channel webhooks the host switched on (WeChat, Telegram), mounted at the root. */
  channels?: Hono[];
  /**
   * The client's address and scheme as the host sees them (./client.ts); default: the URL's scheme, address unknown.
   */
  client?: ClientOf;
  /** Per-client limit on the public API's POSTs (./rate-limit.ts); none without it. */
  publicLimit?: PublicLimit;
  /** Whether the database takes writes, for GET /readyz; without it /readyz answers ready. */
  ready?: ReadinessProbe;
  /** Runs first around every request: the host's metrics (adapters/ops/metrics.ts). */
  observe?: MiddlewareHandler;
}
