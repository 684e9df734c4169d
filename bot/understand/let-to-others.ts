/**
 * Something let to others, said with the thing between the verb and "to others": "租咗块地畀人种",
 * "租了两间房给人住". What comes in for it is rent (财产净收入), not money a relative gives (畀, 给),
 * whatever is let (land, a room, a shop). Looks a bounded number of characters after each renting
 * verb: linear in the clause.
 */
import { PHRASES } from '../../content/lexicon/phrases.ts';
import { startsWithPhrase } from './phrases.ts';

/** Characters between the renting verb and "to others": a done mark, a measure word and the thing. */
const MAX_BETWEEN = 5;

export function letToOthers(clauseText: string): boolean {
  for (const verb of PHRASES.letVerb) {
    for (let at = clauseText.indexOf(verb); at >= 0; at = clauseText.indexOf(verb, at + 1)) {
      if (startsWithPhrase(clauseText.slice(at), 'rentAsMoney')) continue;
      const after = at + verb.length;
      // (Not 出去 here: "租个房子出去打工" goes out to work; a shop or house let 出去 is read as an asset.)
      for (let k = after + 1; k <= Math.min(clauseText.length - 1, after + MAX_BETWEEN); k++)
        if (startsWithPhrase(clauseText.slice(k), 'toOthersAfter') && !clauseText.startsWith('出去', k)) return true;
    }
  }
  return false;
}
