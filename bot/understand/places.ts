/**
 * Place words from the regions the service knows (the city packages, built in or configured):
 * each county or city by its name, its name without 区/县/市, and its aliases (towns, 街道,
 * misspellings by sound). A city added in DOUDI_CONFIG is understood in chat by its own words.
 */
import { buildLexicon, type Lexicon, type LexiconEntry } from '../../content/lexicon/index.ts';
import { OUTSIDE_PLACES } from '../../content/lexicon/outside-places.ts';
import type { ParameterSet } from '../../screening/index.ts';
import { shortName } from '../cities.ts';
import type { Token } from './tokens.ts';

const cache = new WeakMap<ParameterSet, Lexicon>();

function namesOf(name: string): string[] {
  const short = shortName(name);
  return short !== name ? [name, short] : [name];
}

export function placeLexicon(parameters: ParameterSet): Lexicon {
  let lex = cache.get(parameters);
  if (!lex) {
    const entries: LexiconEntry[] = [];
    for (const r of parameters.regions.values()) {
      if (r.level !== 'city' && r.level !== 'county') continue;
      for (const word of [...namesOf(r.name), ...(r.aliases ?? [])])
        entries.push({ word, meaning: { t: 'place', code: r.code } });
    }
    lex = buildLexicon(entries);
    cache.set(parameters, lex);
  }
  return lex;
}

/** The most specific place an answer names (a county over its city), if any. */
export function placeIn(text: string, parameters: ParameterSet): string | undefined {
  const lex = placeLexicon(parameters);
  let best: string | undefined;
  for (let i = 0; i < text.length; ) {
    const w = lex.longest(text, i);
    if (!w) {
      i++;
      continue;
    }
    const m = w.meanings[0];
    if (m?.t === 'place' && (!best || parameters.regions.get(best)?.level === 'city')) best = m.code;
    i += w.length;
  }
  return best;
}

const outside = buildLexicon(OUTSIDE_PLACES.map((word) => ({ word, meaning: { t: 'place', code: '' }, term: word })));

/**
 * A place outside every city the service covers ("我在广州", "俺家在临汾"), when the answer names no
 * place it covers: the first such name, for saying plainly where doudi works. Linear in the text.
 */
export function placeOutside(text: string, parameters: ParameterSet): string | undefined {
  if (placeIn(text, parameters)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const w = outside.longest(text, i);
    if (w && !placeLexicon(parameters).longest(text, i)) return w.terms[0];
  }
  return undefined;
}

/**
 * The place a word names, for a writer in `region`: a name two cities share (a street office such as
 * 城东) is the one in the writer's city when it is one of them, else the first.
 */
export function placeCodeOf(tok: Token | undefined, region: string | undefined): string | undefined {
  if (tok?.kind !== 'word') return undefined;
  const places = tok.meanings.flatMap((m) => (m.t === 'place' ? [m.code] : []));
  const city = region?.slice(0, 4);
  return places.find((code) => city !== undefined && code.startsWith(city)) ?? places[0];
}
