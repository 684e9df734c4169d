/**
 * The keyed hash that stands for a resident (channel + user id) in plain columns: requests,
 * later contacts and queued chat replies are found by it, never by who the resident is.
 */
import type { SessionKey } from '../../bot/ports.ts';
import type { Sealer } from '../crypto/sealer.ts';

export function residentHash(sealer: Sealer, key: SessionKey): Promise<string> {
  return sealer.hash(`resident:${key.channel}:${key.userId}`);
}
