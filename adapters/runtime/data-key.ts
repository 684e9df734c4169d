/**
 * DOUDI_DATA_KEY on Node: from the environment, or, when unset (a demo or a first start), a key
 * generated once and kept in a file beside the database (mode 0600), so `npm start` still
 * encrypts personal data without a set-up step. Operators should set the variable and keep the
 * key out of the data directory's backups.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newDataKey, Sealer } from '../crypto/sealer.ts';

export async function loadSealer(envKey: string | undefined, databasePath: string, say: (line: string) => void): Promise<Sealer> {
  if (envKey) return Sealer.fromKey(envKey);
  if (databasePath === ':memory:') return Sealer.fromKey(newDataKey());
  const file = join(dirname(databasePath), 'doudi.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${newDataKey()}\n`, { mode: 0o600, flag: 'wx' });
    say(`DOUDI_DATA_KEY not set: generated a key for personal data in ${file} (set DOUDI_DATA_KEY in production)`);
  } else say(`DOUDI_DATA_KEY not set: using the key in ${file}`);
  return Sealer.fromKey(readFileSync(file, 'utf8'));
}
