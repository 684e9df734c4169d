// The lexicon's trie (content/lexicon/index.ts) against the plainest reading of "the longest word at a
// position": every entry found, overlapping and nested entries, the longest match, empty and hostile input;
// and one trie over words and place names reads as the two did, the place name winning at equal length.
import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  LEXICON,
  type Lexicon,
  type LexiconEntry,
  lexiconFor,
  preferring,
} from '../../content/lexicon/index.ts';
import { placeLexicon } from '../../bot/understand/places.ts';
import { defaultParameters } from '../../screening/index.ts';

/** The longest entry starting at `at`, found by trying every entry. */
function plainLongest(entries: readonly LexiconEntry[], text: string, at: number) {
  let best: string | undefined;
  for (const e of entries) {
    if ([...e.word].some((c) => c.codePointAt(0)! > 0xffff) || e.word === '') continue;
    if (text.startsWith(e.word, at) && (best === undefined || e.word.length > best.length)) best = e.word;
  }
  if (best === undefined) return undefined;
  const same = entries.filter((e) => e.word === best);
  return {
    length: [...best].length,
    meanings: same.map((e) => e.meaning),
    terms: same.flatMap((e) => (e.term ? [e.term] : [])),
  };
}

/** The trie as it was before, a Map of children per node. */
function mapTrie(entries: readonly LexiconEntry[]) {
  type Node = { next: Map<number, Node>; found?: { length: number; meanings: unknown[]; terms: string[] } };
  const root: Node = { next: new Map() };
  let max = 0;
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
    node.found ??= { length: depth, meanings: [], terms: [] };
    node.found.meanings.push(e.meaning);
    if (e.term) node.found.terms.push(e.term);
    max = Math.max(max, e.word.length);
  }
  return (text: string, at: number) => {
    let node: Node | undefined = root;
    let best: Node['found'];
    for (let i = at; i < text.length && i - at < max; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.found) best = node.found;
    }
    return best;
  };
}

/** Two lexicons read one after the other, the second's word winning when at least as long. */
function plainLongerOf(a: Lexicon, b: Lexicon, text: string, at: number) {
  const x = a.longest(text, at);
  const y = b.longest(text, at);
  if (!x) return y;
  if (!y) return x;
  return y.length >= x.length ? y : x;
}

const place = (code: string) => ({ t: 'place', code }) as const;

describe('the lexicon trie', () => {
  const entries: LexiconEntry[] = [
    { word: '老', meaning: { t: 'neutral' } },
    { word: '老伴', meaning: { t: 'person', rel: 'spouse' }, term: '配偶' },
    { word: '老伴儿', meaning: { t: 'person', rel: 'spouse' } },
    { word: '老伴', meaning: { t: 'plural' } },
    { word: '伴儿', meaning: { t: 'others' } },
    { word: '养老金', meaning: { t: 'neutral' } },
    { word: '养老保险金', meaning: { t: 'neutral' } },
    { word: '', meaning: { t: 'neutral' } },
    { word: 'a\u{1F600}b', meaning: { t: 'neutral' } },
    { word: '\uD800x', meaning: { t: 'neutral' } },
  ];
  const lex = buildLexicon(entries);

  it('finds every entry, nested and overlapping, the longest at each position', () => {
    const texts = ['老伴儿养老保险金', '老伴养老金', '养老保险', '伴儿老', 'a\u{1F600}b', '\uD800x\uD800', '老老老'];
    for (const text of texts) {
      for (let at = 0; at <= text.length + 1; at++)
        expect(lex.longest(text, at), `${text} @${at}`).toEqual(plainLongest(entries, text, at));
      expect(lex.longest(text, -1)).toBeUndefined();
    }
    expect(lex.longest('老伴', 0)?.meanings).toEqual([{ t: 'person', rel: 'spouse' }, { t: 'plural' }]);
    expect(lex.longest('老伴', 0)?.terms).toEqual(['配偶']);
  });

  it('finds each word of the built-in lexicon as the trie of Maps it replaced did', () => {
    const all = lexiconFor('all');
    const before = mapTrie(LEXICON);
    for (const e of LEXICON) {
      const text = `的${e.word}${e.word}了`;
      for (let at = 0; at < text.length; at++) expect(all.longest(text, at)).toEqual(before(text, at));
      expect(all.longest(text, 1)?.length, e.word).toBeGreaterThanOrEqual([...e.word].length);
    }
  });

  it('reads empty and hostile input without error, in time linear in it', () => {
    expect(lex.longest('', 0)).toBeUndefined();
    expect(buildLexicon([]).longest('老伴', 0)).toBeUndefined();
    const hostile = '老'.repeat(100_000) + '\uD800'.repeat(1000) + '\u{1F600}'.repeat(1000);
    let found = 0;
    for (let at = 0; at < hostile.length; at++) if (lex.longest(hostile, at)) found++;
    expect(found).toBe(100_000);
  });
});

describe('one trie over words and place names', () => {
  const words = buildLexicon([
    { word: '万', meaning: { t: 'neutral' } },
    { word: '万荣', meaning: { t: 'neutral' } },
    { word: '荣县城', meaning: { t: 'neutral' } },
    { word: '万荣县城里', meaning: { t: 'neutral' } },
    { word: '城东', meaning: { t: 'neutral' } },
  ]);
  const places = buildLexicon([
    { word: '万荣', meaning: place('1') },
    { word: '万荣县', meaning: place('1') },
    { word: '城东', meaning: place('2') },
    { word: '城东', meaning: place('3') },
    { word: '荣', meaning: place('4') },
  ]);

  it('reads as the longer of the two, the place name when as long', () => {
    const both = preferring(words, places);
    for (const text of ['万荣县城里', '万荣县城', '万荣县', '万荣', '城东城东荣县城', '', '万'.repeat(50)])
      for (let at = 0; at <= text.length; at++)
        expect(both.longest(text, at), `${text} @${at}`).toBe(plainLongerOf(words, places, text, at));
    expect(both.longest('城东', 0)?.meanings).toEqual([place('2'), place('3')]);
    expect(both.maxWordLength).toBe(5);
  });

  it('reads as the two built-in lexicons did, on every word of either', () => {
    const places = placeLexicon(defaultParameters());
    for (const dialect of ['all', 'north', 'yue'] as const) {
      const words = lexiconFor(dialect);
      const both = preferring(words, places);
      expect(preferring(words, places)).toBe(both);
      for (const e of LEXICON) {
        const text = `${e.word}县城`;
        for (let at = 0; at < text.length; at++)
          expect(both.longest(text, at)).toBe(plainLongerOf(words, places, text, at));
      }
    }
  });

  it('falls back to two walks for a lexicon built elsewhere', () => {
    const other: Lexicon = { maxWordLength: 2, longest: (t, at) => places.longest(t, at) };
    const both = preferring(words, other);
    for (let at = 0; at < 6; at++)
      expect(both.longest('万荣县城东', at)).toBe(plainLongerOf(words, places, '万荣县城东', at));
  });
});
