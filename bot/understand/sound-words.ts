/**
 * The words that matter, heard by their sound where the text spells no word: an input method's
 * wrong pick (老办 for 老伴, 残急 for 残疾, 地保 for 低保, 村款 for 存款, 养老斤 for 养老金) reads as the
 * word it sounds like, and the reading is said back like any other. Which words: those of three
 * characters or more of the kinds below, and the two-character words in
 * content/lexicon/heard-by-sound.ts; each heard by its usual sound only (孙 as sun, not xun).
 */
import {
  type Dialect,
  LEXICON,
  type Lexicon,
  type LexiconEntry,
  type Meaning,
  buildLexicon,
} from '../../content/lexicon/index.ts';
import { HEARD_BY_SOUND } from '../../content/lexicon/heard-by-sound.ts';
import { heard } from './sounds.ts';

/** Numbers sound like family words (二个 like 二哥): a span with one is never heard by sound. */
export const NUMERALS = /[零一二两三四五六七八九十百千万几半0-9]/;

/** What a longer word heard by sound may mean: who someone is and what the household has. */
const HEARD_KINDS = new Set<Meaning['t']>([
  'person',
  'benefit',
  'disability',
  'illness',
  'income',
  'asset',
  'noCertificate',
  'debt',
]);

function heardBySound(e: LexiconEntry): boolean {
  const n = [...e.word].length;
  if (n < 2 || !/^\p{Script=Han}+$/u.test(e.word) || NUMERALS.test(e.word)) return false;
  return n >= 3 ? HEARD_KINDS.has(e.meaning.t) : HEARD_BY_SOUND.has(e.word);
}

const cache = new Map<Dialect | 'all', Lexicon>();

/** The lexicon of one dialect area's words that matter, spelled as they sound. */
export function soundLexiconFor(dialect: Dialect | 'all'): Lexicon {
  let lex = cache.get(dialect);
  if (!lex) {
    const entries: LexiconEntry[] = [];
    for (const e of LEXICON) {
      if ((dialect !== 'all' && e.dialect && e.dialect !== dialect) || !heardBySound(e)) continue;
      entries.push({ ...e, word: heard(e.word) });
    }
    lex = buildLexicon(entries);
    cache.set(dialect, lex);
  }
  return lex;
}
