/**
 * Where a request goes: the village the link or QR code tagged, the townships and villages of
 * the resident's city to choose from, and, when the resident's village (or also its township)
 * is not in the list, the township or county office instead, so nobody is left without a way on.
 */
import type { Choice, VillageLookup, VillageOption } from '../ports.ts';
import type { DialogueState, ReferralProgress } from '../state.ts';
import { R } from '../messages/referral.ts';
import { asciiWidth as normalise } from '../understand/tokens.ts';
import { hasPhrase } from '../understand/phrases.ts';

/** Up to this many villages are listed at once; more are chosen township first. */
const MAX_LIST = 9;

export function taggedVillage(state: DialogueState, villages: VillageLookup): VillageOption | undefined {
  const v = state.village ? villages.get(state.village) : undefined;
  return v && state.region && villages.inCity(state.region).some((x) => x.code === v.code) ? v : undefined;
}

export function townships(list: VillageOption[]): { code: string; name: string }[] {
  const seen = new Map<string, { code: string; name: string }>();
  for (const v of list) if (!seen.has(v.township.code)) seen.set(v.township.code, v.township);
  return [...seen.values()];
}

export function cityTownships(state: DialogueState, villages: VillageLookup): { code: string; name: string }[] {
  return townships(villages.inCity(state.region ?? ''));
}

/** A city with many villages is asked township first. */
export function townshipFirst(state: DialogueState, villages: VillageLookup): boolean {
  const list = state.region ? villages.inCity(state.region) : [];
  return list.length > MAX_LIST && townships(list).length > 1;
}

/** The villages offered: the city's, or the chosen township's. */
export function villageChoices(state: DialogueState, p: ReferralProgress, villages: VillageLookup): VillageOption[] {
  const list = villages.inCity(state.region ?? '');
  return p.township ? list.filter((v) => v.township.code === p.township) : list;
}

export function chosenVillage(
  state: DialogueState,
  p: ReferralProgress,
  villages: VillageLookup,
): VillageOption | undefined {
  if (p.unlisted) return undefined;
  return p.village ? villages.get(p.village) : taggedVillage(state, villages);
}

/** Where a request goes whose village was not listed: the township named, or the county of the resident's region. */
export function officeOf(
  state: DialogueState,
  p: ReferralProgress,
  villages: VillageLookup,
): { level: 'township' | 'county'; code: string; name: string } | undefined {
  if (!p.unlisted) return undefined;
  const named = p.unlisted === 'village' ? p.township : undefined;
  const township = named ? cityTownships(state, villages).find((t) => t.code === named) : undefined;
  if (township) return { level: 'township', code: township.code, name: township.name };
  return state.region ? { level: 'county', code: state.region, name: R.countyFallback } : undefined;
}

/** Numbered places, and last "not in the list", numbered after them. */
export function placeChoices(labels: string[], wayOut: string): Choice[] {
  const cs = labels.map((label, i) => ({ id: String(i + 1), label }));
  return [...cs, { id: String(cs.length + 1), label: wayOut }];
}

/** An option by its number, or by a typed name that names exactly one option. */
export function pick<T>(text: string, options: T[], label: (t: T) => string): T | undefined {
  const t = normalise(text).trim();
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= options.length) return options[n - 1];
  const hits = options.filter((o) => t.length >= 2 && label(o).includes(t));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The last choice of a list of `count` places ("not listed"), by its number or its words. */
export function notListed(text: string, count: number, label: string): boolean {
  return text === String(count + 1) || (text.length >= 4 && label.includes(text)) || hasPhrase(text, 'notInList');
}
