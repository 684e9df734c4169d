/**
 * A village cadre (协理员, 村干部) filling the link for a household speaks of it in the third person:
 * "这户就老两口，户主七十二，他老伴六十九", "户主叫李某，他媳妇前年跑了，跟他过的是他妈",
 * "佢屋企得两公婆". The household's head (户主) is the applicant (低保 is applied for by the
 * household, 社会救助暂行办法 第十一条; the 户主 signs), so 他/她/佢 after the head was named — or
 * with nobody named before, in a message that speaks of the household as 这户/该户/他家 — is the
 * head, and 他老伴, 他妈, 他儿子 are the head's relatives, not relatives of someone else.
 * Linear: one fixed list of words looked up in the text.
 */
import type { Relation } from '../../content/lexicon/index.ts';
import type { Reading } from './reading.ts';
import { meaningOf, type Token } from './tokens.ts';
import { hasPhrase, isPhrase, startsWithPhrase } from './phrases.ts';

/** Words for the applicant that are not first person (户主, 该户, 老人 …): not 我/俺/自己. */
export function namesSelfInThirdPerson(word: string): boolean {
  return !isPhrase(word, 'firstPerson');
}

/** Words a cadre uses for the household as a whole. */
const HOUSEHOLD_WORDS = [
  '户主',
  '这户',
  '该户',
  '那户',
  '这家人',
  '他家',
  '她家',
  '佢屋企',
  '佢哋屋企',
  '佢屋',
  '呢户',
  '嗰户',
];

/**
 * The message speaks of the household in the third person. Asked for every pronoun and spouse word of a
 * message, so the answer for the last message is kept: a long run of 佢 would otherwise scan the message once
 * a token, in time quadratic in its length.
 */
export function speaksOfHousehold(text: string): boolean {
  if (text !== spokenOf.text) spokenOf = { text, said: HOUSEHOLD_WORDS.some((w) => text.includes(w)) };
  return spokenOf.said;
}
let spokenOf = { text: '', said: false };

/**
 * "他家三口，老汉六十六，老伴六十四": speaking of the household, before the head is named, a spouse
 * word followed later by another spouse word names the couple — the first is the head. Only where
 * no first-person word (我, 俺) says the writer is one of them.
 */
export function headOfCouple(r: Reading, tok: Token, rel: Relation): boolean {
  if (rel !== 'spouse' || r.selfThirdAt !== undefined) return false;
  if (r.ctx.slot === 'summary') return coupleOpensSummary(r, tok);
  if (!speaksOfHousehold(r.text)) return false;
  if (namesHouseholdBy(r, tok)) return false;
  let later = false;
  for (const t of r.tokens) {
    const p = meaningOf(t, 'person');
    if (!p || namesHouseholdBy(r, t)) continue;
    // (俺村, 我们乡: whose village; 我是…协理员: who the writer is, not one of the household.)
    if (
      p.rel === 'self' &&
      !namesSelfInThirdPerson(t.text) &&
      !startsWithPhrase(r.text.slice(t.end, t.end + 1), 'ownPlaceOrIs')
    )
      return false;
    if (t.start > tok.start && p.rel === 'spouse') later = true;
  }
  return later;
}

/**
 * "老汉七十八、老伴七十六" opening a summary before anyone is named: two different spouse words in one
 * sentence are the couple, and the first is the one the call is about (no one can have two spouses).
 * Only where no first-person word before it says whose spouse it is ("俺老汉").
 */
function coupleOpensSummary(r: Reading, tok: Token): boolean {
  if (r.people.self.at >= 0) return false;
  const next = r.tokens.find((t) => t.start > tok.start && meaningOf(t, 'person') !== undefined);
  if (!next || meaningOf(next, 'person')!.rel !== 'spouse' || next.text === tok.text) return false;
  if (hasPhrase(r.text.slice(tok.end, next.start), 'sentenceEnd')) return false;
  return !r.tokens.some((t) => t.start < tok.start && meaningOf(t, 'person') !== undefined);
}

/**
 * "帮俺村王老汉家问一下": a name before 家 says which household, and is not a member of it (the
 * members come after: "这户就老两口，老汉七十四…"). Only a word right after another character that
 * is not a person word (a surname: 王老汉家), followed by 家 that does not start 家里, 家人.
 */
export function namesHouseholdBy(r: Reading, tok: Token): boolean {
  if (r.ctx.slot === 'summary') return false;
  if (!/^家(?![里人务中庭])/.test(r.text.slice(tok.end, tok.end + 2))) return false;
  const before = r.text[tok.start - 1] ?? '';
  return /[\u4e00-\u9fff]/.test(before) && !/[我俺他她佢的嘅个]/.test(before);
}

/**
 * "佢屋企得两公婆，阿伯七十三，阿婆七十", "这户就老两口，老汉七十四老婆子七十一": after the cadre named
 * the household as a couple, the first old person named is the head and the second the spouse,
 * whatever word names them (阿伯, 阿婆, 老汉). Only where no first-person word says the writer is one of them.
 */
export function coupleMember(r: Reading, tok: Token, rel: Relation): 'self' | 'spouse' | undefined {
  if (r.ctx.slot === 'summary' || !speaksOfHousehold(r.text)) return undefined;
  const elder = rel === 'spouse' || rel === 'grandparent' || rel === 'other';
  if (!elder && !(rel === 'self' && namesSelfInThirdPerson(tok.text))) return undefined;
  // (阿伯 is also a word for the applicant: itself, it may be the head; 户主 named before settles the head.)
  if (r.cadreCoupleAt !== tok.start) {
    const headSaid = r.selfThirdAt !== undefined && r.selfThirdAt !== tok.start && r.selfThirdAt !== r.cadreCoupleAt;
    if (r.cadreCouple >= 2 || headSaid) return undefined;
    if (rel === 'self' && r.cadreCouple > 0) return undefined;
  }
  let couple = false;
  for (const t of r.tokens) {
    const p = meaningOf(t, 'person');
    if (
      p?.rel === 'self' &&
      !namesSelfInThirdPerson(t.text) &&
      !startsWithPhrase(r.text.slice(t.end, t.end + 1), 'ownPlaceOrIs')
    )
      return undefined;
    const g = meaningOf(t, 'group');
    if (g && t.start < tok.start && g.with.join() === 'spouse') couple = true;
  }
  if (!couple) return undefined;
  // (A word with two readings, 阿伯 as the applicant and as an old man, is one person.)
  if (r.cadreCoupleAt === tok.start) return r.cadreCouple === 1 ? 'self' : 'spouse';
  r.cadreCouple++;
  r.cadreCoupleAt = tok.start;
  return r.cadreCouple === 1 ? 'self' : 'spouse';
}
