/**
 * What a short answer says besides facts, for questions that read it: the kinship words in order
 * (who the members asked about are), a person with a bare yes or no ("俺爸有，我妈没有"), 大的/小的.
 */
import type { Relation } from '../../content/lexicon/index.ts';
import type { Understanding } from './extract.ts';
import { isMeaning } from './cues.ts';
import type { Placed } from './place-members.ts';
import type { Reading } from './reading.ts';
import { bareKinWord } from './people.ts';
import { composed } from './read-person-word.ts';
import { sexOfKinWord } from './sex-of-word.ts';
import { meaningOf, type Token } from './tokens.ts';
import { partnerInSequence } from './not-married.ts';
import { isPhrase } from './phrases.ts';

export function shortAnswers(
  r: Reading,
  placed: Placed,
): Pick<Understanding, 'relationSequence' | 'polarity' | 'ordinal' | 'statusWords' | 'statusDenied'> {
  const { memberIndex } = placed;
  const relationSequence: Understanding['relationSequence'] = [];
  let lastWord = '';
  for (const clause of r.clauses) {
    let ordinal: 'older' | 'younger' | undefined;
    // "71嗰个係老婆", "40岁的是侄子": the member meant by the age the question showed.
    let age: number | undefined;
    // "第二个系我老伴", 粤 "第3位系我孙": the member at that place in the list the question showed.
    let nth: number | undefined;
    let negAt = -10;
    clause.forEach((tok, j) => {
      // "三十了还没娶下媳妇": someone not had is no one.
      if (isMeaning(tok, 'neg')) negAt = j;
      const o = meaningOf(tok, 'ordinal');
      if (o) ordinal = o.which;
      const afterMark = isPhrase(clause[j - 1]?.text ?? '', 'ordinalMark');
      if (tok.kind === 'num' && Number.isInteger(tok.n.value) && afterMark) nth = tok.n.value - 1;
      else if (tok.kind === 'num' && Number.isInteger(tok.n.value) && tok.n.value <= 120) age = tok.n.value;
      const p = meaningOf(tok, 'person');
      // "…第三个是俺闺女 闺女离婚回来住的": the last word named again may be the same person (the question
      // decides, by how many it asked about); "俺小子前年出事没了": someone named as dead is none of those asked.
      const again = !!p && bareKinWord(tok.text) === lastWord;
      // (Only when no one else is named between: "俺闺女 她爸没了" is the daughter.)
      // (Looked for after a kinship word only: the scan ahead from every token was ~3% of a reading.)
      const next = p ? nextAboutSomeone(clause, j + 1) : undefined;
      const dead = isMeaning(next, 'death');
      const away = isMeaning(next, 'apart') && !isMeaning(clause[j + 1], 'and');
      if (p) lastWord = bareKinWord(tok.text);
      if (p && p.rel !== 'self' && j - negAt > 3 && !dead) {
        // A spouse's parent is 其他亲戚 on the chat's list (see read-people-words.ts).
        // (In a dialogue kept for a parent, the writer's 妈 is the applicant's 老伴: people.ts.)
        // (粤 阿爷, 阿嫲 carry no sex in the lexicon: sex-of-word.ts tells the two of a couple apart.)
        let rel: Relation = p.inLaw ? 'other' : r.people.keptRelation(p.rel, p.gender ?? sexOfKinWord(tok.text));
        // "我老公嘅细佬", "我个仔嘅仔": a relative's relative, one person; the relative named first is not them.
        const owner = isPhrase(clause[j - 1]?.text ?? '', 'possessive')
          ? meaningOf(clause[j - 2], 'person')
          : undefined;
        if (owner && owner.rel !== 'self' && relationSequence.at(-1)?.at === clause[j - 2]!.start) {
          relationSequence.pop();
          rel = composed(owner.rel, p.rel);
        }
        // "我个仔 同 佢老婆", "俺娃 俺娃他媳妇": 他/佢 before a kin word is the one just named — their
        // relative, a person of their own (a son's wife is 其他亲戚).
        const last = relationSequence.at(-1);
        if (isMeaning(clause[j - 1], 'pronoun') && last?.rel && !owner) rel = composed(last.rel, p.rel);
        // ("俺两个孙子": the writer's pair word before a relative's word counts them.)
        const count = p.n ?? (isPhrase(clause[j - 1]?.text ?? '', 'writerPair') ? 2 : 1);
        for (let k = 0; k < count; k++)
          relationSequence.push({
            rel,
            ...(ordinal ? { ordinal } : {}),
            ...(age !== undefined && count === 1 ? { age } : {}),
            ...(nth !== undefined && count === 1 ? { member: nth } : {}),
            ...(away ? { away: true as const } : {}),
            ...(again ? { again: true as const } : {}),
            at: tok.start,
          });
        ordinal = undefined;
        age = undefined;
        nth = undefined;
      }
    });
  }
  placedFromWriter(r, relationSequence);
  // ("是俺老伴 不是 等一下 俺弄错了 是俺妹子": after a slip owned mid-message, only what follows it.)
  const mended = r.correctedAt;
  if (mended !== undefined && relationSequence.some((x) => x.at >= mended))
    relationSequence.splice(0, relationSequence.length, ...relationSequence.filter((x) => x.at >= mended));
  partnerInSequence(r, relationSequence);
  // "俺爸有", "我妈没有": a person and a bare yes or no.
  const polarity: Understanding['polarity'] = [];
  for (const clause of r.clauses) {
    const who = clause.map((t) => meaningOf(t, 'person')).findIndex((m) => m !== undefined);
    if (who < 0) continue;
    const m = meaningOf(clause[who], 'person')!;
    const p =
      m.rel === 'self' && !isMeaning(clause[who + 1], 'person')
        ? r.people.self
        : (r.people.namedAt(clause[who + (m.rel === 'self' ? 1 : 0)]!.start) ??
          r.people.list.find((q) => q.word === clause[who]!.text));
    const idx = p ? (memberIndex.get(p.key) ?? p.known) : undefined;
    if (idx === undefined) continue;
    const after = clause.slice(who + 1);
    // "我有癌症": the yes is about the illness named, not a bare yes.
    if (
      after.some(
        (t) =>
          t.kind === 'word' &&
          t.meanings.some((x) =>
            ['illness', 'disability', 'asset', 'income', 'event', 'benefit', 'work'].includes(x.t),
          ),
      )
    )
      continue;
    const no = after.findIndex((t) => isMeaning(t, 'neg') || isMeaning(t, 'none'));
    const yesAt = after.findIndex((t) => isMeaning(t, 'yes'));
    const said = no >= 0 && (yesAt < 0 || no < yesAt) ? false : yesAt >= 0 ? true : undefined;
    if (said === undefined) continue;
    polarity.push({ member: idx, yes: said });
    // "老汉跟儿子都有", "阿爸同阿妈都冇": people joined by 跟/和/同, then 都 and the yes or no, all of them.
    const upTo = after.slice(0, said ? yesAt : no);
    if (
      upTo.some((t) => t.text === '都') &&
      upTo.every((t) => isMeaning(t, 'person') || isMeaning(t, 'and') || t.text === '都')
    )
      for (const t of upTo) {
        if (!isMeaning(t, 'person')) continue;
        const q = r.people.namedAt(t.start);
        const k = q ? (memberIndex.get(q.key) ?? q.known) : undefined;
        if (k !== undefined && !polarity.some((x) => x.member === k)) polarity.push({ member: k, yes: said });
      }
  }
  const ordinal = r.tokens.map((t) => meaningOf(t, 'ordinal')).find(Boolean)?.which;
  const statusWords = r.benefits.filter((b) => !b.negated).map((b) => b.what);
  const statusDenied = r.benefits.some((b) => b.negated) && statusWords.length === 0;
  // (Built a property at a time, as the understanding it goes into: no literal with a conditional spread.)
  const out = { relationSequence, polarity } as ReturnType<typeof shortAnswers>;
  if (ordinal) out.ordinal = ordinal;
  out.statusWords = statusWords;
  out.statusDenied = statusDenied;
  return out;
}

/** The first token from `from` on that tells of someone: a death, living apart, a person word or a pronoun. */
function nextAboutSomeone(clause: readonly Token[], from: number): Token | undefined {
  for (let k = from; k < clause.length; k++) {
    const t = clause[k]!;
    if (isMeaning(t, 'death') || isMeaning(t, 'apart') || isMeaning(t, 'person') || isMeaning(t, 'pronoun')) return t;
  }
  return undefined;
}

/**
 * "第二个是我妈第三个是我哥，我是他们闺女", 粤 "我系佢哋个女": the writer says they are the family's child
 * (or grandchild) typing for it, with no one named as asked for. The members picked by their place
 * were named from the writer's side: the writer's mother beside the applicant is the applicant's
 * spouse, the writer's brother their child. (A turned view, 帮我妈问, is read in people.ts instead.)
 */
function placedFromWriter(r: Reading, seq: Understanding['relationSequence']): void {
  // (Only members picked by place are changed: every other reading, most of them, skips the scan.)
  if (!seq.some((x) => x.member !== undefined && x.member >= 1)) return;
  const turned = r.people.viewedAs;
  if (turned === 'parent' || turned === 'grandparent') return;
  let view: 'parent' | 'grandparent' | undefined;
  for (const clause of r.clauses)
    clause.forEach((tok, j) => {
      const kin = meaningOf(tok, 'person');
      if (!kin || (kin.rel !== 'child' && kin.rel !== 'grandchild')) return;
      // (他们闺女, 他的孙女: 的 may stand between.)
      const k = isPhrase(clause[j - 1]?.text ?? '', 'possessive') ? j - 2 : j - 1;
      if (k < 2 || (!isMeaning(clause[k], 'others') && !isMeaning(clause[k], 'pronoun'))) return;
      if (!isMeaning(clause[k - 1], 'yes') || meaningOf(clause[k - 2], 'person')?.rel !== 'self') return;
      view = kin.rel === 'child' ? 'parent' : 'grandparent';
    });
  if (!view) return;
  for (const x of seq) {
    if (x.member === undefined || x.member < 1 || !x.rel) continue;
    if (x.rel === view) x.rel = 'spouse';
    else if (x.rel === 'sibling') x.rel = view === 'parent' ? 'child' : 'grandchild';
    else if (view === 'parent' && x.rel === 'child') x.rel = 'grandchild';
    else if (view === 'grandparent' && x.rel === 'parent') x.rel = 'child';
    else if (x.rel !== 'other') x.rel = 'other';
  }
}
