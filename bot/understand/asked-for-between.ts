/**
 * A helper asking for someone named between the verb of helping and the verb of asking ("帮村里一个阿伯
 * 问下，佢六十九", "替我舅填的，他一个人过", 粤 "幫隔籬陳婆問下 佢八十幾"): the household is theirs, as
 * with 帮我妈问, whatever words name them (a surname and 伯, a neighbour, an uncle). The helping word is
 * read as asking on someone's behalf (read-word.ts finds whom); 他/她/佢 after it is that person.
 * Only in a first or members answer, only where the helped one is not 我/俺 ("帮我问问" is the writer's own),
 * and only with the asking verb a few tokens on in the same clause ("帮人看孩子" is work, not asking).
 * Linear: each helping word looks at most ASKED_WITHIN tokens ahead.
 */
import { isPhrase, startsWithPhrase } from './phrases.ts';
import type { SlotId } from './extract.ts';
import type { Token } from './tokens.ts';

/** How many tokens after the helping word the asking verb is looked for. */
const ASKED_WITHIN = 6;

const ELDERS_OWN: ReadonlySet<string> = new Set(['parent', 'grandparent']);

export function askedForBetween(text: string, tokens: Token[], slot: SlotId): Token[] {
  if (slot !== 'opening' && slot !== 'members' && slot !== 'relations') return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'char' || !isPhrase(t.text, 'helpFor')) continue;
    const next = tokens[i + 1];
    if (!next || next.kind === 'sep' || isPhrase(next.text, 'myOrOur')) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + ASKED_WITHIN); j++) {
      const v = tokens[j]!;
      if (v.kind === 'sep') break;
      // (A parent or grandparent named: for-a-parent.ts decides from the household described.)
      // (Answering who the members are, nothing else decides it: "帮阿嫲打字，第二个系我阿爷" types for
      // the grandmother, the applicant, so the writer's grandfather is her husband.)
      if (
        slot !== 'relations' &&
        v.kind === 'word' &&
        v.meanings.some((m) => m.t === 'person' && ELDERS_OWN.has(m.rel))
      )
        break;
      if (j === i + 1 || v.kind !== 'char' || !startsWithPhrase(text.slice(v.start, v.start + 3), 'askedForVerb'))
        continue;
      out ??= [...tokens];
      out[i] = { kind: 'word', text: t.text, start: t.start, end: t.end, meanings: [{ t: 'onBehalf' }] };
      // (阿伯, 阿婆: a word for an old person that also names the applicant is the applicant here.)
      for (let k = i + 1; k < j; k++) {
        const w = out[k]!;
        if (w.kind !== 'word') continue;
        const self = w.meanings.find((m) => m.t === 'person' && m.rel === 'self');
        if (self && !isPhrase(w.text, 'iMyself')) out[k] = { ...w, meanings: [self] };
      }
      break;
    }
  }
  return out ?? tokens;
}
