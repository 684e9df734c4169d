/**
 * A disability grade said without "N级", asked for it: by its place on the scale ("最严重嗰级", "最轻的那种"),
 * as a rank ("第二等"), or as the number read off the certificate ("证上写的贰"). The certificate's
 * grades run from 一级, the most severe, to 四级, the lightest (残疾人残疾分类和分级 GB/T 26341-2010), so
 * the most severe is 1 and the lightest 4. Read only when no grade was said with 级.
 */
import { isMeaning } from './cues.ts';
import { firstPhrase, isPhrase } from './phrases.ts';
import type { Reading } from './reading.ts';

const MOST_SEVERE = 1;
const LIGHTEST = 4;

export function gradeInWords(r: Reading): void {
  if (r.ctx.slot !== 'disability.grade') return;
  if ([...r.personFacts.values()].some((f) => f.grade !== undefined)) return;
  const said = byScale(r) ?? byNumber(r);
  if (!said) return;
  r.pf(r.topic).grade = { v: said.v, span: said.span, hedged: r.hedgedMessage };
  // (The clause was read after all: not one to ask about again.)
  const words = r.text.slice(said.span[0], said.span[1]);
  for (let k = r.unclear.length - 1; k >= 0; k--) if (r.unclear[k]!.includes(words)) r.unclear.splice(k, 1);
}

/** "最重嗰级", "最轻的": the end of the scale named, unless denied right before ("不是最重的"). */
function byScale(r: Reading): { v: number; span: [number, number] } | undefined {
  for (const [list, v] of [
    ['gradeMostSevere', MOST_SEVERE],
    ['gradeLightest', LIGHTEST],
  ] as const) {
    const at = firstPhrase(r.text, list);
    if (!at) continue;
    const before = r.tokens.filter((t) => t.end <= at.index).at(-1);
    if (isMeaning(before, 'neg')) continue;
    return { v, span: [at.index, at.index + at.length] };
  }
  return undefined;
}

/** "第二等", or a lone number after the certificate is named ("证写住贰"): 1 to 4, the grade. */
function byNumber(r: Reading): { v: number; span: [number, number] } | undefined {
  const certificateAt = r.tokens.findIndex((t) => isPhrase(t.text, 'certificateSaid'));
  for (const [i, tok] of r.tokens.entries()) {
    if (tok.kind !== 'num' || r.usedNums.has(tok) || tok.n.approx) continue;
    const v = tok.n.value;
    if (!Number.isInteger(v) || v < 1 || v > LIGHTEST) continue;
    const ranked =
      isPhrase(r.tokens[i - 1]?.text ?? '', 'ordinalMark') && isPhrase(r.tokens[i + 1]?.text ?? '', 'gradeRank');
    if (!ranked && (certificateAt < 0 || certificateAt > i)) continue;
    r.usedNums.add(tok);
    return { v, span: [tok.start, ranked ? r.tokens[i + 1]!.end : tok.end] };
  }
  return undefined;
}
