/**
 * The sealed session store writes `{"sealed":"v1.…"}` itself and reads it back without JSON.parse
 * (adapters/db/pseudonymous-stores.ts): the text must be what JSON.stringify wrote before, and
 * every stored form JSON reads the same way (escapes, spaces, a session stored before sealing)
 * must still be read as it was.
 */
import { describe, expect, it } from 'vitest';
import { newDataKey, Sealer } from '../../adapters/crypto/sealer.ts';
import { SealedSessionStore } from '../../adapters/db/pseudonymous-stores.ts';
import { DrizzleSessionStore } from '../../adapters/db/repositories.ts';
import { sessions } from '../../adapters/db/schema.ts';
import { openNodeDb } from '../../adapters/runtime/node-db.ts';
import { nodeSealPrimitives } from '../../adapters/runtime/node-seal.ts';
import type { SessionKey } from '../../bot/ports.ts';
import { newState } from '../../bot/state.ts';

const KEY: SessionKey = { channel: 'wechat', userId: 'oSealed' };
const AT = '2026-12-07T02:00:00.000Z';

async function stores() {
  const { db } = openNodeDb(':memory:');
  const sealer = await Sealer.fromKey(newDataKey(), nodeSealPrimitives);
  const plain = new DrizzleSessionStore(db);
  const sealed = new SealedSessionStore(plain, sealer);
  const rows = async () => db.select().from(sessions);
  // The key the sealed store writes under (a keyed hash of the clear one).
  const hidden: SessionKey = {
    channel: KEY.channel,
    userId: await sealer.hash(`session:${KEY.channel}:${KEY.userId}`),
  };
  return { plain, sealed, sealer, rows, hidden };
}

describe('sealed sessions as stored text', () => {
  it('writes exactly what JSON.stringify({ sealed }) wrote, and reads the state back', async () => {
    const { sealed, sealer, rows } = await stores();
    const state = { ...newState(), household: { hukou: 'rural' as const } };
    expect(await sealed.put(KEY, { version: 1, state, updatedAt: AT }, undefined)).toBe('ok');
    const [row] = await rows();
    const value = (JSON.parse(row!.state) as { sealed: string }).sealed;
    expect(row!.state).toBe(JSON.stringify({ sealed: value }));
    expect(await sealer.open(value)).toEqual(state);
    expect(await sealed.get(KEY)).toEqual({ version: 1, state, updatedAt: AT });
  });

  it('reads a sealed value JSON writes another way (escapes, spaces) as JSON.parse does', async () => {
    const { plain, sealed, sealer, hidden } = await stores();
    const state = newState();
    const value = await sealer.seal(state);
    for (const text of [
      `{ "sealed": "${value}" }`,
      `{"sealed":"${value.replace('.', '\\u002e')}"}`,
      `{"sealed":"${value}","extra":1}`,
    ]) {
      await plain.delete(hidden);
      await plain.putText(hidden, { version: 3, state: text, updatedAt: AT }, undefined);
      expect(await sealed.get(KEY)).toEqual({ version: 3, state, updatedAt: AT });
    }
  });

  it('reads a session stored before sealing as it is, and seals it on the next write', async () => {
    const { plain, sealed, rows, hidden } = await stores();
    const state = newState();
    await plain.put(hidden, { version: 2, state, updatedAt: AT }, undefined);
    expect(await sealed.get(KEY)).toEqual({ version: 2, state, updatedAt: AT });
    expect(await sealed.put(KEY, { version: 3, state, updatedAt: AT }, 2)).toBe('ok');
    expect((await rows())[0]!.state).toMatch(/^\{"sealed":"v1\.[A-Za-z0-9+/]+=*"\}$/);
  });
});
