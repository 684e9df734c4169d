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

/** The cue: 之孙/其孙女 (or 孙子, 外孙女 after a clause end), 代为/代, then 来电 and 反映/称 if written. */
const CUE = /(?:[之其]外?孙[子女]?|(?<=^|[。，；：,;:\s])外?孙[子女])(?:代为|代)?来电(?:反映|称|说)?/;

/** The old person's sex, written in brackets right before the cue ("刘某（女，76岁）之孙"). */
const SEX_BEFORE = /[（(]([男女])[，,、\s]/g;

/** A pair of grandparents in one word: the couple the call is about. */
const PAIRS = ['爷爷奶奶', '奶奶爷爷', '外公外婆', '外婆外公', '姥爷姥姥', '姥姥姥爷', '阿爷阿嫲', '阿公阿婆'];
/** A grandmother's and a grandfather's words; longer first where one starts another. */
const GRANNY = ['奶奶', '外婆', '姥姥', '阿婆', '阿嫲', '阿嬷'];
const GRANDPA = ['爷爷', '外公', '姥爷', '阿公', '阿爷'];
/** The grandchild's father, the old person's son ("他爸", "她父亲"). */
const FATHER = ['他爸爸', '她爸爸', '他父亲', '她父亲', '他爸', '她爸', '他爹', '她爹'];
/** The grandchild's aunt on the father's side, the old person's daughter. */
const AUNT = ['姑姑', '姑妈'];

const blank = (n: number) => '　'.repeat(n);
const padded = (word: string, by: string) => blank(word.length - by.length) + by;

function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The summary with a grandchild caller's words for the family read from the grandparent's side. */
export function readGrandchildCaller(text: string): string {
  const cue = CUE.exec(text);
  if (!cue) return text;
  const before = text.slice(Math.max(0, cue.index - 12), cue.index);
  const sex = [...before.matchAll(SEX_BEFORE)].at(-1)?.[1];
  let subject: 'granny' | 'grandpa' | undefined = sex === '女' ? 'granny' : sex === '男' ? 'grandpa' : undefined;
  const parts: string[] = [text.slice(0, cue.index), blank(cue[0].length)];
  for (let i = cue.index + cue[0].length; i < text.length; ) {
    const pair = wordAt(text, i, PAIRS);
    if (pair) {
      subject ??= wordAt(pair, 0, GRANNY) ? 'granny' : 'grandpa';
      parts.push(padded(pair, '老两口'));
      i += pair.length;
      continue;
    }
    const granny = wordAt(text, i, GRANNY);
    const grandpa = granny ? undefined : wordAt(text, i, GRANDPA);
    if (granny || grandpa) {
      subject ??= granny ? 'granny' : 'grandpa';
      const isSubject = (granny !== undefined) === (subject === 'granny');
      const word = (granny ?? grandpa)!;
      parts.push(padded(word, isSubject ? '老人' : '老伴'));
      i += word.length;
      continue;
    }
    const father = wordAt(text, i, FATHER);
    const aunt = father ? undefined : wordAt(text, i, AUNT);
    if (father || aunt) {
      parts.push(father ? padded(father, '其子') : padded(aunt!, '其女'));
      i += (father ?? aunt)!.length;
      continue;
    }
    parts.push(text[i]!);
    i++;
  }
  return parts.join('');
}
