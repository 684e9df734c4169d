/**
 * Writes content/lexicon/sounds.ts: the common characters (GB 2312) grouped by their sound
 * without tone, from pinyin-pro's dictionary (a dev dependency, so the service carries ~20 KB of
 * data instead of the dictionary's ~38 MiB). `npx tsx test/content/make-sounds.ts` rewrites it;
 * test/content/sounds.test.ts checks the file is what this makes.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

/** The 6,763 characters of GB 2312, in its order (rows 16–87). */
export function gb2312(): string[] {
  const decoder = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row++)
    for (let col = 0xa1; col <= 0xfe; col++) {
      const ch = decoder.decode(new Uint8Array([row, col]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  return out;
}

const CHUNK = 40;
const OUT = join(import.meta.dirname, '..', '..', 'content', 'lexicon', 'sounds.ts');

/** The file's text, laid out by the repository's formatter (biome) as `npm test` checks it. */
export function makeSounds(): string {
  const biome = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'biome');
  return execFileSync(biome, ['format', `--stdin-file-path=${OUT}`], { input: unformatted(), encoding: 'utf8' });
}

function unformatted(): string {
  const usual = new Map<string, string>();
  const also = new Map<string, string>();
  for (const ch of gb2312()) {
    const readings = [...new Set(pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true }))];
    const first = readings[0];
    if (!first) continue;
    usual.set(first, (usual.get(first) ?? '') + ch);
    for (const r of readings.slice(1)) also.set(r, (also.get(r) ?? '') + ch);
  }
  const table = (m: Map<string, string>) =>
    [...m]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([syllable, chars]) => {
        const parts: string[] = [];
        for (let i = 0; i < chars.length; i += CHUNK) parts.push(`'${chars.slice(i, i + CHUNK)}'`);
        return `  ${syllable}: ${parts.join(' +\n    ')},`;
      })
      .join('\n');
  return `/**
 * The common characters (GB 2312) by their sound without tone, for reading words typed with a
 * pinyin input method's wrong pick (文喜 for 闻喜): two spellings sound alike when their characters
 * are in the same groups. Made by test/content/make-sounds.ts from pinyin-pro's dictionary; do not
 * edit by hand.
 */

/** Each character under the sound it usually has. */
export const USUAL_SOUND: Readonly<Record<string, string>> = {
${table(usual)}
};

/** Other sounds a character can have (解 jie and xie), for the names it may be part of. */
export const OTHER_SOUNDS: Readonly<Record<string, string>> = {
${table(also)}
};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, makeSounds());
}
