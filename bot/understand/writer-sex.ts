/**
 * The caller's sex as a summary states it right after naming them ("来电人（女，45岁）", "本人男，62岁",
 * "来电人王某，女，"): a 他 or 她 later can then be told apart from the relatives of the call. Fixed-length
 * look-ups after the caller's word.
 */
import { leadingPhrase } from './phrases.ts';

export function writerSex(text: string, at: number): 'm' | 'f' | undefined {
  if (at < 0) return undefined;
  const word = leadingPhrase(text.slice(at, at + 3), 'partyToCall');
  if (word === undefined) return undefined;
  let k = at + word.length;
  // ("来电人王某，女": a name between.)
  if (text[k + 1] === '某') k += 2;
  if (/[（(，,：:]/.test(text[k] ?? '')) k++;
  const sex = text[k];
  if ((sex !== '男' && sex !== '女') || !/^[，,、）)\s\d]$/.test(text[k + 1] ?? '')) return undefined;
  return sex === '男' ? 'm' : 'f';
}
