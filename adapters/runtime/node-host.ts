/**
 * What every Node entry point (the server, telegram:poll) opens the same way: the operator's
 * configuration, the database (PostgreSQL when DATABASE_URL is set, otherwise SQLite) with its
 * migrations, and the data key. A problem is printed plainly and the process exits, before
 * anything listens.
 */
import { ConfigError, type ParameterSet } from '../../screening/index.ts';
import type { VillageDirectory } from '../config/villages.ts';
import { Sealer } from '../crypto/sealer.ts';
import { dataKeyFor } from './data-key.ts';
import type { Limits } from '../config/limits.ts';
import { type OpenedDatabase, type OpenOptions, openDatabase } from './database.ts';
import { loadLimits, loadParameters, loadVillages } from './node-config.ts';
import { nodeSealPrimitives } from './node-seal.ts';

export async function openNodeHost(env: NodeJS.ProcessEnv, dbOptions: OpenOptions = {}) {
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
  let database: OpenedDatabase;
  try {
    database = await openDatabase(env, dbOptions);
  } catch (e) {
    console.error(`database: ${(e as Error).message}`);
    process.exit(1);
  }
  let sealer: Sealer;
  try {
    sealer = await Sealer.fromKey(dataKeyFor(env, database.sqlitePath), nodeSealPrimitives);
  } catch (e) {
    console.error((e as Error).message);
    await database.close();
    process.exit(1);
  }
  return { parameters, villages, limits, sealer, ...database };
}
