/**
 * "母子俩身体都好", "来电人64岁，老伴62岁，都没啥病", "家里人身体都好", "身体没毛病": a call summary that
 * says people are in good health says none of them has a 重病 (seriousIllness false for each, the
 * fact the screening asks about for 单人保 and 特困). Who is covered follows the words: everyone in the
 * household (家里人, 全家), a number of them counted (两人, 爷仨, 母子三人: the first that many, the
 * person the call is about first), a group named (老两口), 都 alone (the person the call is about and
 * those named in the last clause that named anyone), or else the one person the clause is about.
 * A hedged word (身体还行, 还算硬朗, 还可以) says nothing either way.
 */
import type { ClauseReading } from './clause-reading.ts';
import { wholeNumber } from './numbers.ts';
import type { Person } from './people.ts';
import type { Reading } from './reading.ts';
import { hasPhrase } from './phrases.ts';

type Span = [number, number];

export interface HealthSaid {
  span: Span;
  /** Everyone in the household. */
  all: boolean;
  /** The first n members. */
  count?: number;
  /** These people (a group named, or the one person the clause is about). */
  people: Person[];
  /** 都 with no group or count: the subject and `last`, those named in the last clause naming anyone. */
  both: boolean;
  last: Person[];
  /** A set phrase that says no disability too (无病无残, 冇病冇残): the same people are not disabled. */
  noDisability: boolean;
}

// Grammar, not a word list: a count (两, 三, 俩 …) with an optional measure and 都 at the end (a regex that stays).
const COUNTED = /(两|二|俩|三|仨|四|五|六|[2-6])(?:个人|个|人|口)?(?:都)?$|[俩仨]/;

/**
 * In a summary, record whom a word of good health covers (the 'healthy' meaning, read-people-words.ts).
 * True when it spoke of the household as a whole or counted (家里人, 两人, 都 after the couple), so it
 * says nothing of the one person a clause goes on about (grown children named before are not "两人").
 */
export function noteHealth(r: Reading, c: ClauseReading, start: number, end: number, noDisability = false): boolean {
  if (r.ctx.slot !== 'summary') return false;
  const word = r.text.slice(start, end);
  const lead = r.text.slice(c.clauseStart, start);
  // Words that say no illness outright; with 还 before (还行, 还算硬朗) good health is hedged.
  if (!hasPhrase(word, 'noIllness') || hasPhrase(lead.slice(-3) + word, 'hedgedHealth')) return false;
  const all = hasPhrase(lead, 'wholeFamily');
  // The match starts with its count word, which the number reader knows (俩 and 仨 included).
  const n = wholeNumber(lead.match(COUNTED)?.[0].charAt(0) ?? '')?.value;
  const h: HealthSaid = {
    span: [start, end],
    all,
    ...(n !== undefined ? { count: n } : {}),
    people: c.clausePersons.length > 1 ? [...c.clausePersons] : [c.who()],
    both: /都/.test(lead + word) && c.clausePersons.length < 2,
    last: c.clausePersons.length ? [...c.clausePersons] : [...r.lastPersons],
    noDisability,
  };
  r.healthSaid.push(h);
  return h.all || h.count !== undefined || h.both;
}

/**
 * The member indices each statement covers, for members not already said to be seriously ill or not.
 * `memberIndex` maps a person's key to their member index; `count` is the number of members.
 */
export function healthCovers(h: HealthSaid, memberIndex: Map<number, number>, count: number): number[] {
  const idx = (p: Person) => memberIndex.get(p.key);
  if (h.all) return [...Array(count).keys()];
  // A group named (父子俩, 老两口): those people; a count alone (爷仨, 两人): the first that many.
  if (h.people.length > 1) return h.people.map(idx).filter((i): i is number => i !== undefined);
  if (h.count !== undefined) return [...Array(Math.min(h.count, count)).keys()];
  if (!h.both) return h.people.map(idx).filter((i): i is number => i !== undefined);
  const named = h.last.map(idx).filter((i): i is number => i !== undefined && i > 0);
  return named.length ? [0, ...new Set(named)] : [];
}
