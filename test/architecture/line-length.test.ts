// Every source line fits in 120 characters (issue 16 item 7). Biome's formatter wraps code at that
// width (`biome ci` in `npm test` checks it), but leaves long strings, comments and regular
// expressions alone: this test holds those to the same limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['adapters', 'bot', 'content', 'screening', 'test'];
const MAX = 120;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('line length', () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));

  it('sees the sources', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it(`keeps every line of source within ${MAX} characters`, () => {
    const long: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if ([...line].length > MAX) long.push(`${relative(ROOT, f)}:${i + 1} (${[...line].length})`);
        });
    }
    expect(long).toEqual([]);
  });
});
