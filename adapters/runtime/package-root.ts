/**
 * The package's root folder, found from this module's own location by walking up to the
 * package.json: the same answer whether the source runs (adapters/runtime/) or the compiled bundle
 * (dist/), so files shipped beside the code (the migrations) are found from either.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(import.meta.dirname);
