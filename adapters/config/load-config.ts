/** Parses the operator's DOUDI_CONFIG text (YAML or JSON; JSON is valid YAML). Pure: no file access. */
import { parse } from 'yaml';

export function parseConfigText(text: string, filename: string): unknown {
  try {
    return parse(text) ?? {};
  } catch (e) {
    throw new Error(`${filename}: cannot parse configuration: ${(e as Error).message}`);
  }
}
