/**
 * The cities as the dialogue names them, derived from the parameter set (the registered city
 * packages, and any city an operator configures): the city question's numbered choices, the
 * "not covered" list, the place shown as an example, and the cities where a local rule holds.
 * Nothing in bot/ names a city; every such word comes from here.
 */
import { citiesOf, countiesOf, type ParameterSet, type ParamName, type RegionInfo } from '../screening/index.ts';
import { endingPhrase } from './understand/phrases.ts';

/** A place's short name, as residents say it: 某某县 → 某某, 某某市 → 某某 (kept whole when too short: 某县). */
export function shortName(name: string): string {
  const short = name.slice(0, name.length - (endingPhrase(name, 'countyLevelEnding')?.length ?? 0));
  return short.length >= 2 ? short : name;
}

/** 某某省 → 某某. */
function provinceShort(name: string): string {
  const short = name.slice(0, name.length - (endingPhrase(name, 'provinceEnding')?.length ?? 0));
  return short.length >= 2 ? short : name;
}

const cache = new WeakMap<ParameterSet, { cities: RegionInfo[] }>();

/** The cities, in registration order (built-in packages first). */
export function cities(parameters: ParameterSet): RegionInfo[] {
  let c = cache.get(parameters);
  if (!c) {
    c = { cities: citiesOf(parameters) };
    cache.set(parameters, c);
  }
  return c.cities;
}

/** The city question's choices, in order: each city with its province ("某某市（某某）"). */
export function cityLabels(parameters: ParameterSet): { code: string; city: string; province: string }[] {
  return cities(parameters).map((r) => ({ code: r.code, city: r.name, province: provinceShort(r.province ?? '') }));
}

/** "甲市和乙市", "甲市、乙市和丙市". */
export function joinNames(names: readonly string[], and = '和'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join('、')}${and}${names.at(-1)}`;
}

/** The numbers of n choices, as said in a re-ask: "1、2 或 3". */
export function choiceNumbers(n: number): string {
  return joinNames(
    Array.from({ length: n }, (_, i) => String(i + 1)),
    ' 或 ',
  );
}

/** A place word for the example under the city question: the first city's own, or its first county's short name. */
export function placeExample(parameters: ParameterSet): string {
  const first = cities(parameters)[0];
  if (!first) return '';
  const declared = parameters.cities.get(first.code)?.placeExample;
  if (declared) return declared;
  const county = countiesOf(parameters, first.code)[0];
  return shortName((county ?? first).name);
}

/** Short names of the cities whose own table sets a yes/no rule to yes on some date (e.g. a local income rule). */
export function citiesWithRule(parameters: ParameterSet, name: ParamName): string[] {
  return cities(parameters)
    .filter((c) => (parameters.tables.get(c.code)?.[name] ?? []).some((v) => v.value === true))
    .map((c) => shortName(c.name));
}
