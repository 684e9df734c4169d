// The lexicon's phrase lists and their matcher (bot/understand/phrases.ts): found anywhere, at the
// start only, or the leftmost (longest there), and each list free of repeats.
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../content/lexicon/phrases.ts';
import { MONEY_PHRASES } from '../../content/lexicon/phrases-money.ts';
import { PEOPLE_PHRASES } from '../../content/lexicon/phrases-people.ts';
import { SITUATION_PHRASES } from '../../content/lexicon/phrases-situation.ts';
import { endsWithPhrase, firstPhrase, hasPhrase, isPhrase, startsWithPhrase } from '../../bot/understand/phrases.ts';

describe('phrase lists', () => {
  it('finds a phrase anywhere in the text', () => {
    expect(hasPhrase('老汉前些年在工地摔伤', 'yearsAgo')).toBe(true);
    expect(hasPhrase('老汉上个月在工地摔伤', 'yearsAgo')).toBe(false);
  });

  it('tests the start only when asked to', () => {
    expect(startsWithPhrase('毕业就出去', 'schoolEnded')).toBe(true);
    expect(startsWithPhrase('在读毕业班', 'schoolEnded')).toBe(false);
  });

  it('tests the end, or the whole text, when asked to', () => {
    expect(endsWithPhrase('儿子大学毕业', 'schoolEnded')).toBe(true);
    expect(endsWithPhrase('毕业以后', 'schoolEnded')).toBe(false);
    expect(isPhrase('家人', 'wholeFamily')).toBe(true);
    expect(isPhrase('家人都好', 'wholeFamily')).toBe(false);
  });

  it('gives the leftmost phrase, the longest where two start at once', () => {
    expect(firstPhrase('村里有的人有车', 'somebodyElse')).toEqual({ index: 2, length: 3 });
    expect(firstPhrase('邻居说别人家有车', 'somebodyElse')).toEqual({ index: 0, length: 2 });
    expect(firstPhrase('我家有车', 'somebodyElse')).toBeUndefined();
  });

  it('lists each phrase once, and no list is empty', () => {
    for (const [name, list] of Object.entries(PHRASES)) {
      expect(list.length, name).toBeGreaterThan(0);
      expect(new Set(list).size, name).toBe(list.length);
    }
  });

  it('takes every area list as written: no name in two area files, where the later would win unseen', () => {
    const names = [PEOPLE_PHRASES, MONEY_PHRASES, SITUATION_PHRASES].flatMap((area) => Object.keys(area));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
