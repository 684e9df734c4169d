/**
 * A grandparent raising a grandchild is often written up from the child's side: "与孙女（14岁）一起
 * 生活；孩子父亲（来电人之子）前年因病去世，母亲改嫁后没有联系", "孩子父母离婚，父亲（来电人之子）在外
 * 打工，很少寄钱，母亲不知去向". 父亲 and 母亲 there are the grandchild's parents: the caller's son
 * (who owes support unless dead, 特困人员认定办法 第八条) and daughter-in-law (an in-law, who owes the
 * caller none), not the caller's own parents. This rewrites those words from the caller's side
 * (其子, 儿媳) with the same length, so the positions of the facts still point into the pasted text,
 * like family-roles.ts and child-first.ts. Only when a grandchild was named before; fixed-length
 * look-ups in a bounded window: linear time.
 */

import type { PhraseList } from '../../content/lexicon/phrases.ts';
import { firstPhrase, leadingPhrase, startsWithPhrase } from '../understand/phrases.ts';

/** 孙 alone as a grandchild: grammar, only before a bracket, a comma or an age. */
const LONE_GRANDCHILD = /孙(?=[（(，,\s\d岁])/;

/** Where a grandchild is first named (the caller's, or the household's: 孙女, 祖孙, 孙（9岁）), or -1. */
function grandchildAt(text: string): number {
  const word = firstPhrase(text, 'grandchildNamed')?.index ?? -1;
  const lone = LONE_GRANDCHILD.exec(text)?.index ?? -1;
  return word < 0 ? lone : lone < 0 ? word : Math.min(word, lone);
}
/** How long the words at `at` run when they are one word of each list in turn, or -1. */
function wordsInTurn(text: string, at: number, lists: readonly PhraseList[]): number {
  let k = at;
  for (const list of lists) {
    const word = leadingPhrase(text.slice(k, k + 5), list);
    if (word === undefined) return -1;
    k += word.length;
  }
  return k - at;
}

/**
 * The grandchild's father said to be the caller's son ("孩子父亲（来电人之子）", "父亲(老人的儿子)"),
 * each place left to right, not overlapping, with its length (its stand-in ends in 其子). No word of
 * one list starts another of the same list, so reading one word of each in turn is the only reading.
 */
function fathersNamedSon(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  const parts: readonly PhraseList[] = [
    'childsFatherWord',
    'openBracket',
    'callerOrElder',
    'ofWritten',
    'sonWritten',
    'closeBracket',
  ];
  for (let i = 0; i < text.length; ) {
    const length = wordsInTurn(text, i, parts);
    if (length > 0) {
      found.push({ index: i, length });
      i += length;
    } else i++;
  }
  return found;
}
/** The grandchild's parents as a pair ("孩子父母离婚"), not a form's label ("孩子父母："). */
const PARENTS = /孩子(的)?父母(?![：:])/g;
/** A form's label for the grandchild's parents ("孩子父母：…"). */
const LABEL = /孩子(的)?父母[：:]/g;
/** What ends a clause: a word for leaving after the mother's word must come before any of these. */
const CLAUSE_END = '，。；;,';

/** Whether a word for leaving starts within two characters of `at`, with no clause end before it. */
function leavingFollows(text: string, at: number): boolean {
  for (let gap = 0; gap <= 2; gap++) {
    if (gap > 0 && CLAUSE_END.includes(text[at + gap - 1] ?? '，')) return false;
    if (startsWithPhrase(text.slice(at + gap, at + gap + 4), 'leftTheFamily')) return true;
  }
  return false;
}

/**
 * The grandchild's mother after the father was named ("母亲改嫁", "孩子妈妈已经走了"): each place her
 * word stands with a word for her leaving right after it, left to right, not overlapping. At most one
 * of her words starts at any place (孩子母亲 and 母亲 start at different places).
 */
function mothersLeaving(text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const word = leadingPhrase(text.slice(i, i + 5), 'childsMother');
    if (word !== undefined && leavingFollows(text, i + word.length)) {
      found.push({ index: i, length: word.length });
      i += word.length;
    } else i++;
  }
  return found;
}

const blank = (n: number) => '　'.repeat(n);

/**
 * 孙 alone before an age ("来电人68岁，孙12岁") is a grandchild (a surname is followed by a name,
 * never a number): read as 孙子, taking the place of the separator before it (not after a count,
 * "祖孙二人，孙7岁", which already names the grandchild).
 */
const LONE = /(?<![人口])[，,；;、：:\s]孙(?=\d)/g;

/** The summary with a grandchild's parents named from the caller's side, or the text unchanged. */
export function readGrandchildParents(input: string): string {
  const text = input.replace(LONE, '孙子');
  const from = grandchildAt(text);
  if (from < 0) return text;
  let out = text;
  const put = (start: number, by: string) => {
    out = out.slice(0, start) + by + out.slice(start + by.length);
  };
  const rest = text.slice(from);
  let father = -1;
  for (const m of fathersNamedSon(rest)) {
    const start = from + m.index;
    put(start, `${blank(m.length - 2)}其子`);
    if (father < 0) father = start;
  }
  if (father < 0) return text;
  for (const m of rest.matchAll(LABEL)) put(from + m.index, blank(m[0].length));
  for (const m of rest.matchAll(PARENTS)) put(from + m.index, blank(m[0].length));
  for (const m of mothersLeaving(text.slice(father))) {
    const start = father + m.index;
    put(start, `${blank(m.length - 2)}儿媳`);
  }
  return out;
}
