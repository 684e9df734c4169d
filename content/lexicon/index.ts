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

/**
 * Children by UTF-16 code unit: a lookup reads `charCodeAt`, never a one-character string (each
 * of which, for a Chinese character, is an allocation). A word holding a character outside the
 * BMP is keyed by its code point, which no code unit equals: such a word is never found, as before.
 */
interface Node {
  next: Map<number, Node>;
  meanings?: Meaning[];
  terms?: string[];
  found?: Found;
}

export interface Lexicon {
  /** The longest word starting at `at`: its length and meanings, or undefined. */
  longest(text: string, at: number): Found | undefined;
  readonly maxWordLength: number;
}

/** A lexicon over any entries (the built-in words, or the place names of a parameter set). */
export function buildLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const root: Node = { next: new Map() };
  let maxWordLength = 0;
  for (const e of entries) {
    let node = root;
    let depth = 0;
    for (const ch of e.word) {
      const key = ch.codePointAt(0)!;
      const child = node.next.get(key) ?? { next: new Map() };
      node.next.set(key, child);
      node = child;
      depth++;
    }
    node.meanings ??= [];
    node.meanings.push(e.meaning);
    if (e.term) {
      node.terms ??= [];
      node.terms.push(e.term);
    }
    node.found = { length: depth, meanings: node.meanings, terms: node.terms ?? [] };
    maxWordLength = Math.max(maxWordLength, e.word.length);
  }
  return {
    maxWordLength,
    longest(text, at) {
      let node: Node | undefined = root;
      let best: Found | undefined;
      for (let i = at; i < text.length && i - at < maxWordLength; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node) break;
        if (node.found) best = node.found;
      }
      return best;
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
