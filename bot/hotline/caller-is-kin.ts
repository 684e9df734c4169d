/**
 * "来电人为其子，在外打工": in a written summary 为 here is the copula (the caller is the son of the
 * person the call is about), as in 来电人系其子, not 为 "on behalf of" as in 来电人为其子咨询 (a request
 * right after the relative). The shared extractor reads 为其 as asking for someone, so this rewrites
 * the copula form to 系, same length, so fact positions still point into the pasted text. Linear: one
 * pass over the occurrences of 为其, fixed-length look-ups around each.
 */
import { endsWithPhrase, leadingPhrase, startsWithPhrase } from '../understand/phrases.ts';

export function readCallerIsKin(text: string): string {
  let out = text;
  for (let at = text.indexOf('为其'); at >= 0; at = text.indexOf('为其', at + 1)) {
    if (!endsWithPhrase(text.slice(Math.max(0, at - 3), at), 'callerWritten')) continue;
    const kin = leadingPhrase(text.slice(at + 2, at + 5), 'kinAfterQi');
    if (kin === undefined) continue;
    // ("来电人为其子咨询", "为其母亲申请": a request for them follows — asking on their behalf.)
    if (startsWithPhrase(text.slice(at + 2 + kin.length, at + 4 + kin.length), 'askingFor')) continue;
    out = `${out.slice(0, at)}系${out.slice(at + 1)}`;
  }
  return out;
}
