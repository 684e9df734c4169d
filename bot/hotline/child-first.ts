/**
 * A call summary that lists the family starting from the caller's child: "来电人之子（15岁）读初中，
 * 其父（45岁）务工…，其母（42岁）无业". The 其 there is the child's: 其父 and 其母 are the caller and
 * the caller's spouse, not the caller's parents, and the child is the caller's child, not the person
 * the call is about (the household applies, the caller at its head). This rewrites such a list so the
 * shared extractor reads it from the caller's side: "本人，其子（15岁）…，本人（45岁）…，其妻（42岁）".
 * Which parent is the caller follows the caller's sex when the summary gives it (来电人（女…, 女士),
 * otherwise the parent named first. Every replacement has the same length, so the positions of the
 * facts still point into the text the agent pasted. Only fixed-length look-ups: linear time.
 */

import { PHRASES, type PhraseList } from '../../content/lexicon/phrases.ts';
import { hasPhrase, isPhrase, leadingPhrase } from '../understand/phrases.ts';

/** A word found in the text: where it starts, how long the whole match is, and the word itself. */
interface Found {
  index: number;
  size: number;
  word: string;
}

/**
 * The leftmost 来电人 followed (after 之/的 when `of`) by a word of `kin` that is not followed by a
 * character of `notBefore` ("来电人之子" but not "来电人之子女"). The longest kin word there is taken,
 * as the lists put longer words first where one starts another (孙女 before 孙).
 */
function callersKin(text: string, of: boolean, kin: PhraseList, notBefore = ''): Found | undefined {
  for (let at = text.indexOf('来电人'); at >= 0; at = text.indexOf('来电人', at + 1)) {
    let k = at + '来电人'.length;
    if (of) {
      if (!isPhrase(text[k] ?? '', 'ofWritten')) continue;
      k += 1;
    }
    const word = leadingPhrase(text.slice(k, k + 3), kin);
    if (word === undefined) continue;
    const next = text[k + word.length];
    if (next !== undefined && notBefore.includes(next)) continue;
    return { index: at, size: k + word.length - at, word };
  }
  return undefined;
}

/** The caller's child named as the first person of the list, with a same-length stand-in. */
const CHILD_FIRST: readonly [(text: string) => Found | undefined, (word: string) => string][] = [
  // A grandchild first ("来电人之孙（9岁）在读…现由来电人（64岁）抚养"): the caller's grandchild.
  [(t) => callersKin(t, true, 'grandchildWritten'), (w) => `本人，其${w}`],
  [(t) => callersKin(t, true, 'sonOrDaughter'), (w) => `本人，其${w}`],
  // (Not 子女, 子孙, 女婿, 子媳: the caller's children as a whole or in-laws.)
  [(t) => callersKin(t, true, 'sonOrDaughterWritten', '女孙婿媳'), (w) => `本人，其${w}`],
  [(t) => callersKin(t, false, 'sonOrDaughter'), (w) => `本人，${w}`],
];

/**
 * The leftmost word of the child's 其父/其母 (or 父亲/母亲 right after a comma) followed by a bracket,
 * comma, space or digit: the parent listed with an age. At most one word of the list fits at a place
 * (其父亲 is followed by its 亲, never by what must follow 其父).
 */
function parentListed(text: string, list: PhraseList): Found | undefined {
  for (let i = 0; i < text.length; i++)
    for (const word of PHRASES[list])
      if (text.startsWith(word, i) && /^[（(，,\s\d]$/.test(text[i + word.length] ?? ''))
        return { index: i, size: word.length, word };
  return undefined;
}

/** The summary read from the caller's side when it lists the family from the caller's child. */
export function readChildFirst(text: string): string {
  let out = text;
  let at = -1;
  for (const [find, by] of CHILD_FIRST) {
    const m = find(text);
    // Only when the child is the first relative named ("来电人为其母亲咨询…来电人儿子…" is another call).
    if (!m || hasPhrase(text.slice(0, m.index), 'parentOrForThem')) continue;
    const next = by(m.word);
    if (next.length !== m.size) continue;
    out = text.slice(0, m.index) + next + text.slice(m.index + m.size);
    at = m.index + m.size;
    break;
  }
  if (at < 0) return text;
  // "其父母即来电人刘某夫妻二人": both parents are the caller's couple; the words before it go.
  const both = /其父母即(?=来电人)/.exec(out.slice(at, at + 40));
  if (both) {
    const start = at + both.index;
    return out.slice(0, start) + '　'.repeat(both[0].length) + out.slice(start + both[0].length);
  }
  const rest = out.slice(at);
  const father = parentListed(rest, 'childsFather') ?? null;
  const mother = parentListed(rest, 'childsMotherWritten') ?? null;
  // A child or grandchild first with no parent listed after: the caller is still the subject.
  if (!father && !mother) return out;
  // "其母即来电人", "其父即来电人": which parent is the caller, said outright.
  // (Grammar, not a word list: which parent is captured, and where the words before 来电人 end.)
  const said = /(其|，)(父|母)亲?即(为)?来电人/.exec(rest.slice(0, 80));
  // (The caller's sex in brackets after 来电人: a bounded look, grammar; the words for it are lists.)
  const head = text.slice(0, at + 40);
  const female =
    said?.[2] === '母' || (!said && (/来电人[（(][^）)]{0,6}女/.test(head) || hasPhrase(head, 'callerIsWoman')));
  const male =
    said?.[2] === '父' ||
    (!female && !said && (/来电人[（(][^）)]{0,6}男/.test(head) || hasPhrase(head, 'callerIsMan')));
  const fatherIsCaller = male || (!female && (!mother || (father !== null && father.index < mother.index)));
  const swap = (m: Found | null, isCaller: boolean, partner: readonly [string, string]) => {
    if (!m) return;
    const word = m.word;
    const lead = word.startsWith('，') ? '，' : '';
    const size = word.length - lead.length;
    const by = lead + (isCaller ? (size === 3 ? '本人 ' : '本人') : size === 3 ? partner[1] : partner[0]);
    const start = at + m.index;
    out = out.slice(0, start) + by + out.slice(start + by.length);
  };
  swap(father, fatherIsCaller, ['其夫', '其丈夫']);
  swap(mother, !fatherIsCaller, ['其妻', '其妻子']);
  if (said) {
    // "其母即来电人钟某": the words before 来电人 go; 来电人 names the caller.
    const lead = said[1] === '，' ? 1 : 0;
    const start = at + said.index + lead;
    const size = said[0].length - lead - '来电人'.length;
    out = out.slice(0, start) + '　'.repeat(size) + out.slice(start + size);
  }
  return out;
}
