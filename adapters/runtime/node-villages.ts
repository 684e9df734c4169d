/** The villages section of DOUDI_CONFIG, read from disk (Node only); demo villages without one. */
import { readFileSync } from 'node:fs';
import { parseConfigText } from '../config/load-config.ts';
import { type VillageDirectory, villageDirectory } from '../config/villages.ts';

export function loadVillages(configPath: string | undefined): VillageDirectory {
  if (!configPath) return villageDirectory({});
  return villageDirectory(parseConfigText(readFileSync(configPath, 'utf8'), configPath));
}
