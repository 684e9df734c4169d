// The cheap first look for commands said in words must never hide one: whenever the full reading
// of a message finds a command, the message holds one of the lexicon's command words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldCommandWord } from '../../content/lexicon/command-words.ts';
import { LEXICON } from '../../content/lexicon/words.ts';
import { understand } from '../../bot/understand/extract.ts';
import { normalise } from '../../bot/understand/tokens.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const commandWords = LEXICON.filter((e) => e.meaning.t === 'command').map((e) => e.word);
const read = (t: string) => understand(t, { slot: 'opening', household: {}, today: '2026-12-05', parameters });

describe('command words, looked for before reading', () => {
  it('every command word of the lexicon is seen, alone and inside a sentence', () => {
    expect(commandWords.length).toBeGreaterThan(30);
    for (const w of commandWords) {
      expect(mayHoldCommandWord(w), w).toBe(true);
      expect(mayHoldCommandWord(`俺想问一下${w}吧`), w).toBe(true);
    }
  });

  it('ordinary answers hold none', () => {
    for (const t of ['七十八岁', '一年一千二', '没有', '2 俺老汉有 腿上的', '冇，屋企得我一个'])
      expect(mayHoldCommandWord(normalise(t)), t).toBe(false);
  });

  it('never misses a command the full reading finds (random texts of command words, fillers and answers)', () => {
    const pieces = [
      ...commandWords,
      '我',
      '的',
      '七十',
      '岁',
      '没有',
      '有',
      '，',
      '老伴',
      '冇',
      '係',
      '问',
      '回',
      '上',
      '人',
      '申',
      '请',
      '为',
      '什',
      '么',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const t = normalise(parts.join(''));
        if (read(t).commands.length > 0) expect(mayHoldCommandWord(t)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
