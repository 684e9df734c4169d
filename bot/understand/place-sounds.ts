/**
 * A place typed with a pinyin input method's wrong pick (each character a homophone of the
 * right one): when an answer to "where do you live" names no place we know, the same answer is heard by sound, and a
 * place name that sounds exactly like a part of it (every syllable, tones aside) is offered back
 * as a question ("你写的“…”，是不是…县？"), never recorded unasked. Only names of two characters or
 * more count, and only one county may match, so a sound shared by two places offers neither.
 */
import { buildLexicon, type Lexicon } from '../../content/lexicon/index.ts';
import type { ParameterSet } from '../../screening/index.ts';
import { shortName } from '../cities.ts';
import { heard, soundsOf } from './sounds.ts';
import { normalise } from './tokens.ts';

interface SoundPlaces {
  lexicon: Lexicon;
  spelling: Map<string, string>;
}

const cache = new WeakMap<ParameterSet, SoundPlaces>();

function soundPlaces(parameters: ParameterSet): SoundPlaces {
  let found = cache.get(parameters);
  if (!found) {
    const spelling = new Map<string, string>();
    const entries = [];
    for (const r of parameters.regions.values()) {
      if (r.level !== 'city' && r.level !== 'county') continue;
      for (const word of new Set([r.name, shortName(r.name), ...(r.aliases ?? [])])) {
        if ([...word].length < 2) continue;
        for (const sound of soundsOf(word)) {
          spelling.set(`${r.code}:${sound}`, word);
          entries.push({ word: sound, meaning: { t: 'place' as const, code: r.code } });
        }
      }
    }
    found = { lexicon: buildLexicon(entries), spelling };
    cache.set(parameters, found);
  }
  return found;
}

export interface PlaceHeard {
  /** The answer with the place spelled as we know it, to be read again. */
  text: string;
  code: string;
  /** What the resident typed, and the name it sounds like. */
  typed: string;
  spelled: string;
}

/** The one county (or city) a part of the text sounds like, if exactly one does. */
export function placeBySound(raw: string, parameters: ParameterSet): PlaceHeard | undefined {
  const text = normalise(raw);
  const sound = heard(text);
  const { lexicon, spelling } = soundPlaces(parameters);
  let best: { code: string; at: number; length: number } | undefined;
  for (let i = 0; i < sound.length; ) {
    const w = lexicon.longest(sound, i);
    if (!w) {
      i++;
      continue;
    }
    for (const m of w.meanings) {
      if (m.t !== 'place') continue;
      const county = !m.code.endsWith('00');
      if (!best || (county && best.code.endsWith('00'))) best = { code: m.code, at: i, length: w.length };
      else if (county && best.code !== m.code) return undefined;
    }
    i += w.length;
  }
  if (!best) return undefined;
  const typed = text.slice(best.at, best.at + best.length);
  const spelled = spelling.get(`${best.code}:${sound.slice(best.at, best.at + best.length)}`) ?? typed;
  if (spelled === typed) return undefined;
  return {
    text: text.slice(0, best.at) + spelled + text.slice(best.at + best.length),
    code: best.code,
    typed,
    spelled,
  };
}
