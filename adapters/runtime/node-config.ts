/** Reads DOUDI_CONFIG from disk (Node only) and merges it over the built-in parameters. */
import { readFileSync } from 'node:fs';
import { builtInParameterSet, type ParameterSet, withOperatorConfig } from '../../screening/index.ts';
import { parseConfigText } from '../config/load-config.ts';

export function loadParameters(configPath: string | undefined): ParameterSet {
  const base = builtInParameterSet();
  if (!configPath) return base;
  return withOperatorConfig(base, parseConfigText(readFileSync(configPath, 'utf8'), configPath));
}
