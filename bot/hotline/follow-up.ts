/**
 * A follow-up call written as "此前来电反映女儿（3岁）患白血病…本次补充：一家三口，来电人打零工…；配偶
 * 52岁": the child named right after 反映 is the caller's child, told about in an earlier call, and the
 * household is the caller's (the caller and spouse are the parents, not the child's "parents" as
 * people the child lives with). This rewrites the opening so it reads like a summary listing the
 * caller's child first ("来电人之女（3岁）…", which child-first.ts then reads from the caller's side).
 * Same length, so the positions of the facts still point into the pasted text; a bounded look at the
 * opening only: linear time.
 */

/**
 * An earlier call's report opening on the caller's child.
 * (Grammar, not a word list: an anchored sequence of six slots whose captured lengths size the
 * same-length stand-in.)
 */
const OPENING =
  /^(此前|之前|前期|日前|早前|上次)(来电|致电)(人)?(反映|称|咨询|说)(其)?(女儿|儿子|闺女|孩子|儿|女|仔|子)(?=[（(，,\d])/;

/**
 * An earlier call's report opening on the caller's household as a whole.
 * (Grammar, not a word list: the same anchored opening.)
 */
const HOUSEHOLD = /^(此前|之前|前期|日前|早前|上次)(来电|致电)人?反映(?=祖孙)/;

/** The caller's child, in the words child-first.ts reads. */
const CHILD: Record<string, string> = {
  女儿: '女儿',
  儿子: '儿子',
  闺女: '女儿',
  孩子: '儿子',
  儿: '子',
  女: '女',
  仔: '子',
  子: '子',
};

/** The summary with a follow-up's child read as the caller's, or the text unchanged. */
export function readFollowUp(text: string): string {
  // "此前来电反映祖孙二人生活困难": the pair is the caller's own household, not someone reported on.
  const pair = HOUSEHOLD.exec(text.slice(0, 40));
  if (pair) return '　'.repeat(pair[0].length) + text.slice(pair[0].length);
  const m = OPENING.exec(text.slice(0, 40));
  if (!m) return text;
  const rel = m[6]!;
  const by = `来电人之${CHILD[rel]}`;
  const size = m[0].length - rel.length + CHILD[rel]!.length;
  const pad = m[0].length - by.length;
  if (pad < 0 || size !== m[0].length) return text;
  return '　'.repeat(pad) + by + text.slice(m[0].length);
}
