/**
 * The Node host: the only place that reads process.env, opens SQLite and listens on a port.
 * `npm start` runs this file: migrations applied at start, demo figures unless DOUDI_CONFIG
 * names the operator's, channels switched off (and said so) when their variables are unset.
 */
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server';
import { assemble } from '../assemble.ts';
import { chinaDate } from '../http/today.ts';
import { answerAfterCommit, fetchAfterCommit } from './group-commit.ts';
import { nodeClientOf, parseTrustedProxies } from './node-client.ts';
import { openNodeHost } from './node-host.ts';
import { nodeReadiness } from './node-ready.ts';
import { sharedProbe } from '../http/readiness.ts';

const env = process.env;
const port = Number(env['PORT'] ?? 8787);
const databasePath = env['DATABASE_PATH'] ?? './data/doudi.db';
// The reverse proxies whose X-Forwarded-For / -Proto are believed (./node-client.ts); none by default.
let trustedProxies: string[];
try {
  trustedProxies = parseTrustedProxies(env['DOUDI_TRUSTED_PROXIES']);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

// The server groups each event-loop turn's writes into one transaction and answers (or sends
// anything) only once they are committed. A transaction lost as a whole may hold writes of
// requests still being answered: acknowledge nothing more, exit, and be restarted.
const { parameters, villages, limits, db, atomic, flushed, close, sealer, probeWrite } = await openNodeHost(env, databasePath, {
  groupCommit: true,
  onLost: (error) => {
    console.error(JSON.stringify({ t: new Date().toISOString(), event: 'db.transaction_lost', error: String(error) }));
    process.exit(1);
  },
});
const log = (event: string, fields: Record<string, unknown>) => {
  if (env['DOUDI_LOG'] !== 'off') console.log(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
};
// Work that outlives a request (WeChat replies sent after the time budget) runs in-process.
const pending = new Set<Promise<unknown>>();
const background = (p: Promise<unknown>) => {
  const tracked = p.catch((e: unknown) => log('background.failed', { error: String(e) })).finally(() => pending.delete(tracked));
  pending.add(tracked);
};
const clock = { now: () => new Date(), today: () => chinaDate() };
const publicUrl = env['DOUDI_PUBLIC_URL'] ?? `http://127.0.0.1:${port}`;
// /readyz: free disk space and a committed probe write, at most once a second (./node-ready.ts).
const ready = sharedProbe(nodeReadiness({ databasePath, probeWrite, log }));
const client = nodeClientOf(trustedProxies, log);
const { app, referrals, status } = assemble({ env, db, atomic, sealer, parameters, villages, clock, publicUrl, background, log, fetch: fetchAfterCommit(flushed), client, limits, ready });
status.push(
  trustedProxies.length > 0
    ? `Client addresses: X-Forwarded-For and X-Forwarded-Proto from ${trustedProxies.join(', ')} (DOUDI_TRUSTED_PROXIES)`
    : 'Client addresses: the socket peer; behind a reverse proxy set DOUDI_TRUSTED_PROXIES to its address (such as 127.0.0.1) so that limits count each client',
);
for (const line of status) console.log(line);
// The outbox is drained now and then (and right after each new request); expired data is deleted hourly.
const drainTimer = setInterval(() => background(referrals.drain()), 15_000);
const sweepTimer = setInterval(() => background(referrals.sweep()), 3_600_000);
background(referrals.sweep());

// The bindings carry the socket, where nodeClientOf finds the client's address.
const server = serve({ fetch: answerAfterCommit((request, bindings: HttpBindings | Http2Bindings) => app.fetch(request, bindings), flushed), hostname: '127.0.0.1', port }, (info) => {
  console.log(`doudi listening on http://127.0.0.1:${info.port} (database ${databasePath}${env['DOUDI_CONFIG'] ? `, config ${env['DOUDI_CONFIG']}` : ', demo figures'})`);
});

function shutdown() {
  clearInterval(drainTimer);
  clearInterval(sweepTimer);
  server.close(async () => {
    await Promise.allSettled([...pending]);
    close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
