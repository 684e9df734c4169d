/**
 * A follow-up call written as "此前来电反映女儿（3岁）患白血病…本次补充：一家三口，来电人打零工…；配偶
 * 52岁": the child named right after 反映 is the caller's child, told about in an earlier call, and the
 * household is the caller's (the caller and spouse are the parents, not the child's "parents" as
 * people the child lives with). This rewrites the opening so it reads like a summary listing the
 * caller's child first ("来电人之女（3岁）…", which child-first.ts then reads from the caller's side).
 * Same length, so the positions of the facts still point into the pasted text; a bounded look at the
 * opening only: linear time.
 */

import { leadingPhrase } from '../understand/phrases.ts';

/**
 * An earlier call's report at the very start of `text` ("此前来电人反映", "上次致电称"): how long it
 * runs and its verb, or undefined. No word of one list starts another of it, and 人 starts no verb, so
 * taking each part in turn reads it as the anchored pattern would.
 */
function earlierReport(text: string): { size: number; verb: string } | undefined {
  const when = leadingPhrase(text, 'earlierTime');
  if (when === undefined) return undefined;
  const call = leadingPhrase(text.slice(when.length), 'calledIn');
  if (call === undefined) return undefined;
  let k = when.length + call.length;
  if (text[k] === '人') k += 1;
  const verb = leadingPhrase(text.slice(k), 'toldInCall');
  return verb === undefined ? undefined : { size: k + verb.length, verb };
}

/**
 * An earlier call's report opening on the caller's child ("此前来电反映女儿（3岁）…", "上次来电称其仔，"):
 * the whole opening's length and the child's word, or undefined. The child's word must be followed by a
 * bracket, a comma or an age; a shorter word inside a longer one (女 of 女儿) never is.
 */
function openingOnChild(text: string): { size: number; rel: string } | undefined {
  const report = earlierReport(text);
  if (report === undefined) return undefined;
  let k = report.size;
  if (text[k] === '其') k += 1;
  const rel = leadingPhrase(text.slice(k), 'childInReport');
  if (rel === undefined || !/^[（(，,\d]$/.test(text[k + rel.length] ?? '')) return undefined;
  return { size: k + rel.length, rel };
}

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
  const head = text.slice(0, 40);
  const pair = earlierReport(head);
  if (pair && pair.verb === '反映' && head.startsWith('祖孙', pair.size))
    return '　'.repeat(pair.size) + text.slice(pair.size);
  const m = openingOnChild(head);
  if (!m) return text;
  const rel = m.rel;
  const by = `来电人之${CHILD[rel]}`;
  const size = m.size - rel.length + CHILD[rel]!.length;
  const pad = m.size - by.length;
  if (pad < 0 || size !== m.size) return text;
  return '　'.repeat(pad) + by + text.slice(m.size);
}
