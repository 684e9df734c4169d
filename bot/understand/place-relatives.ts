/**
 * Relatives who live elsewhere and may owe support (特困人员认定办法 第六条、第八条; 最低生活保障审核
 * 确认办法 第七条): each with their relation, age and situation (in prison, missing, severely
 * disabled, able-bodied, a status held), and the household's own status (低保户, 五保) told apart
 * from a relative's. Also money from relatives: "不给钱" as no support, and whether who gives is
 * poor themselves.
 */
import { isMeaning } from './cues.ts';
import { meaningOf } from './tokens.ts';
import type { Placed } from './place-members.ts';
import type { Reading } from './reading.ts';
import { hasPhrase } from './phrases.ts';

export function placeRelatives(r: Reading, placed: Placed): void {
  const { memberIndex, obligorFacts } = placed;
  // ── Obligors: relatives who live elsewhere ──────────────────────────────────────────────
  if (r.obligorsNone) r.add('obligors.exist', false, r.obligorsNone);
  // "就一个儿子，前年出车祸没了": asked about family elsewhere, every spouse, child or parent named has
  // died — there is no one who owes support (民法典 第一千零六十七条 binds the living).
  const owing = r.people.list.filter(
    (p) => p !== r.people.self && (p.rel === 'spouse' || p.rel === 'child' || p.rel === 'parent') && !p.inLaw,
  );
  // (Not when unsure: "唔知佢死咗定生".)
  const unsure = r.idk || r.hedgedMessage || r.tokens.some((t) => isMeaning(t, 'idk'));
  if (r.ctx.slot === 'obligors' && !r.obligorsNone && !unsure && owing.length > 0 && owing.every((p) => p.dead)) {
    const first = owing[0]!;
    r.add('obligors.exist', false, [Math.max(0, Math.floor(first.at)), Math.floor(first.at) + 1]);
  }
  // "帮我阿妈问，佢一个人住": a child asking for a parent who lives alone lives elsewhere, and owes the
  // parent support (民法典 第一千零六十七条).
  const asked = r.tokens.find((t) => isMeaning(t, 'onBehalf'));
  if (
    r.ctx.slot === 'opening' &&
    r.onBehalf &&
    asked &&
    r.people.writer?.rel === 'child' &&
    r.facts.some((f) => f.path === 'size' && f.value === 1) &&
    !r.facts.some((f) => f.path === 'obligors.exist')
  )
    r.add('obligors.exist', true, [asked.start, asked.end]);
  let o = (r.ctx.household.obligors?.list ?? []).length;
  // "两个都系后生仔": what is said of one relative, said of all of them.
  // (Not when each was named by a word of their own: "老大老二都好好的 老三是残疾一级" says each.)
  if (
    r.ctx.slot === 'obligors.situation' &&
    r.obligorPeople.length > 1 &&
    hasPhrase(r.text, 'sameForAll') &&
    !r.obligorPeople.every((p) => p.word !== undefined)
  ) {
    // Said of them as a group ("两个仔都后生"): the group's words are about the relatives known.
    const group = r.people.list.filter((p) => p.n > 1 && !r.obligorPeople.includes(p) && p !== r.people.self);
    // ("两个女都係四十几，身体冇事": an age said of the group went to the first of its parts; the group's
    // words and its parts' are one account of them.)
    const ofGroup = group.map((g) =>
      Object.assign(
        {},
        ...r.people.list.filter((q) => q.partOf === g.key).map((q) => r.personFacts.get(q.key) ?? {}),
        r.personFacts.get(g.key) ?? {},
      ),
    );
    const said = [...r.obligorPeople.map((p) => r.personFacts.get(p.key)), ...ofGroup].find(
      (f) => f && Object.keys(f).length > 0,
    );
    // Each keeps what was said of them alone and takes the rest ("两老都八十几，冇乜收入").
    if (said) for (const p of r.obligorPeople) r.personFacts.set(p.key, { ...said, ...r.personFacts.get(p.key) });
  }
  const obligorIndex = new Map(r.obligorPeople.map((p, k) => [p.key, k]));
  for (const p of r.obligorPeople)
    if (!obligorFacts.some((x) => x.person === p)) obligorFacts.push({ person: p, f: r.personFacts.get(p.key) ?? {} });
  // "一仔一女都喺广州，个仔每年畀3000，个女畀2000": the group lives elsewhere and its parts, named one
  // by one afterwards, are those relatives (each listed once, after the group that counts them).
  for (let k = 0; k < obligorFacts.length; k++) {
    const g = obligorFacts[k]!.person;
    if (g.n < 2 || g.dead) continue;
    const parts = r.people.list.filter(
      (q) => q.partOf === g.key && !q.dead && !obligorFacts.some((x) => x.person === q) && !memberIndex.has(q.key),
    );
    obligorFacts.splice(k + 1, 0, ...parts.map((q) => ({ person: q, f: r.personFacts.get(q.key) ?? {} })));
    k += parts.length;
  }
  for (const { person, f: facts0 } of obligorFacts) {
    if (person.dead) continue;
    const f = r.personFacts.get(person.key) ?? facts0;
    const rel = person.rel;
    // Only those with a duty of support (配偶, 子女, 父母; 祖孙 where the middle generation is gone) owe it.
    // A relative the dialogue already listed (asked "their situation?") is answered for whatever the relation.
    const fixed = obligorIndex.get(person.key);
    if ((rel === 'self' || rel === 'other' || rel === 'sibling' || person.inLaw) && fixed === undefined) continue;
    if (fixed === undefined && !r.facts.some((x) => x.path === 'obligors.exist'))
      r.add('obligors.exist', true, [person.at, person.at + 1]);
    const parts = r.people.list.filter((q) => q.partOf === person.key).length;
    const count = person.partOf !== undefined ? 1 : Math.max(0, person.n - parts);
    for (let k = 0; k < count; k++) {
      const idx = fixed ?? o++;
      const at = `obligors.list[${idx}]`;
      if (fixed === undefined) r.add(`${at}.relation`, rel, [person.at, person.at + 1]);
      // A rough age ("八十几") that fits the age already known keeps the known one.
      const knownAge = fixed !== undefined ? r.ctx.household.obligors?.list?.[fixed]?.age : undefined;
      const fits = knownAge !== undefined && f.age?.range && knownAge >= f.age.range[0] && knownAge <= f.age.range[1];
      if (f.age && k === 0 && !fits)
        r.add(`${at}.age`, f.age.v, f.age.span, f.age.range ? { range: f.age.range, hedged: true } : {});
      if (f.imprisoned) r.add(`${at}.imprisoned`, true, f.imprisoned.span);
      // In a summary, a relative said to work who turned out to live elsewhere ("儿子在外省打工，每月给
      // 一千"): working, under 60, neither ill nor disabled, is able to support as one placed elsewhere
      // first is (特困人员认定办法 第八条).
      const healthy =
        f.healthy ??
        (r.ctx.slot === 'summary' &&
        f.employed?.v === true &&
        !(f.age && f.age.v >= 60) &&
        !f.hasDisability?.v &&
        !f.severeDisability &&
        !f.ill?.v
          ? { span: f.employed.span }
          : undefined);
      // (One missing or in prison cannot support whatever work was said of them: "出海遇风浪失踪".)
      if (
        healthy &&
        !f.missing &&
        !f.imprisoned &&
        !(
          (hardUp(r.text, person.at) || hardUp(r.text, healthy.span[0])) &&
          !hasPhrase(r.text.slice(...healthy.span), 'saidHealthy')
        )
      )
        r.add(`${at}.ableBodiedAdult`, true, healthy.span);
      // "两老都八十几，冇乜收入": past working age with little or no income of their own cannot support
      // anyone (特困人员认定办法 第六条: 无劳动能力、无生活来源).
      else if (f.employed?.v === false && f.age && f.age.v >= 60)
        r.add(`${at}.ableBodiedAdult`, false, f.employed.span);
      // 60 or older, or severely disabled (一级、二级), is without the capacity to work whatever else is
      // said (特困人员认定办法 第七条): "俺妈七十五了，就靠那点养老金", "他是重度残疾，二级".
      // (Only answering how they are, and when no status they hold says it already.)
      else if (
        r.ctx.slot === 'obligors.situation' &&
        f.age &&
        (f.age.range?.[0] ?? f.age.v) >= 60 &&
        !healthy &&
        !r.benefits.some((b) => b.person === person && !b.negated)
      )
        r.add(`${at}.ableBodiedAdult`, false, f.age.span);
      else if (r.ctx.slot === 'obligors.situation' && (f.severeDisability || (f.grade && f.grade.v <= 2)) && !f.healthy)
        r.add(`${at}.ableBodiedAdult`, false, (f.severeDisability ?? f.grade)!.span);
      // In prison or gone missing, a relative has none of the capacity a duty of support asks for
      // (特困人员认定办法 第八条（五）), however young and well. (Only answering how they are: a summary's
      // missing one may be another relative than the one whose person it fell to.)
      if (r.ctx.slot === 'obligors.situation' && (f.imprisoned || f.missing) && !healthy)
        r.add(`${at}.ableBodiedAdult`, false, (f.imprisoned ?? f.missing)!.span);
      if (f.severeDisability || (f.grade && f.grade.v <= 2))
        r.add(`${at}.severeDisability`, true, (f.severeDisability ?? f.grade)!.span);
      // ("老公走咗冇再返，未有宣告失踪", "十几年联系不上，未申报宣告失踪": missing, said not to be declared so by
      // a court, 民法典 第四十条.)
      if (f.missing) r.add(`${at}.declaredMissing`, !notDeclared(r.text, f.missing.span), f.missing.span);
      const status = r.benefits.find((b) => b.person === person && !b.negated);
      if (status) r.add(`${at}.status`, status.what === 'lowIncome' ? 'low_income' : status.what, status.span);
    }
  }
  // Status words about a relative (儿子也是低保户) describe the obligor, not the household.
  for (const b of r.benefits) {
    if (ofWhoGives(r, b)) continue;
    if (b.person === r.people.self || b.person.known === 0 || (!b.person.apart && memberIndex.has(b.person.key))) {
      if (b.what === 'lowIncome') r.add('currentBenefits.lowIncome', !b.negated, b.span);
      else r.add(`currentBenefits.${b.what}`, !b.negated, b.span);
    }
  }
}

/**
 * Whether the words from where a relative is named, or said to work or give, to the end of that
 * sentence say their own household is hard up or they are out of reach: a child working away or
 * giving a little is then not taken as able to support (特困人员认定办法 第八条 asks for 赡养能力,
 * which a family barely getting by, or a child out of reach, does not show).
 */
function hardUp(text: string, at: number): boolean {
  const from = Math.max(0, Math.floor(at));
  const window = text.slice(from, from + 60);
  const end = window.search(/[。；;\n]/);
  return hasPhrase(end < 0 ? window : window.slice(0, end), 'hardUp');
}

/** Relatives whose money to the household is support (家庭成员以外的赡养、抚养、扶养义务人). */
const KIN_WHO_GIVE: ReadonlySet<string> = new Set(['child', 'spouse', 'parent', 'sibling']);

/** Support from relatives: who gives is poor themselves ("佢自己都系低保户"), or gives nothing ("也不给钱"). */
export function placeSupport(r: Reading): void {
  // "个仔一个月畀五百，佢自己都系低保户": the status of who gives; "唔係低保": none of these.
  const givers = r.benefits.filter(
    (b) => (b.person !== r.people.self && b.person.known === undefined) || ofWhoGives(r, b),
  );
  if (
    givers.length &&
    (r.facts.some((f) => f.path === 'income.support') ||
      r.ctx.slot === 'income.amount' ||
      r.ctx.slot === 'supportPayer')
  ) {
    const b = givers.at(-1)!;
    r.add('income.supportPayerStatus', b.negated ? 'none' : b.what === 'lowIncome' ? 'low_income' : b.what, b.span);
  }
  // (Asked how much relatives give, "不给", "唔畀钱" with nobody named is the same no.)
  const askedSupport = r.ctx.slot === 'income.amount' && r.ctx.incomeKey === 'support';
  const noGive = r.tokens.findIndex(
    (t, k) =>
      (isMeaning(t, 'gives') && k > 0 && (isMeaning(r.tokens[k - 1], 'neg') || isMeaning(r.tokens[k - 2], 'neg'))) ||
      (askedSupport && isMeaning(t, 'noSupport')),
  );
  // "有时候给有时候不给": giving now and then, no figure said — not known, rather than nothing.
  const nowAndThen = noGive >= 0 && askedSupport && r.tokens.some((t) => isMeaning(t, 'alternative'));
  if (nowAndThen && r.amounts.length === 0) r.idk = true;
  if (
    noGive >= 0 &&
    !nowAndThen &&
    !r.facts.some((f) => f.path === 'income.support') &&
    (r.ctx.slot === 'income.amount' || r.ctx.slot === 'obligors.situation' || r.ctx.slot === 'obligors')
  )
    r.add('income.support', 0, [r.tokens[noGive]!.start, r.tokens[noGive]!.end]);
  // "也不给钱": no support from them, and none named: no support income.
  const family = r.people.list.filter(
    (p) => p !== r.people.self && !p.inLaw && KIN_WHO_GIVE.has(p.rel) && r.personFacts.get(p.key)?.noSupport,
  );
  if (
    family.length &&
    !r.facts.some((f) => f.path === 'income.support') &&
    ['obligors', 'obligors.situation', 'summary', 'opening'].includes(r.ctx.slot)
  ) {
    r.add('income.support', 0, r.personFacts.get(family[0]!.key)!.noSupport!.span);
  }
  // "俺就一个闺女，嫁到陕西了，自家光景也不咋，基本不给钱": in a summary, 不给钱 left on the household's own
  // subject (a reflexive between carried it there) is said of the relatives living apart: no support from them.
  const ownNo = r.personFacts.get(r.people.self.key)?.noSupport ?? r.personFacts.get(r.topic.key)?.noSupport;
  const withheld = (span: readonly [number, number]) => {
    // (With the words around it: "基本不给" then 钱, "钱还给不给".)
    const said = r.text.slice(Math.max(0, span[0] - 2), span[1] + 2);
    return hasPhrase(said, 'refusedToGive') && !hasPhrase(said, 'giveOrNot');
  };
  if (
    ownNo &&
    withheld(ownNo.span) &&
    r.ctx.slot === 'summary' &&
    !family.length &&
    !r.facts.some((f) => f.path === 'income.support')
  ) {
    const apart = r.people.list.some(
      (p) => p !== r.people.self && p !== r.topic && p.apart && !p.dead && !p.inLaw && KIN_WHO_GIVE.has(p.rel),
    );
    if (apart) r.add('income.support', 0, ownNo.span);
  }
}

/**
 * Asked whether those who give are poor themselves, a status said with no one named ("唔系咩低保", "也是低保户")
 * is theirs, not the household's — unless the writer names themself.
 */
function ofWhoGives(r: Reading, b: Reading['benefits'][number]): boolean {
  if (b.person !== r.people.self || r.tokens.some((t) => meaningOf(t, 'person')?.rel === 'self')) return false;
  // ("一年两三千，佢哋都係打工仔，唔係低保", asked what relatives give: 佢哋 before it are the givers.)
  const askedSupport = r.ctx.slot === 'income.amount' && r.ctx.incomeKey === 'support';
  return (
    r.ctx.slot === 'supportPayer' ||
    (askedSupport && r.tokens.some((t) => isMeaning(t, 'others') && t.start < b.span[0]))
  );
}

/** Whether the words near a missing relative say they were not declared missing ("未宣告失踪", 粤 "冇申请宣告失踪"). */
function notDeclared(text: string, span: [number, number]): boolean {
  return hasPhrase(text.slice(Math.max(0, span[0] - 40), span[1] + 40), 'notDeclaredMissing');
}
