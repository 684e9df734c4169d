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

import { hasPhrase } from '../understand/phrases.ts';

/**
 * The caller's child named as the first person of the list, with a same-length stand-in.
 * (Grammar, not word lists: the caller, a possessive and the child's word, captured to build a
 * stand-in of the same length at the same place.)
 */
const CHILD_FIRST: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  // A grandchild first ("来电人之孙（9岁）在读…现由来电人（64岁）抚养"): the caller's grandchild.
  [/来电人(之|的)(孙女|孙子|外孙|孙)/, (m) => `本人，其${m[2]}`],
  [/来电人(之|的)(儿子|女儿)/, (m) => `本人，其${m[2]}`],
  [/来电人(之|的)(子|女)(?![女孙婿媳])/, (m) => `本人，其${m[2]}`],
  [/来电人(儿子|女儿)/, (m) => `本人，${m[1]}`],
];

/**
 * The child's 其父/其母 (or 父亲/母亲 right after a comma), each with its two same-length readings.
 * (Grammar, not word lists: the captured word's length and what must follow it decide the stand-in.)
 */
const FATHER = /(其父亲|其父|，父亲)(?=[（(，,\s\d])/;
const MOTHER = /(其母亲|其母|，母亲)(?=[（(，,\s\d])/;

/** The summary read from the caller's side when it lists the family from the caller's child. */
export function readChildFirst(text: string): string {
  let out = text;
  let at = -1;
  for (const [re, by] of CHILD_FIRST) {
    const m = re.exec(text);
    // Only when the child is the first relative named ("来电人为其母亲咨询…来电人儿子…" is another call).
    if (!m || hasPhrase(text.slice(0, m.index), 'parentOrForThem')) continue;
    const next = by(m);
    if (next.length !== m[0].length) continue;
    out = text.slice(0, m.index) + next + text.slice(m.index + m[0].length);
    at = m.index + m[0].length;
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
  const father = FATHER.exec(rest);
  const mother = MOTHER.exec(rest);
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
  const swap = (m: RegExpExecArray | null, isCaller: boolean, partner: readonly [string, string]) => {
    if (!m) return;
    const word = m[1]!;
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
