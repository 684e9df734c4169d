// The line per request (method, path, status, time) is written when the host logs, and not built at all when the
// host's logs are off (DOUDI_LOG=off: adapters/runtime/node.ts passes logRequests: false).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { builtInParameterSet } from '../../screening/index.ts';

function appLogging(logRequests?: boolean) {
  const events: string[] = [];
  const app = createApp({
    parameters: builtInParameterSet(),
    today: () => '2026-11-24',
    log: (event) => events.push(event),
    ...(logRequests === undefined ? {} : { logRequests }),
  });
  return { app, events };
}

describe('the request log', () => {
  it('logs each request by default', async () => {
    const { app, events } = appLogging();
    expect((await app.request('/healthz')).status).toBe(200);
    expect(events).toEqual(['http']);
  });

  it('runs no request log with logRequests: false', async () => {
    const { app, events } = appLogging(false);
    expect((await app.request('/healthz')).status).toBe(200);
    expect(events).toEqual([]);
  });
});
