// A city is data (#16 item 2; shared/ARCHITECTURE.md "A city is data"): no file in bot/,
// adapters/ or screening/ outside the data (screening/cities/, the packages, and screening/params/,
// the shared tables and the loader) names a city of a registered package, in code or in comments.
// The words looked for come from the packages themselves (screening/cities/), so a city added
// there is covered at once: its code, its counties' and its province's codes, its name, its
// counties' and its province's names (whole and short: 运城市 and 运城), the words residents use for
// places in it (towns, 街道), its documents' ids and numbers, and the package's folder name.
// Everything those directories say about a city comes from the parameter set at run time.
//
// Allowed, because they are documentation or operator data rather than code that knows a city
// (each entry names the words it allows, or `all` for a file that is data):
const ALLOWED: Record<string, { words: readonly string[] | 'all'; why: string }> = {
  // The example DOUDI_CONFIG an operator copies: data in the package schema, and documentation.
  'adapters/config/doudi.config.example.yaml': { words: 'all', why: 'example operator configuration' },
  // An example 身份证号 in a comment, showing which digits the mask keeps: its first six digits are
  // a region code by the ID number's format, not a place the code knows.
  'bot/referral/mask.ts': { words: ['140802'], why: 'example ID number in a comment' },
};
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CITIES } from '../../screening/index.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCANNED = ['bot', 'adapters', 'screening'];
/** The data: the packages themselves, and the shared tables, sources and schema they are read with. */
const DATA = [join('screening', 'cities'), join('screening', 'params')];
/** Generated migration snapshots and SQL hold no place words; everything else that is text is read. */
const TEXT = /\.(ts|tsx|mjs|js|json|yaml|yml|sql|md|html|css)$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

const short = (name: string) => {
  const s = name.replace(/(自治县|区|县|市|省|镇|乡|街道)$/, '');
  return s.length >= 2 ? s : name;
};

interface Word {
  word: string;
  /** Codes and ids must stand alone (not inside a longer number or identifier). */
  bounded?: 'digits' | 'identifier';
  city: string;
}

function wordsOf(): Word[] {
  const folders = readdirSync(join(ROOT, 'screening', 'cities')).filter((n) =>
    statSync(join(ROOT, 'screening', 'cities', n)).isDirectory(),
  );
  const out: Word[] = [];
  for (const c of BUILT_IN_CITIES) {
    const add = (word: string, bounded?: Word['bounded']) =>
      out.push({ word, city: c.name, ...(bounded ? { bounded } : {}) });
    for (const code of [c.code, c.province.code, ...Object.keys(c.counties)]) add(code, 'digits');
    for (const name of [c.name, c.province.name, ...Object.values(c.counties).map((k) => k.name)]) {
      add(name);
      add(short(name));
    }
    for (const alias of [...(c.aliases ?? []), ...Object.values(c.counties).flatMap((k) => k.aliases ?? [])])
      add(alias);
    for (const d of c.documents ?? []) {
      add(d.id, 'identifier');
      if (d.docNumber) add(d.docNumber);
    }
  }
  for (const f of folders) out.push({ word: f, bounded: 'identifier', city: `screening/cities/${f}` });
  return out;
}

function occurs(text: string, w: Word): boolean {
  const hay = w.bounded === 'identifier' ? text.toLowerCase() : text;
  for (let at = hay.indexOf(w.word); at >= 0; at = hay.indexOf(w.word, at + 1)) {
    const before = hay[at - 1] ?? '';
    const after = hay[at + w.word.length] ?? '';
    if (w.bounded === 'digits' && (/[0-9]/.test(before) || /[0-9]/.test(after))) continue;
    if (w.bounded === 'identifier' && (/[a-z0-9_]/.test(before) || /[a-z0-9_]/.test(after))) continue;
    return true;
  }
  return false;
}

describe('a city is data', () => {
  const words = wordsOf();
  const scanned = SCANNED.flatMap(files).filter((f) => !DATA.some((d) => f.startsWith(`${d}/`)));

  it('the scan sees the packages and the code', () => {
    expect(BUILT_IN_CITIES.length).toBeGreaterThanOrEqual(2);
    expect(words.length).toBeGreaterThan(100);
    expect(scanned.length).toBeGreaterThan(150);
    for (const f of Object.keys(ALLOWED)) expect(scanned, `${f} is allowed but not scanned`).toContain(f);
  });

  it('every allowance is still needed', () => {
    for (const [f, { words: allowed }] of Object.entries(ALLOWED)) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      const needed = words.filter((w) => (allowed === 'all' || allowed.includes(w.word)) && occurs(text, w));
      expect(needed.length, `${f}: nothing allowed occurs any more`).toBeGreaterThan(0);
    }
  });

  it('no city code or city name in bot/, adapters/ or screening/ outside the data', () => {
    const found: string[] = [];
    for (const f of scanned) {
      const allowed = ALLOWED[f]?.words;
      if (allowed === 'all') continue;
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const w of words)
        if (!allowed?.includes(w.word) && occurs(text, w)) found.push(`${f}: "${w.word}" (${w.city})`);
    }
    expect(found).toEqual([]);
  });

  it('the check finds what it looks for', () => {
    const [yc] = BUILT_IN_CITIES;
    const county = Object.keys(yc!.counties)[0]!;
    expect(occurs(`{ '1': '${yc!.code}' }`, { word: yc!.code, bounded: 'digits', city: '' })).toBe(true);
    expect(occurs(`id ${county}1234567890`, { word: county, bounded: 'digits', city: '' })).toBe(false);
    expect(occurs(`// 住在${short(yc!.name)}城里`, { word: short(yc!.name), city: '' })).toBe(true);
  });
});
