/**
 * The shared lexicon, ready to read text with: a trie per dialect (the words that hold
 * everywhere plus that dialect's), so the longest word at a position is found in time
 * proportional to its length, and reading a message is linear in its length.
 */
import { cityOf, type ParameterSet } from '../../screening/index.ts';
import type { Dialect, LexiconEntry, Meaning } from './meanings.ts';
import { LEXICON } from './words.ts';

export * from './meanings.ts';
export { LEXICON } from './words.ts';

/** A word found: its length and meanings (built once per word, handed out as it is: not to be changed). */
type Found = { length: number; meanings: Meaning[]; terms: string[] };

export interface Lexicon {
  /** The longest word starting at `at`: its length and meanings, or undefined. */
  longest(text: string, at: number): Found | undefined;
  readonly maxWordLength: number;
}

/**
 * The trie's edges in one open-addressed hash table keyed by (node, UTF-16 code unit), in typed arrays:
 * a step is a multiply and a probe or two over numbers, where a Map per node cost a builtin call and a
 * pointer chase per character (with one walk for words and place names, 1.76 M -> 1.59 M instructions a
 * reading), and the tries of three dialects and their sound-alikes take 9 MiB of heap instead of 17.
 * A word holding a character outside the BMP is never found (no code unit equals its code point), as before.
 */
class Trie implements Lexicon {
  readonly maxWordLength: number;
  private readonly parent: Int32Array;
  private readonly unit: Uint16Array;
  private readonly child: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** What the walk returns at each node (undefined: no word ends there). */
  private readonly found: (Found | undefined)[];

  constructor(words: readonly string[], foundAt: (word: string, depth: number) => Found, maxWordLength: number) {
    this.maxWordLength = maxWordLength;
    let size = 1;
    for (const w of words) size += w.length;
    let bits = 4;
    while (1 << bits < 2 * size) bits++;
    this.parent = new Int32Array(1 << bits);
    this.unit = new Uint16Array(1 << bits);
    this.child = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.found = [undefined];
    let nodes = 1;
    for (const word of words) {
      let node = 0;
      let depth = 0;
      let reachable = true;
      for (const ch of word) {
        const key = ch.codePointAt(0)!;
        if (key > 0xffff) {
          reachable = false;
          break;
        }
        let s = this.slot(node, key);
        while (this.child[s] !== 0 && !(this.parent[s] === node && this.unit[s] === key)) s = (s + 1) & this.mask;
        if (this.child[s] === 0) {
          this.parent[s] = node;
          this.unit[s] = key;
          this.child[s] = nodes++;
          this.found.push(undefined);
        }
        node = this.child[s]!;
        depth++;
      }
      if (reachable) this.found[node] = foundAt(word, depth);
    }
  }

  private slot(node: number, key: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) >>> this.shift;
  }

  longest(text: string, at: number): Found | undefined {
    let node = 0;
    let best: Found | undefined;
    const end = Math.min(text.length, at + this.maxWordLength);
    for (let i = at; i < end; i++) {
      const key = text.charCodeAt(i);
      let s = this.slot(node, key);
      let next = this.child[s]!;
      while (next !== 0 && !(this.parent[s] === node && this.unit[s] === key)) {
        s = (s + 1) & this.mask;
        next = this.child[s]!;
      }
      if (next === 0) break;
      node = next;
      const f = this.found[node];
      if (f) best = f;
    }
    return best;
  }
}

/** The words of each lexicon built here, for one trie over two of them (`preferring`). */
const wordsOf = new WeakMap<Lexicon, readonly string[]>();

/** A lexicon over any entries (the built-in words, or the place names of a parameter set). */
export function buildLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byWord = new Map<string, { meanings: Meaning[]; terms: string[] }>();
  let maxWordLength = 0;
  for (const e of entries) {
    let w = byWord.get(e.word);
    if (!w) {
      w = { meanings: [], terms: [] };
      byWord.set(e.word, w);
    }
    w.meanings.push(e.meaning);
    if (e.term) w.terms.push(e.term);
    maxWordLength = Math.max(maxWordLength, e.word.length);
  }
  const words = [...byWord.keys()];
  const lex = new Trie(words, (word, length) => ({ length, ...byWord.get(word)! }), maxWordLength);
  wordsOf.set(lex, words);
  return lex;
}

const preferred = new WeakMap<Lexicon, WeakMap<Lexicon, Lexicon>>();

/**
 * `base` and `over` read as one: at each position the longer word of the two, `over`'s when they are as long
 * (place names over words: a county called 万X is a place, not 10,000 and X). One walk instead of one in each;
 * the words found are the two lexicons' own. Built once per pair.
 */
export function preferring(base: Lexicon, over: Lexicon): Lexicon {
  const a = wordsOf.get(base);
  const b = wordsOf.get(over);
  if (!a || !b) return longerOf(base, over);
  let byOver = preferred.get(base);
  if (!byOver) {
    byOver = new WeakMap();
    preferred.set(base, byOver);
  }
  let lex = byOver.get(over);
  if (!lex) {
    // A word's own entry is what its lexicon finds for the whole word (not a shorter word it begins with);
    // `over`'s wins where both end.
    const whole = (lex: Lexicon, word: string, depth: number) => {
      const f = lex.longest(word, 0);
      return f?.length === depth ? f : undefined;
    };
    lex = new Trie(
      [...a, ...b],
      (word, depth) => whole(over, word, depth) ?? whole(base, word, depth)!,
      Math.max(base.maxWordLength, over.maxWordLength),
    );
    byOver.set(over, lex);
  }
  return lex;
}

function longerOf(a: Lexicon, b: Lexicon): Lexicon {
  return {
    maxWordLength: Math.max(a.maxWordLength, b.maxWordLength),
    longest(text, at) {
      const x = a.longest(text, at);
      const y = b.longest(text, at);
      if (!x) return y;
      if (!y) return x;
      return y.length >= x.length ? y : x;
    },
  };
}

const cache = new Map<Dialect | 'all', Lexicon>();

/** The lexicon for residents of one dialect area; `all` reads every dialect's words (for search). */
export function lexiconFor(dialect: Dialect | 'all'): Lexicon {
  let lex = cache.get(dialect);
  if (!lex) {
    lex = buildLexicon(LEXICON.filter((e) => dialect === 'all' || !e.dialect || e.dialect === dialect));
    cache.set(dialect, lex);
  }
  return lex;
}

/**
 * The words to read a resident of a region with: the dialect its city's package declares. Before
 * the region is known, or for a city whose package declares none, every area's words.
 */
export function dialectOfRegion(region: string | undefined, parameters: ParameterSet): Dialect | 'all' {
  if (!region) return 'all';
  const city = cityOf(parameters, region);
  return (city && parameters.cities.get(city.code)?.dialect) ?? 'all';
}
