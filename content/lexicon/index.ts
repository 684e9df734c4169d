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

interface Node {
  next: Map<string, Node>;
  meanings?: Meaning[];
  terms?: string[];
}

export interface Lexicon {
  /** The longest word starting at `at`: its length and meanings, or undefined. */
  longest(text: string, at: number): { length: number; meanings: Meaning[]; terms: string[] } | undefined;
  readonly maxWordLength: number;
}

/** A lexicon over any entries (the built-in words, or the place names of a parameter set). */
export function buildLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const root: Node = { next: new Map() };
  let maxWordLength = 0;
  for (const e of entries) {
    let node = root;
    for (const ch of e.word) {
      const child = node.next.get(ch) ?? { next: new Map() };
      node.next.set(ch, child);
      node = child;
    }
    node.meanings ??= [];
    node.meanings.push(e.meaning);
    if (e.term) {
      node.terms ??= [];
      node.terms.push(e.term);
    }
    maxWordLength = Math.max(maxWordLength, e.word.length);
  }
  return {
    maxWordLength,
    longest(text, at) {
      let node: Node | undefined = root;
      let best: { length: number; meanings: Meaning[]; terms: string[] } | undefined;
      for (let i = at; i < text.length && i - at < maxWordLength; i++) {
        node = node.next.get(text[i]!);
        if (!node) break;
        if (node.meanings) best = { length: i - at + 1, meanings: node.meanings, terms: node.terms ?? [] };
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
