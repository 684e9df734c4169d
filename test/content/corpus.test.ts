// The clause corpus: stable unique ids, seed clauses verbatim from the seed files, sentence
// clauses inside their paragraphs, national transcriptions marked unofficial with their source.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allClauses, getClause } from '../../content/clauses.ts';
import { documents } from '../../content/documents/index.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'sources', 'seeds');
const squash = (s: string) => s.replace(/\s+/g, '').replace(/\*\*/g, '').replace(/^#+/gm, '');

function seedText(file: string): string {
  const path = join(SEEDS, file);
  if (!existsSync(path)) throw new Error(`seed file missing: ${path} `);
  return squash(
    readFileSync(path, 'utf8')
      .replace(/^\s*#+\s*/gm, '')
      .replace(/^---\s*$/gm, ''),
  );
}

describe('clause corpus', () => {
  it('has unique, well-formed ids prefixed by their document', () => {
    const ids = allClauses().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of allClauses()) {
      expect(c.id).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
      expect(c.id.startsWith(`${c.documentId}.`)).toBe(true);
      expect(c.text.length).toBeGreaterThan(5);
    }
  });

  for (const [doc, file] of [
    ['yc59', 'yc59-000_19898ccdccd0db55.txt'],
    ['yj14', 'yj14-004_f3f46120bf5bdaa0.txt'],
  ] as const) {
    it(`${doc}: every clause is verbatim from the seed, sentences inside their paragraph`, () => {
      const seed = seedText(file);
      const d = documents.find((x) => x.id === doc)!;
      expect(d.official).toBe(true);
      for (const c of d.clauses) {
        expect(seed.includes(squash(c.text)), `${c.id} not found verbatim in ${file}`).toBe(true);
        const parts = c.id.split('.');
        if (parts.length === 3) {
          const para = getClause(`${parts[0]}.${parts[1]}`);
          expect(para?.text.includes(c.text), `${c.id} not inside its paragraph`).toBe(true);
        }
      }
    });
  }

  it('national texts are marked as unofficial transcriptions with their source', () => {
    for (const d of documents.filter((x) => x.region === '000000')) {
      expect(d.official).toBe(false);
      expect(d.sourceNote).toMatch(/github/);
    }
  });

  it('quotes the key national provisions', () => {
    expect(getClause('mz2021-57.a8')?.text).toContain('1.5倍');
    expect(getClause('mz2021-43.a5')?.text).toContain('60周岁以上的老年人');
    expect(getClause('gwy649.a9')?.text).toContain('人均收入低于当地最低生活保障标准');
    expect(getClause('sjzf2026.a37')?.text).toContain('急难发生地');
    expect(getClause('yc59.2-1.employment-cost')?.text).toBe(
      '对就业产生的必要成本，在核算家庭收入时按照城市低保标准的30%给予扣减。',
    );
  });
});
