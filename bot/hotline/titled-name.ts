/**
 * "陈伯（70）", "蔡阿姨，65岁", 粤 "黎生（36）": a summary names a person by surname and a title, with their
 * age or sex right after. The shared extractor knows 陈某 as the person the call names, but reads 伯, 姨 or
 * 生 after a surname as an uncle, an aunt or nothing, and loses the age. This rewrites the title to 某 (two
 * characters to 某某), same length, so fact positions still point into the pasted text. Linear: one pass
 * over the text, fixed-length look-ups at each character.
 */
import { isPhrase, leadingPhrase } from '../understand/phrases.ts';

export function readTitledName(text: string): string {
  let out = text;
  // Names rewritten once ("关婆婆（约75岁）…关婆婆平时"): the same name later is the same person.
  const named = new Set<string>();
  for (let at = 1; at < text.length; at++) {
    if (!isPhrase(text[at - 1]!, 'surname')) continue;
    const title = leadingPhrase(text.slice(at, at + 2), 'titleAfterSurname');
    if (title === undefined) continue;
    const end = at + title.length;
    // Only before the age or sex said of them: "（70", "（男", "，65岁", "（约75岁）"; a digit either way.
    const next = text.slice(end, end + 3);
    const name = text.slice(at - 1, end);
    if (!/^[（(]约?[\d男女]|^[，,]约?\d/.test(next) && !named.has(name)) continue;
    named.add(name);
    out = `${out.slice(0, at)}${'某'.repeat(title.length)}${out.slice(end)}`;
    at = end - 1;
  }
  return out;
}
