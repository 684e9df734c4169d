/**
 * A grandchild phoning about a grandparent: "李某（女，80岁）之孙代为来电：奶奶一个人住，爷爷去世多年…",
 * "孙女来电反映：爷爷奶奶两个人过，她爸前年病故，姑姑在外地". From the cue on, the words are the
 * grandchild's: 奶奶/阿婆 and 爷爷/阿公 are the person the call is about and that person's spouse (not
 * grandparents living with her), 他爸 is her son and 姑姑 her daughter (who owe her support, 特困人员认定
 * 办法 第八条). This rewrites those words from the old person's side (老人, 老伴, 老两口, 其子, 其女) and
 * blanks the cue, every replacement the same length, so the positions of the facts still point into the
 * pasted text (like family-roles.ts). Which grandparent is the subject follows the sex given before the
 * cue (（女，…）), else the one named first. One pass with fixed-length look-ups: linear time.
 */
import type { PhraseList } from '../../content/lexicon/phrases.ts';
import { leadingPhrase, startsWithPhrase } from '../understand/phrases.ts';

/**
 * The cue: 之孙/其孙女 (or 孙子, 外孙女, 孙女郭某 after a clause end), 代为/代, then 来电 and 反映/称 if
 * written; or who the caller is, 来电人系…的外孙（24岁），反映 (the caller's own bracket is blanked with it).
 */
const CUE =
  /(?:[之其]外?孙[子女]?|(?<=^|[。，；：,;:\s])外?孙[子女](?:[\u4e00-\u9fff]某)?)(?:代为|代)?来电(?:[，,]?(?:反映|称|说))?/;

/** Who the caller is: 来电人系/为/是, then within twenty characters of the same clause the grandchild word. */
const CALLER_IS = /来电人(?:系|为|是)/;
/** The grandchild word of who the caller is, with the caller's own bracket and 反映 if written. */
const GRANDCHILD_OF = /^[的之]外?孙[子女]?(?:[（(][^（）()]{0,12}[）)])?(?:[，,]?(?:反映|称|说))?/;
const CLAUSE_ENDS: ReadonlySet<string> = new Set('。，；：,;:');

/** The cue's place and length, or undefined: the earlier of the two ways of writing it. */
function cueIn(text: string): { index: number; 0: string } | undefined {
  const called = CUE.exec(text);
  const is = CALLER_IS.exec(text);
  if (is) {
    const from = is.index + is[0].length;
    for (let k = from; k < Math.min(text.length, from + 21) && !CLAUSE_ENDS.has(text[k]!); k++) {
      const m = GRANDCHILD_OF.exec(text.slice(k, k + 40));
      if (m) return called && called.index < k ? called : { index: k, 0: m[0] };
    }
  }
  return called ?? undefined;
}

/** The old person's sex, written in brackets right before the cue ("刘某（女，76岁）之孙"). */
const SEX_BEFORE = /[（(]([男女])[，,、\s]/g;

/** The longest word of a list (content/lexicon/phrases-grandparents.ts) is four characters. */
const LONGEST = 4;

const blank = (n: number) => '　'.repeat(n);
const padded = (word: string, by: string) => blank(word.length - by.length) + by;

const wordAt = (text: string, at: number, list: PhraseList) => leadingPhrase(text.slice(at, at + LONGEST), list);

/**
 * The grandparents' children and children's spouses in the grandchild's words, at `at`: 他爸 and an uncle
 * (叔叔, 舅舅) are their son, 姑姑 and 姨妈 their daughter, 婶婶 and 舅母 their son's wife.
 */
function kinAt(text: string, at: number): { word: string; as: string } | undefined {
  const lists: readonly [PhraseList, string][] = [
    ['grandchildsFather', '其子'],
    ['grandchildsUncle', '其子'],
    ['fathersSister', '其女'],
    ['mothersSister', '其女'],
    ['grandchildsUnclesWife', '儿媳'],
  ];
  for (const [list, as] of lists) {
    const word = wordAt(text, at, list);
    if (word) return { word, as };
  }
  return undefined;
}

/** The summary with a grandchild caller's words for the family read from the grandparent's side. */
export function readGrandchildCaller(text: string): string {
  const cue = cueIn(text);
  if (!cue) return text;
  const before = text.slice(Math.max(0, cue.index - 12), cue.index);
  const sex = [...before.matchAll(SEX_BEFORE)].at(-1)?.[1];
  let subject: 'granny' | 'grandpa' | undefined = sex === '女' ? 'granny' : sex === '男' ? 'grandpa' : undefined;
  const parts: string[] = [text.slice(0, cue.index), blank(cue[0].length)];
  for (let i = cue.index + cue[0].length; i < text.length; ) {
    const pair = wordAt(text, i, 'grandparentPair');
    if (pair) {
      subject ??= startsWithPhrase(pair, 'grandmother') ? 'granny' : 'grandpa';
      parts.push(padded(pair, '老两口'));
      i += pair.length;
      continue;
    }
    const granny = wordAt(text, i, 'grandmother');
    const grandpa = granny ? undefined : wordAt(text, i, 'grandfather');
    if (granny || grandpa) {
      subject ??= granny ? 'granny' : 'grandpa';
      const isSubject = (granny !== undefined) === (subject === 'granny');
      const word = (granny ?? grandpa)!;
      parts.push(padded(word, isSubject ? '老人' : '老伴'));
      i += word.length;
      continue;
    }
    const kin = kinAt(text, i);
    if (kin) {
      parts.push(padded(kin.word, kin.as));
      i += kin.word.length;
      continue;
    }
    parts.push(text[i]!);
    i++;
  }
  return parts.join('');
}
