/**
 * normalise and heard map text by code unit through tables built once from the lexicon data; readNumber turns
 * away a position no number can start at. Each must give what the character-by-character reading gives.
 */
import { describe, expect, it } from 'vitest';
import { TRADITIONAL } from '../../content/lexicon/traditional.ts';
import { USUAL_SOUND } from '../../content/lexicon/sounds.ts';
import { readNumber } from '../../bot/understand/numbers.ts';
import { heard } from '../../bot/understand/sounds.ts';
import { asciiWidth, normalise } from '../../bot/understand/tokens.ts';

/** The readings as they were written before the tables: one string per character. */
function normaliseByChar(text: string): string {
  let out = '';
  for (const ch of asciiWidth(text)) out += TRADITIONAL[ch] ?? ch;
  return out;
}
const usual = new Map<string, string>();
for (const chars of Object.values(USUAL_SOUND)) for (const ch of chars) usual.set(ch, chars[0]!);
function heardByChar(text: string): string {
  let out = '';
  for (const ch of text) out += usual.get(ch) ?? ch;
  return out;
}

const fullWidth = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, k) => String.fromCharCode(0xff01 + k)).join('');
const samples = [
  '',
  '係',
  '我個仔兩個人，１３８元／月　好',
  `${Object.keys(TRADITIONAL).join('')}${fullWidth}\u3000`,
  `${Object.values(USUAL_SOUND).join('')}`,
  '老办残急地保村款养老斤😀\ud800x\udc00係',
  '係'.repeat(9000),
  '😀係２'.repeat(3000),
];

describe('normalise by code unit', () => {
  it('gives what reading one character at a time gives', () => {
    for (const s of samples) expect(normalise(s)).toBe(normaliseByChar(s));
  });
  it('leaves text with nothing to change as it is', () => {
    expect(normalise('我今年七十五')).toBe('我今年七十五');
  });
});

describe('heard by code unit', () => {
  it('gives what reading one character at a time gives', () => {
    for (const s of samples) expect(heard(s)).toBe(heardByChar(s));
  });
});

describe('readNumber turns away what starts no number', () => {
  it('still reads every numeral, unit and rough lead', () => {
    for (const s of ['5', '三', '贰拾', '十', '万', '廿五', '小几千', '大几百', '几百', '好几千'])
      expect(readNumber(s, 0), s).toBeDefined();
  });
  it('reads nothing at a character no number starts with, or past the end', () => {
    for (const s of ['多', '来', '半', '旧', '余', 'a', '，']) expect(readNumber(s, 0), s).toBeUndefined();
    expect(readNumber('三', 1)).toBeUndefined();
  });
});
