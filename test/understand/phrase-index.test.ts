// The phrase lists indexed by first code unit (bot/understand/phrases.ts): every phrase of every list
// is found, at the start and after a gap, the same as a scan of the whole list would find it.
import { describe, expect, it } from 'vitest';
import { type PhraseList, PHRASES } from '../../content/lexicon/phrases.ts';
import { phraseAfterGap, startsWithPhrase } from '../../bot/understand/phrases.ts';

const lists = Object.keys(PHRASES) as PhraseList[];
const scanStarts = (text: string, list: PhraseList, at = 0) => PHRASES[list].some((p) => text.startsWith(p, at));

describe('phrase index', () => {
  it('finds every phrase of every list at the start, alone or with text after it', () => {
    for (const list of lists)
      for (const p of PHRASES[list]) {
        expect(startsWithPhrase(p, list), `${list}: ${p}`).toBe(true);
        expect(startsWithPhrase(`${p}啊`, list), `${list}: ${p}啊`).toBe(true);
      }
  });

  it('answers as the whole-list scan for phrases sharing a first character, and for text before them', () => {
    for (const list of lists) {
      const phrases = PHRASES[list];
      const texts = phrases.flatMap((p) => [p.slice(0, -1), p.slice(1), `，${p}`, p.slice(0, 1)]);
      for (const t of texts) expect(startsWithPhrase(t, list), `${list}: ${t}`).toBe(scanStarts(t, list));
    }
  });

  it('finds a phrase after a gap as the scan would', () => {
    for (const list of lists.slice(0, 60))
      for (const p of PHRASES[list]) {
        const text = `我家${p}了`;
        expect(phraseAfterGap(text, 0, list, { min: 1, max: 3, stops: '，' })).toBe(true);
        expect(phraseAfterGap(text, 0, list, { min: 0, max: 1, stops: '' })).toBe(
          scanStarts(text, list, 0) || scanStarts(text, list, 1),
        );
      }
  });

  it('finds nothing in empty or hostile text, quickly', () => {
    for (const list of lists) {
      expect(startsWithPhrase('', list)).toBe(false);
      expect(phraseAfterGap('', 0, list, { min: 0, max: 6, stops: '' })).toBe(false);
    }
    const hostile = '\u{1F600}\uD800x'.repeat(2000);
    for (const list of lists) expect(startsWithPhrase(hostile, list)).toBe(false);
  });
});
