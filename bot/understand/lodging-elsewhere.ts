/**
 * Staying at someone else's home after losing one's own ("现在住在他侄子家", 粤 "暂时住喺朋友度"): basic
 * living is severely hit (临时救助: 因火灾等意外事件导致基本生活暂时出现严重困难). The home is a
 * relative's or a friend's, not the household's own kin who may share it (住在儿子家 is living with a child).
 * One pass over the clause's tokens, looking at most two tokens back from each person.
 */
import { isMeaning } from './cues.ts';
import { endsWithPhrase, startsWithPhrase } from './phrases.ts';
import { meaningOf, type Token } from './tokens.ts';

export function lodgesElsewhere(clause: readonly Token[], text: string, clauseStart: number): boolean {
  return clause.some((t, j) => {
    const who = meaningOf(t, 'person');
    if (!who || (who.rel !== 'other' && who.rel !== 'sibling')) return false;
    const next = clause[j + 1];
    if (!next || next.start !== t.end || !startsWithPhrase(next.text, 'homeOf')) return false;
    // "住在他侄子家": a pronoun may stand between the verb and the person.
    const before = isMeaning(clause[j - 1], 'pronoun') ? clause[j - 1]!.start : t.start;
    return endsWithPhrase(text.slice(Math.max(clauseStart, before - 4), before), 'lodgeAt');
  });
}
