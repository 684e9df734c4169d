/**
 * Worst-case time of every reader of outside text (issue 14 item 1): the hotline intake (the
 * extractor and the screening behind it), a dialogue step and a policy question, on the longest
 * input each accepts made of the characters that once made a pattern backtrack — runs of one
 * numeral, of 多/来/几, of punctuation, of mixed digits, of repeated keywords — and on random
 * strings over the same alphabet (fast-check). Linear readers keep a flat cost per character;
 * the quarter-length run shows the growth (≈4× for linear, ≈16× for quadratic).
 */
import fc from 'fast-check';
import { intake, MAX_SUMMARY_CHARS } from '../../bot/hotline/intake.ts';
import { MAX_INPUT_CHARS, step } from '../../bot/engine.ts';
import { newState } from '../../bot/state.ts';
import { ask } from '../../content/ask.ts';
import { defaultParameters } from '../../screening/index.ts';

const NUMERALS = [...'0123456789零〇一二两俩三四五六七八九十百千万亿'];
const APPROX = [...'多来几好把余'];
const PUNCT = [...'，。、；：！？,.;:!? \n（）()'];
const WORDS = ['儿子', '岁', '每月', '一年', '元', '万块', '标准', '低保', '残疾证', '没有', '冇', '佢', '（'];
const ALPHABET = [...NUMERALS, ...APPROX, ...PUNCT, ...WORDS, '我', '的', '家', '收', '入'];

export interface RedosResult {
  /** µs per character on the worst of the fixed inputs, per reader. */
  worstUsPerChar: Record<string, { input: string; us: number; growth: number }>;
  /** Largest µs per character over random strings of 100 characters or more, per reader. */
  randomUsPerChar: Record<string, number>;
  budgetUsPerChar: number;
}

/** Work every input costs whatever its length: screening a household, ranking clauses. */
const FIXED_US = 3000;

type Reader = (text: string) => unknown;

const parameters = defaultParameters();
const today = '2026-12-05';

const READERS: Record<string, { max: number; read: Reader }> = {
  'hotline intake': {
    max: MAX_SUMMARY_CHARS,
    read: (text) => intake({ region: '140800', text }, { today, parameters }),
  },
  'dialogue step': {
    max: MAX_INPUT_CHARS,
    read: (text) =>
      step(
        { ...newState(), region: '140800', pending: 'members' },
        { channel: 'test', userId: 'u', text },
        { parameters, today },
      ),
  },
  'policy question': { max: 500, read: (text) => ask('140800', text) },
};

function timeOf(read: Reader, text: string): number {
  const start = performance.now();
  read(text);
  return (performance.now() - start) * 1000;
}

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export function measureRedos(budgetUsPerChar = 20): RedosResult {
  const worstUsPerChar: RedosResult['worstUsPerChar'] = {};
  const randomUsPerChar: RedosResult['randomUsPerChar'] = {};
  const units = [...NUMERALS, ...APPROX, ...PUNCT, ...WORDS, '1万', '三千多', '十来万', '七八千', '1.5.', '一1二2'];
  for (const [name, { max, read }] of Object.entries(READERS)) {
    for (let i = 0; i < 20; i++) read('家里两口人，每月收入一千五');
    let worst = { input: '', us: 0, growth: 0 };
    for (const unit of units) {
      const fullText = fill(unit, max);
      const quarterText = fill(unit, max / 4);
      // Both lengths read alternately, untimed and then timed, so that both meet the JIT in the same state: a path
      // read for the first few times runs unoptimised, and timing one length after the other measured that, not the
      // reader's work (×7–11 growth for the dialogue on runs whose warmed medians grow ×2–3).
      for (let k = 0; k < 3; k++) {
        read(quarterText);
        read(fullText);
      }
      let fullUs = Infinity;
      let quarterUs = Infinity;
      for (let k = 0; k < 5; k++) {
        quarterUs = Math.min(quarterUs, timeOf(read, quarterText));
        fullUs = Math.min(fullUs, timeOf(read, fullText));
      }
      const full = fullUs / max;
      if (full > worst.us)
        worst = { input: `"${unit}" × ${Math.ceil(max / unit.length)}`, us: full, growth: fullUs / quarterUs };
    }
    worstUsPerChar[name] = worst;
    let worstRandom = 0;
    const randomParts = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: max, size: 'max' });
    // Warmed on other random strings first: the first reading of a rarely taken path compiles it, which is
    // the JIT's one-off cost, not the reader's per character (one such cold reading once failed the bound).
    for (const parts of fc.sample(randomParts, { numRuns: 30, seed: 41 })) read(parts.join('').slice(0, max));
    // Then the strings timed are all read once untimed, and each is timed in five passes over all of them, its
    // best kept: timed at its first readings, or in one burst while V8 re-optimised what another string had
    // deoptimised, the worst of 150 was the JIT's or a collection's (9–30 µs a character for the dialogue from run
    // to run of the same code, against ~6 for the same strings warmed).
    const texts = fc.sample(randomParts, { numRuns: 150, seed: 14 }).map((parts) => parts.join('').slice(0, max));
    for (const text of texts) read(text);
    const best = texts.map(() => Infinity);
    for (let pass = 0; pass < 5; pass++)
      for (const [k, text] of texts.entries()) best[k] = Math.min(best[k]!, timeOf(read, text));
    texts.forEach((text, k) => {
      const us = best[k]!;
      if (text.length >= 100) worstRandom = Math.max(worstRandom, us / text.length);
      // A fixed allowance covers the work every input costs (the screening, the search).
      if (us > FIXED_US + budgetUsPerChar * text.length)
        throw new Error(`${name}: ${us.toFixed(0)} µs for ${text.length} random characters: ${JSON.stringify(text)}`);
    });
    randomUsPerChar[name] = worstRandom;
  }
  return { worstUsPerChar, randomUsPerChar, budgetUsPerChar };
}
