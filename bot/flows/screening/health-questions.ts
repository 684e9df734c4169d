/**
 * Disability, serious illness and work, member by member. The grade is asked before the kind,
 * and the kind only where it can matter: for grades 1–2 every kind counts as 重度残疾
 * (最低生活保障审核确认办法 第八条（一）, and the local notices that restate it), so the kind is asked only for
 * grades 3–4 (三级智力、精神残疾) or when the grade is not known.
 */
import { allOfThem } from './all-of-them.ts';
import { thenAll } from '../../understand/counted-named.ts';
import { hasPhrase } from '../../understand/phrases.ts';
import type { Household, Member } from '../../../screening/index.ts';
import { Q } from '../../messages/questions.ts';
import type { SubStep } from '../../state.ts';
import {
  type Parsed,
  type Question,
  type QuestionCtx,
  ask,
  choiceOf,
  choices,
  joinEcho,
  leadingChoices,
  memberChoices,
  memberFacts,
  members,
  read,
  reask,
  whileMissing,
  setAllMembers,
  setMember,
  take,
  who,
} from './answer-kit.ts';

const YES_NO = choices(...Q.disability.choices);
const KIND_CHOICES = choices(...Q.disability.kindChoices);
const KIND_IDS = ['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'] as const;
const GRADE_CHOICES = choices(...Q.disability.gradeChoices);

/** The next follow-up about disability: a member's grade, their kind, or whether anyone else has one. */
function disabilityNext(h: Household, asked: Set<string>): SubStep | undefined {
  const list = members(h);
  for (const [i, m] of list.entries()) {
    if (m.hasDisability !== true) continue;
    if (m.disability?.grade === undefined && !asked.has(`grade:${i}`))
      return { question: 'disability', step: 'grade', data: { member: i, asked: [...asked] } };
    const grade = m.disability?.grade;
    if (m.disability?.kind === undefined && (grade === undefined || grade >= 3) && !asked.has(`kind:${i}`))
      return { question: 'disability', step: 'kind', data: { member: i, asked: [...asked] } };
  }
  if (
    list.length > 1 &&
    list.some((m) => m.hasDisability === undefined) &&
    list.some((m) => m.hasDisability === true) &&
    !asked.has('more')
  ) {
    return { question: 'disability', step: 'more', data: { asked: [...asked] } };
  }
  return undefined;
}

function askedOf(sub?: SubStep): Set<string> {
  return new Set(sub && 'data' in sub && 'asked' in sub.data ? sub.data.asked : []);
}

/** The member a follow-up is about (which kind, which grade, on the local list). */
function memberOf(sub?: SubStep): number | undefined {
  return sub && 'data' in sub && 'member' in sub.data ? sub.data.member : undefined;
}

function done(
  _ctx: QuestionCtx,
  household: Household,
  echo: string,
  answer: string,
  next: SubStep | undefined,
): Parsed {
  return { ok: true, household, answer, echo, ...(next ? { sub: next } : {}) };
}

/**
 * 是哪一位 (after "yes" for a household of several): the members picked by number or words are
 * marked (`mark`), said back with `words` ("第2位有残疾证"), and the question's next follow-up comes.
 */
function whichAnswer(
  text: string,
  ctx: QuestionCtx,
  sub: SubStep,
  q: Question,
  slot: 'disability.which' | 'illness.which',
  mark: (h: Household, picked: number[]) => Household,
  words: string,
  next: (h: Household) => SubStep | undefined,
): Parsed {
  const h = ctx.state.household;
  const picked = whichMembers(text, ctx);
  if (!picked) return reask(ctx, read(text, ctx, slot), q.reask(ctx, sub));
  const taken = take(ctx, picked.facts, mark(h, picked.members));
  // ("老汉 胃癌": the facts read say it of him already, with the illness; once is enough.)
  const saidInFacts = (i: number) =>
    picked.facts.some((f) => f.path === `members[${i}].seriousIllness` || f.path === `members[${i}].hasDisability`);
  const echo = joinEcho(
    picked.members
      .filter((i) => !saidInFacts(i))
      .map((i) => `${who(members(taken.household)[i]!, i)}${words}`)
      .join('，'),
    taken.echo,
  );
  return done(
    ctx,
    taken.household,
    echo,
    picked.members.map((i) => who(members(h)[i]!, i)).join('、'),
    next(taken.household),
  );
}

export const disabilityQuestion: Question = {
  id: 'disability',
  label: '残疾情况',
  why: Q.disability.why,
  settles: (p) => /^members\[\d+\]\.(hasDisability|disability\.(kind|grade))$/.test(p),
  applies: whileMissing,
  reask: (_ctx, sub) => {
    if (sub?.step === 'which') return `${Q.disability.whichReask}比如：2`;
    if (sub?.step === 'kind') return `${Q.disability.kindReask}比如：1（肢体残疾）`;
    if (sub?.step === 'grade') return `${Q.disability.gradeReask}比如：2（二级）`;
    return Q.disability.reask + Q.disability.example;
  },
  prompt: ({ state }, sub) => {
    const h = state.household;
    const name = (i: number) => who(members(h)[i] ?? {}, i).replace(/^你自己/, '你');
    if (sub?.step === 'which') return ask(Q.disability.which, memberChoices(h, state.askingFor));
    if (sub?.step === 'kind') return ask(Q.disability.kind(name(memberOf(sub) ?? 0)), KIND_CHOICES);
    if (sub?.step === 'grade') return ask(Q.disability.grade(name(memberOf(sub) ?? 0)), GRADE_CHOICES);
    if (sub?.step === 'more') return ask(Q.disability.more, choices(...Q.disability.moreChoices));
    return ask(Q.disability.prompt(members(h).length > 1), YES_NO);
  },
  parse: (text, ctx, sub) => {
    const h = ctx.state.household;
    const asked = askedOf(sub);
    const member = memberOf(sub);
    if (!sub || sub.step === 'more') {
      const u = read(text, ctx, 'disability');
      const named = memberFacts(u, /^(hasDisability|disability\.(kind|grade))$/);
      const explicitYes = u.polarity.some((p) => p.yes);
      // "冇证，眼都差咗好多": no certificate, whatever the trouble named.
      const anyPositive = explicitYes || (!u.noCertificate && !u.leadingNo && named.some((x) => x.f.value !== false));
      const lc0 = leadingChoices(text, YES_NO, false);
      const yes = lc0
        ? lc0.picked[0]!.id === '2'
        : anyPositive
          ? true
          : u.noCertificate || u.leadingNo
            ? false
            : (u.yes ?? (named.length ? false : undefined));
      if (yes === undefined)
        return reask(
          ctx,
          u,
          u.idk
            ? `不清楚的话，可以看看残疾证，或者先回复 1（没有）。${Q.disability.example}`
            : disabilityQuestion.reask(ctx, sub),
        );
      if (!yes) {
        const kept = take(
          ctx,
          u.facts.filter((f) => !/hasDisability|disability\./.test(f.path)),
        );
        const household = setAllMembers(kept.household, (m) =>
          m.hasDisability === true ? {} : { hasDisability: false },
        );
        return done(
          ctx,
          household,
          joinEcho(kept.echo, sub ? '没有别人有残疾证了' : members(h).length > 1 ? '家里都没有残疾证' : '您没有残疾证'),
          sub ? '没有别人了' : '没有残疾证',
          undefined,
        );
      }
      const positives = named.filter((x) => (x.f.path.endsWith('hasDisability') ? x.f.value === true : true));
      // "俺爸有", "我弟有 … 我妈没有", "俺跟俺儿都有": the people named with a yes or a no.
      const said = (u.polarity.length ? u.polarity : u.mentioned.map((member) => ({ member, yes: true }))).filter(
        (p) => !positives.some((x) => x.i === p.member) || !p.yes,
      );
      // "有 两个都有": no one named, all of them.
      const every =
        positives.length === 0 && said.length === 0 && allOfThem(text, members(h).length)
          ? members(h).map((_, member) => ({ member, yes: true }))
          : [];
      const polarFacts = [...said, ...every].map((p) => ({
        path: `members[${p.member}].hasDisability`,
        value: p.yes,
        start: 0,
        end: text.length,
        words: text,
      }));
      if (positives.length > 0 || polarFacts.some((f) => f.value) || members(h).length <= 1) {
        const facts =
          positives.length > 0 || polarFacts.some((f) => f.value)
            ? [...polarFacts, ...u.facts]
            : [...u.facts, { path: 'members[0].hasDisability', value: true, start: 0, end: text.length, words: text }];
        const { household, echo } = take(ctx, facts);
        return done(ctx, household, echo, '有残疾证', disabilityNext(household, asked));
      }
      const kept = take(ctx, u.facts);
      return done(ctx, kept.household, kept.echo, '有', {
        question: 'disability',
        step: 'which',
        data: { asked: [...asked] },
      });
    }
    if (sub.step === 'which') {
      const mark = (x: Household, picked: number[]) =>
        picked.reduce((y, i) => setMember(y, i, { hasDisability: true }), x);
      return whichAnswer(text, ctx, sub, disabilityQuestion, 'disability.which', mark, '有残疾证', (x) =>
        disabilityNext(x, asked),
      );
    }
    if (member === undefined) return reask(ctx, undefined, '请再说一次。');
    const field = sub.step === 'kind' ? 'disability.kind' : 'disability.grade';
    const u = read(text, ctx, field, { member });
    const facts = [...u.facts];
    // The number of a choice ("2", or 贰 as the certificate writes it) or words of its label.
    const picked = choiceOf(text, sub.step === 'kind' ? KIND_CHOICES : GRADE_CHOICES);
    const path = (f: string) => `members[${member}].${f}`;
    if (picked && !facts.some((f) => f.path === path(field)))
      facts.push({
        path: path(field),
        value: sub.step === 'kind' ? KIND_IDS[Number(picked.id) - 1] : Number(picked.id),
        start: 0,
        end: text.length,
        words: text,
      });
    const settled = facts.some((f) => f.path === path(field));
    asked.add(`${sub.step}:${member}`);
    if (!settled && !u.idk) return reask(ctx, u, disabilityQuestion.reask(ctx, sub));
    const { household, echo } = take(ctx, facts);
    const unknownEcho = settled
      ? ''
      : `记下了：${sub.step === 'kind' ? '残疾类别' : '残疾等级'}您说不清楚，先空着，可以以后看看残疾证再说。`;
    return done(
      ctx,
      household,
      joinEcho(echo, unknownEcho),
      settled ? '已说明' : '不清楚',
      disabilityNext(household, asked),
    );
  },
};

/** Which members an answer names: numbers of the list ("1同2"), words (我自己, 我老公), an age. */
function whichMembers(
  text: string,
  ctx: QuestionCtx,
): { members: number[]; facts: ReturnType<typeof read>['facts'] } | undefined {
  const h = ctx.state.household;
  const lc = leadingChoices(text, memberChoices(h), true);
  // "第3位 尿毒症", "2 眼睛看不见": one member picked, the words after are about them.
  const one = lc?.picked.length === 1 ? Number(lc.picked[0]!.id) - 1 : undefined;
  const u = read(lc?.rest ?? text, ctx, 'disability.which', one !== undefined && one > 0 ? { member: one } : {});
  if (lc) return { members: lc.picked.map((c) => Number(c.id) - 1), facts: u.facts };
  if (u.ordinal && u.mentioned.length === 0) {
    const aged = members(h)
      .map((m, i) => ({ i, age: m.age }))
      .filter((x) => x.i > 0 && x.age !== undefined)
      .sort((a, b) => b.age! - a.age!);
    const pick = u.ordinal === 'older' ? aged[0] : aged.at(-1);
    if (pick) return { members: [pick.i], facts: u.facts.filter((f) => !f.path.startsWith('members[0].')) };
  }
  if (u.named.length > 0) return { members: [...new Set(u.named)], facts: u.facts };
  if (u.mentioned.length > 0) return { members: u.mentioned, facts: u.facts };
  // "两个都有", "三个人都有": every member, when the count said is the household's.
  if (allOfThem(text, members(h).length)) return { members: members(h).map((_, i) => i), facts: u.facts };
  if (u.ordinal) {
    const aged = members(h)
      .map((m, i) => ({ i, age: m.age }))
      .filter((x) => x.i > 0 && x.age !== undefined)
      .sort((a, b) => b.age! - a.age!);
    const pick = u.ordinal === 'older' ? aged[0] : aged.at(-1);
    if (pick) return { members: [pick.i], facts: u.facts };
  }
  const ages = u.bare.filter((b) => members(h).some((m) => m.age === b.n.value));
  if (ages.length === 1) return { members: [members(h).findIndex((m) => m.age === ages[0]!.n.value)], facts: u.facts };
  return undefined;
}

const ON_LIST = choices(...Q.illness.listChoices);

function illnessNext(h: Household, asked: Set<string>): SubStep | undefined {
  for (const [i, m] of members(h).entries()) {
    if (m.seriousIllness === true && m.illnessOnLocalList === undefined && !asked.has(`list:${i}`))
      return { question: 'illness', step: 'list', data: { member: i, asked: [...asked] } };
  }
  return undefined;
}

export const illnessQuestion: Question = {
  id: 'illness',
  label: '重病情况',
  why: Q.illness.why,
  settles: (p) => /^members\[\d+\]\.seriousIllness$/.test(p),
  applies: whileMissing,
  reask: (_ctx, sub) => {
    if (sub?.step === 'which') return `${Q.illness.whichReask}比如：1`;
    if (sub?.step === 'list') return `${Q.illness.listReask}比如：3（不清楚）`;
    return Q.illness.reask + Q.illness.example;
  },
  prompt: ({ state }, sub) => {
    const h = state.household;
    if (sub?.step === 'which') return ask(Q.illness.which, memberChoices(h, state.askingFor));
    if (sub?.step === 'list')
      return ask(
        Q.illness.list(who(members(h)[memberOf(sub) ?? 0] ?? {}, memberOf(sub) ?? 0).replace(/^你自己/, '你')),
        ON_LIST,
      );
    return ask(Q.illness.prompt(members(h).length > 1), YES_NO);
  },
  parse: (text, ctx, sub) => {
    const h = ctx.state.household;
    const asked = askedOf(sub);
    if (!sub) {
      const u = read(text, ctx, 'illness');
      const named = memberFacts(u, /^seriousIllness$/);
      const lc0 = leadingChoices(text, YES_NO, false);
      // "冇，不过老公中风之后一直瘫喺床": no serious illness, whatever else is said.
      const anyPositive = u.polarity.some((p) => p.yes) || (!u.leadingNo && named.some((x) => x.f.value === true));
      const yes = lc0
        ? lc0.picked[0]!.id === '2'
        : anyPositive
          ? true
          : u.leadingNo
            ? false
            : (u.yes ?? (named.length ? false : undefined));
      if (yes === undefined) return reask(ctx, u, illnessQuestion.reask(ctx, sub));
      if (!yes || (named.length > 0 && named.every((x) => x.f.value === false) && yes !== true)) {
        const kept = take(
          ctx,
          u.facts.filter((f) => !/seriousIllness|illnessName/.test(f.path)),
        );
        const household = setAllMembers(kept.household, (m) =>
          m.seriousIllness === true ? {} : { seriousIllness: false },
        );
        return done(
          ctx,
          household,
          joinEcho(kept.echo, members(h).length > 1 ? '家里没有人得重病' : '您没有得重病'),
          '没有',
          undefined,
        );
      }
      const positives = named.filter((x) => x.f.value === true);
      const said = (u.polarity.length ? u.polarity : u.mentioned.map((member) => ({ member, yes: true }))).filter(
        (p) => !named.some((x) => x.i === p.member),
      );
      const polarFacts = said.map((p) => ({
        path: `members[${p.member}].seriousIllness`,
        value: p.yes,
        start: 0,
        end: text.length,
        words: text,
      }));
      if (positives.length > 0 || polarFacts.some((f) => f.value) || members(h).length <= 1) {
        const facts =
          positives.length > 0 || polarFacts.some((f) => f.value)
            ? [...polarFacts, ...u.facts]
            : [...u.facts, { path: 'members[0].seriousIllness', value: true, start: 0, end: text.length, words: text }];
        const taken = take(ctx, facts);
        // The others were asked together and not named: no serious illness.
        const household = setAllMembers(taken.household, (m) =>
          m.seriousIllness === undefined ? { seriousIllness: false } : {},
        );
        return done(ctx, household, taken.echo, '有', illnessNext(household, asked));
      }
      const kept = take(ctx, u.facts);
      return done(ctx, kept.household, kept.echo, '有', {
        question: 'illness',
        step: 'which',
        data: { asked: [...asked] },
      });
    }
    if (sub.step === 'which') {
      // The others were asked together and not named: no serious illness.
      const mark = (x: Household, picked: number[]) =>
        setAllMembers(
          picked.reduce((y, i) => setMember(y, i, { seriousIllness: true }), x),
          (m) => (m.seriousIllness === undefined ? { seriousIllness: false } : {}),
        );
      return whichAnswer(text, ctx, sub, illnessQuestion, 'illness.which', mark, '得了重病', (x) =>
        illnessNext(x, asked),
      );
    }
    const i = memberOf(sub) ?? 0;
    asked.add(`list:${i}`);
    const u = read(text, ctx, 'illness.list', { member: i });
    const c = leadingChoices(text, ON_LIST, false)?.picked[0] ?? choiceOf(text, ON_LIST);
    // "医院说尿毒症在里头哩": on the list, said in words. "能报慢病 算不算": asked back whether it counts,
    // which only the township can say — not known, whatever the doctor called it.
    const inWords = hasPhrase(text, 'offLocalList') ? false : hasPhrase(text, 'onLocalList') ? true : undefined;
    const askedBack = !c && hasPhrase(text, 'countsOrNot');
    const v = c
      ? ({ '1': true, '2': false } as Record<string, boolean>)[c.id]
      : u.idk || askedBack
        ? undefined
        : (inWords ?? u.yes);
    if (v === undefined && !u.idk && !askedBack && c?.id !== '3') return reask(ctx, u, illnessQuestion.reask(ctx, sub));
    const household = v === undefined ? h : setMember(h, i, { illnessOnLocalList: v });
    const echo =
      v === undefined
        ? '记下了：是不是当地认定的重特大疾病，您不清楚，由乡镇核实。'
        : `记下了：${who(members(h)[i]!, i)}的病${v ? '是' : '不是'}当地认定的重特大疾病。`;
    return done(ctx, household, echo, v === undefined ? '不清楚' : v ? '是' : '不是', illnessNext(household, asked));
  },
};

export const employedQuestion: Question = {
  id: 'employed',
  label: '打工上班的人数',
  why: Q.employed.why,
  counts: Q.employed.counts,
  settles: (p) => /^members\[\d+\]\.employed$/.test(p) || p === 'employedCount',
  applies: whileMissing,
  reask: () => Q.employed.reask + Q.employed.example,
  prompt: () => ask(Q.employed.prompt),
  parse: (text, ctx) => {
    const h = ctx.state.household;
    const u = read(text, ctx, 'employed');
    const list = members(h);
    const named = memberFacts(u, /^employed$/);
    const most = list.length || 30;
    const counted = u.bare.find((b) => Number.isInteger(b.n.value) && b.n.value >= 0 && b.n.value <= most);
    // "两个都读紧书", "俩人都老了 干不动了": a count before 都 says whom the rest is about, not how many
    // work, when what is said of them is no work (at school, too old); "三个都在上班" is still a count.
    const notWorking =
      memberFacts(u, /^employed$/).some((x) => x.f.value === false) ||
      u.facts.some((f) => f.path.endsWith('.student.fullTime'));
    const bare = counted && notWorking && thenAll(u.text.slice(counted.end, counted.end + 3)) ? undefined : counted;
    // Work named only for relatives who live elsewhere (个仔喺东莞打工，唔住屋企): nobody at home works.
    const onlyAway = named.length === 0 && u.facts.some((f) => f.path.startsWith('obligors.list'));
    // "老公同个仔", "俺儿": answering who works with the people alone, nothing else said: the ones named.
    const onlyWho =
      named.length === 0 &&
      !bare &&
      !onlyAway &&
      !u.leadingNo &&
      u.yes !== false &&
      u.unclear.length === 0 &&
      u.facts.length === 0 &&
      u.mentioned.length > 0 &&
      u.mentioned.length <= list.length;
    const n =
      u.leadingNo && !named.some((x) => x.f.value === true)
        ? 0
        : (bare?.n.value ??
          (named.length
            ? named.filter((x) => x.f.value === true).length
            : u.yes === false || onlyAway
              ? 0
              : onlyWho
                ? u.mentioned.length
                : // "俺闺女在超市当收银员", asked before the household was: the people said to work (not
                  // when asking whether such work counts, "老公出海捉鱼算唔算").
                  list.length === 0 && u.working > 0 && !hasPhrase(text, 'countsOrNot')
                  ? u.working
                  : undefined));
    if (n === undefined || n > most) return reask(ctx, u, employedQuestion.reask(ctx));
    if (list.length === 0) {
      const { household, echo } = take(ctx, u.facts);
      return done(
        ctx,
        { ...household, employedCount: n },
        joinEcho(echo, n === 0 ? '家里没有人打工上班' : `家里有${n}个人打工上班`),
        `${n}人`,
        undefined,
      );
    }
    const { household: withFacts } = take(ctx, u.facts);
    const { echo } = take(
      ctx,
      u.facts.filter((f) => !/\.employed$/.test(f.path)),
    );
    const marked = new Set(named.filter((x) => x.f.value === true).map((x) => x.i));
    // "1 妈", "2 我 老伴": a count, then who, with nothing said of their work: the ones named.
    // ("俺跟大娃俩 他娘在家照顾小的": the ones named, less whoever was said not to work.)
    const saidNot = new Set(named.filter((x) => x.f.value === false).map((x) => x.i));
    const whoWorks = u.mentioned.filter((i) => !saidNot.has(i));
    if (marked.size === 0 && (bare || onlyWho) && whoWorks.length <= n) for (const i of whoWorks) marked.add(i);
    // The members not named: the working-age ones (16–64) first, then anyone else; last, anyone said not to work.
    const order = members(withFacts)
      .map((m, i) => ({ i, working: m.age !== undefined && m.age >= 16 && m.age < 65 }))
      .filter((x) => !marked.has(x.i))
      .sort((a, b) => Number(saidNot.has(a.i)) - Number(saidNot.has(b.i)) || Number(b.working) - Number(a.working));
    for (const x of order) if (marked.size < n) marked.add(x.i);
    const household = {
      ...withFacts,
      members: members(withFacts).map((m: Member, i) => ({ ...m, employed: marked.has(i) })),
    };
    const line =
      n === 0
        ? '家里没有人打工上班'
        : `家里有${n}个人打工上班（${[...marked].map((i) => who(household.members[i]!, i).replace(/^你自己/, '您')).join('、')}）`;
    return done(ctx, household, joinEcho(echo, line), `${n}人`, undefined);
  },
};
