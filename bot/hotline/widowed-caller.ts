/**
 * "村民王某（60岁）…当场死亡…。其妻（59岁）来电，现一人在家": a summary opens on a named person who died, then
 * their spouse phones. The household to screen is the one left behind, the caller's (a person who has
 * died is no member: 最低生活保障审核确认办法 counts those living together), but the shared extractor keeps
 * the first person named as whom the call is about. This rewrites the name to the caller's word for the
 * one who died (丈夫, 老婆 …) and the caller's word to 本人 or 来电人, same length, so fact positions still
 * point into the pasted text. Linear: one pass for the name, one for 其, fixed-length look-ups.
 */
import { hasPhrase, isPhrase, startsWithPhrase } from '../understand/phrases.ts';
import { pastShortAside } from '../understand/short-aside.ts';

/**
 * The spouse's word as the summary writes it ("其妻（59岁）来电", "其老公打电话嚟") → the word for the one who died,
 * as the caller (now 本人) would say it, the same length. The one list of these words: a match is looked up here.
 */
const DIED_AS_CALLER_SAYS: Record<string, string> = {
  其妻: '丈夫',
  其妻子: '丈夫',
  其夫: '妻子',
  其丈夫: '妻子',
  其老伴: '老伴',
  其老婆: '老公',
  其老公: '老婆',
};

export function readWidowedCaller(text: string): string {
  const at = firstName(text);
  if (at < 0) return text;
  // The caller already named before the person (来电人称其丈夫王某…): that reading stands.
  if (hasPhrase(text.slice(0, at), 'callerWritten')) return text;
  const stop = text.indexOf('。', at);
  const sentenceEnd = stop < 0 ? text.length : stop;
  if (!hasPhrase(text.slice(at, sentenceEnd), 'deathWritten')) return text;
  for (let q = text.indexOf('其', sentenceEnd); q >= 0; q = text.indexOf('其', q + 1)) {
    const word = [text.slice(q, q + 3), text.slice(q, q + 2)].find((w) => Object.hasOwn(DIED_AS_CALLER_SAYS, w));
    if (word === undefined) continue;
    // ("其妻（59岁）来电": the caller's age or sex in brackets before 来电.)
    const after = pastShortAside(text, q + word.length);
    if (after < 0) continue;
    if (!startsWithPhrase(text.slice(after, after + 4), 'phonesIn')) continue;
    const name = text.slice(at - 1, at + 1);
    const died = DIED_AS_CALLER_SAYS[word]!;
    const caller = word.length === 2 ? '本人' : '来电人';
    return `${text.slice(0, q).replaceAll(name, died)}${caller}${text.slice(q + word.length).replaceAll(name, died)}`;
  }
  return text;
}

/** Where the 某 of the first surname-and-某 name is (王某, not 王某某), or -1. */
function firstName(text: string): number {
  for (let at = text.indexOf('某'); at >= 0; at = text.indexOf('某', at + 1)) {
    if (at > 0 && isPhrase(text[at - 1]!, 'surname') && text[at + 1] !== '某') return at;
  }
  return -1;
}
