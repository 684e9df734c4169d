/**
 * What every Node entry point (the server, telegram:poll) opens the same way: the operator's
 * configuration, the SQLite database with its migrations, and the data key. A problem is printed
 * plainly and the process exits, before anything listens.
 */
import { ConfigError, type ParameterSet } from '../../screening/index.ts';
import type { VillageDirectory } from '../config/villages.ts';
import { Sealer } from '../crypto/sealer.ts';
import { resolveDataKey } from './data-key.ts';
import type { Limits } from '../config/limits.ts';
import { loadLimits, loadParameters, loadVillages } from './node-config.ts';
import { type NodeDbOptions, openNodeDb } from './node-db.ts';
import { nodeSealPrimitives } from './node-seal.ts';

export async function openNodeHost(env: NodeJS.ProcessEnv, databasePath: string, dbOptions: NodeDbOptions = {}) {
  let parameters: ParameterSet;
  let villages: VillageDirectory;
  let limits: Limits;
  try {
    parameters = loadParameters(env['DOUDI_CONFIG']);
    villages = loadVillages(env['DOUDI_CONFIG']);
    limits = loadLimits(env['DOUDI_CONFIG']);
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `DOUDI_CONFIG: ${(e as Error).message}`);
    process.exit(1);
  }
  const { db, sqlite, atomic, flushed, close, probeWrite } = openNodeDb(databasePath, dbOptions);
  let sealer: Sealer;
  try {
    sealer = await Sealer.fromKey(resolveDataKey(env['DOUDI_DATA_KEY'], databasePath), nodeSealPrimitives);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  return { parameters, villages, limits, db, sqlite, atomic, flushed, close, sealer, probeWrite };
}
