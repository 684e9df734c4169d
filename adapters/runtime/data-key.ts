/**
 * DOUDI_DATA_KEY for the Node host and CLI: the variable if set; otherwise a key file beside the
 * database (./data/doudi.key for the default path), created once with mode 0600 and announced,
 * so `npm start` needs no set-up step and a restart can still open what it sealed before.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { newDataKey, parseDataKey } from '../crypto/sealer.ts';

export function dataKeyPath(databasePath: string): string {
  return join(databasePath === ':memory:' ? './data' : dirname(databasePath), 'doudi.key');
}

export function resolveDataKey(
  envKey: string | undefined,
  databasePath: string,
  say: (line: string) => void = console.log,
): string {
  if (envKey && envKey.trim() !== '') {
    parseDataKey(envKey);
    return envKey.trim();
  }
  const path = dataKeyPath(databasePath);
  if (existsSync(path)) {
    const key = readFileSync(path, 'utf8').trim();
    parseDataKey(key);
    return key;
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = newDataKey();
  // 'wx': never overwrite a key another process just wrote.
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  say(
    `DOUDI_DATA_KEY is not set: generated a new key in ` +
      `${resolve(path)} (mode 0600). Back it up with the database; without it the ` +
      `stored requests cannot be read.`,
  );
  return key;
}

/**
 * The key for whichever database is open. With PostgreSQL several instances share the data and
 * none has a file of its own to keep a generated key in (each would make its own and could not
 * read what the others sealed), so DOUDI_DATA_KEY is required there, as on Workers.
 */
export function dataKeyFor(
  env: Record<string, string | undefined>,
  sqlitePath: string | undefined,
  say?: (line: string) => void,
): string {
  if (sqlitePath === undefined) {
    const key = env['DOUDI_DATA_KEY']?.trim();
    if (!key)
      throw new Error(
        'DOUDI_DATA_KEY is not set: with DATABASE_URL every instance ' +
          'must use the same key (32 random bytes, base64 or hex); set ' +
          'it on each instance',
      );
    parseDataKey(key);
    return key;
  }
  return resolveDataKey(env['DOUDI_DATA_KEY'], sqlitePath, say);
}
