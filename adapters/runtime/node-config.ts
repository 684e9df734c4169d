/** Reads DOUDI_CONFIG from disk (Node only): screening figures merged over the built-in ones, and the villages. */
import { readFileSync } from 'node:fs';
import { builtInParameterSet, type ParameterSet, withOperatorConfig } from '../../screening/index.ts';
import { parseConfigText } from '../config/load-config.ts';
import { villageDirectory, type VillageDirectory } from '../config/villages.ts';
import { type Limits, limitsFrom } from '../config/limits.ts';

export function readOperatorConfig(configPath: string | undefined): unknown {
  return configPath ? parseConfigText(readFileSync(configPath, 'utf8'), configPath) : {};
}

export function loadParameters(configPath: string | undefined): ParameterSet {
  const base = builtInParameterSet();
  if (!configPath) return base;
  return withOperatorConfig(base, readOperatorConfig(configPath));
}

export function loadVillages(configPath: string | undefined): VillageDirectory {
  return villageDirectory(readOperatorConfig(configPath));
}

export function loadLimits(configPath: string | undefined): Limits {
  return limitsFrom(readOperatorConfig(configPath));
}
