/**
 * The whole service as both hosts assemble it (adapters/assemble.ts) on an in-memory SQLite
 * database, with the Node host's client resolver, for tests that cross route groups: headers,
 * limits, readiness. `from(ip)` gives the bindings a Node socket from that address would.
 */
import { assemble, type HostParts } from '../../adapters/assemble.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { DrizzleLinkStore } from '../../adapters/db/repositories.ts';
import { nodeClientOf } from '../../adapters/runtime/node-client.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { createLink } from '../../adapters/web/link/links.ts';
import { defaultParameters } from '../../screening/index.ts';

export const PUBLIC_URL = 'http://doudi.test';

export async function assembled(over: Partial<HostParts> & { config?: unknown } = {}) {
  const opened = openNodeDb(':memory:');
  let now = new Date('2026-12-05T02:00:00Z');
  const clock = { now: () => now, today: () => '2026-12-05' };
  const sealer = await Sealer.fromKey(newDataKey());
  const { config, ...parts } = over;
  const host = assemble({
    env: { TELEGRAM_BOT_TOKEN: '1:abc', TELEGRAM_WEBHOOK_SECRET: 's3cret', TELEGRAM_API_ROOT: 'http://bot-api.test' },
    db: opened.db,
    atomic: opened.atomic,
    sealer,
    parameters: defaultParameters(),
    villages: villageDirectory(config ?? {}),
    clock,
    publicUrl: PUBLIC_URL,
    background: () => {},
    log: () => {},
    fetch: (async () =>
      Response.json({
        ok: true,
        result: { message_id: 1, date: 0, chat: { id: 7, type: 'private' }, text: '' },
      })) as unknown as typeof fetch,
    client: nodeClientOf([]),
    ...parts,
  });
  const link = await createLink(new DrizzleLinkStore(opened.db), { village: 'demo-yc-1', region: '140802' }, now);
  return {
    ...host,
    ...opened,
    sealer,
    link,
    clock,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Node bindings for a request whose socket peer is `ip`. */
export function from(ip: string, encrypted = false) {
  return { incoming: { socket: { remoteAddress: ip, encrypted } } };
}
