// tokenize looks the longest word up once per position of the text (bot/understand/tokens.ts): the
// tokens are those read with a lexicon asked afresh each time, and the place names are asked at most
// once per position, even on long hostile input.
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../content/lexicon/index.ts';
import { placeLexicon } from '../../bot/understand/places.ts';
import { tokenize } from '../../bot/understand/tokens.ts';
import { defaultParameters } from '../../screening/index.ts';

function counting(lex: Lexicon, text: string) {
  const asked = new Map<number, number>();
  const wrapped: Lexicon = {
    maxWordLength: lex.maxWordLength,
    longest(t, at) {
      if (t === text) asked.set(at, (asked.get(at) ?? 0) + 1);
      return lex.longest(t, at);
    },
  };
  return { wrapped, asked };
}

describe('the word at each position, looked up once', () => {
  const places = placeLexicon(defaultParameters());
  const texts = [
    '俺跟老汉两个，俺七十六他七十三，一个月养老金一共二百六',
    '十月中风，在镇上班，现在家里',
    '老汉比俺大三岁，退休斤一千二',
    '',
    '万块'.repeat(300),
    '\u{1F600}\uD800一'.repeat(300),
  ];

  it('reads the same tokens, each position asked at most once', () => {
    for (const raw of texts) {
      const plain = tokenize(raw, 'all', places);
      const text = plain.text;
      const { wrapped, asked } = counting(places, text);
      expect(tokenize(raw, 'all', wrapped)).toEqual(plain);
      for (const [at, n] of asked) expect(n, `${at} in ${raw.slice(0, 20)}`).toBe(1);
      expect(asked.size).toBeLessThanOrEqual(text.length);
    }
  });
});
