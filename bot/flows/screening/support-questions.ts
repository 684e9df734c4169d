/**
 * Family who owe support and do not live with the applicant (特困人员认定办法 第八条), and recent
 * emergencies or large essential spending (临时救助: 社会救助暂行办法 第四十七条): what happened,
 * when, where, and whether basic living is now in severe difficulty.
 */
import type { Household, Obligor } from '../../../screening/index.ts';
import { Q } from '../../messages/questions.ts';
import { EVENT_WORDS, EXPENSE_WORDS, U } from '../../messages/understood.ts';
import type { SubStep } from '../../state.ts';
import { parseWhen } from '../../understand/dates.ts';
import type { Fact } from '../../understand/extract.ts';
import { hasPhrase, hasPhrases } from '../../understand/phrases.ts';
import {
  type Question,
  ask,
  askMany,
  choiceOf,
  choices,
  choicesOf,
  joinEcho,
  leadingChoices,
  read,
  reask,
  take,
  whileMissing,
} from './answer-kit.ts';

const YES_NO = choices(...Q.obligors.choices);
const SITUATIONS: Obligor[] = [
  { ableBodiedAdult: true, status: 'none' },
  { status: 'tekun' },
  { status: 'dibao', age: 60 },
  { age: 70, incomeBelowLocalAverage: true, propertyWithinLowIncomeRules: true },
  { severeDisability: true, incomeBelowLocalAverage: true, propertyWithinLowIncomeRules: true },
  { imprisoned: true, propertyWithinLowIncomeRules: true },
  {},
];
const SITUATION_CHOICES = choices(...Q.obligors.situationChoices);
const fact = (path: string, value: unknown, text: string): Fact => ({
  path,
  value,
  start: 0,
  end: text.length,
  words: text,
});

function situationKnown(o: Obligor): boolean {
  return (
    o.ableBodiedAdult !== undefined ||
    o.status !== undefined ||
    o.severeDisability !== undefined ||
    o.imprisoned !== undefined ||
    o.declaredMissing !== undefined ||
    o.noCivilCapacity !== undefined
  );
}

export const obligorsQuestion: Question = {
  id: 'obligors',
  label: '不住在一起的子女等',
  why: Q.obligors.why,
  counts: Q.obligors.counts,
  settles: (p) => p === 'obligors.exist' || p === 'obligors.list' || /^obligors\.list\[\d+\]\./.test(p),
  applies: whileMissing,
  reask: (_ctx, sub) =>
    sub?.step === 'situation' ? `${Q.obligors.situationReask}比如：1` : Q.obligors.reask + Q.obligors.example,
  prompt: (_ctx, sub) =>
    sub?.step === 'situation' ? askMany(Q.obligors.situation, SITUATION_CHOICES) : ask(Q.obligors.prompt, YES_NO),
  parse: (text, ctx, sub) => {
    if (!sub) {
      const lc = leadingChoices(text, YES_NO, false);
      const u = read(lc?.rest ?? text, ctx, 'obligors');
      const listed = u.facts.some((f) => f.path.startsWith('obligors.list'));
      const childless = u.facts.some((f) => f.path === 'obligors.exist' && f.value === false);
      // "冇啊，得我哋两个老嘢", "没有，就俺老两口": a no, then who lives together, is a no.
      const onlyUs = u.leadingNo && hasPhrases(text, 'onlyJust', 'meUs');
      const yes = lc ? lc.picked[0]!.id === '2' : onlyUs ? false : listed ? true : childless ? false : u.yes;
      if (yes === undefined) return reask(ctx, u, obligorsQuestion.reask(ctx, sub));
      if (!yes) {
        const { household, echo } = take(ctx, [
          ...u.facts.filter((f) => !f.path.startsWith('obligors')),
          fact('obligors.exist', false, text),
        ]);
        return { ok: true, household, answer: '没有', echo };
      }
      const facts = u.facts.some((f) => f.path === 'obligors.exist')
        ? u.facts
        : [...u.facts, fact('obligors.exist', true, text)];
      const { household, echo } = take(ctx, facts);
      const list = household.obligors?.list ?? [];
      const needs = list.length === 0 || list.some((o) => !situationKnown(o));
      return {
        ok: true,
        household,
        answer: '有',
        echo,
        ...(needs ? { sub: { question: 'obligors', step: 'situation' } } : {}),
      };
    }
    const lc = leadingChoices(text, SITUATION_CHOICES, true);
    const u = read(lc?.rest ?? text, ctx, 'obligors.situation');
    const before = ctx.state.household.obligors?.list ?? [];
    const picked =
      lc?.picked ?? (u.facts.some((f) => f.path.startsWith('obligors.list')) ? [] : choicesOf(text, SITUATION_CHOICES));
    if ((!picked || picked.length === 0) && !u.facts.some((f) => f.path.startsWith('obligors.list')) && !u.idk) {
      return reask(ctx, u, obligorsQuestion.reask(ctx, sub));
    }
    // Numbered situations go to the relatives in the order named, one each (or one for all).
    let list: Obligor[] = before.length ? [...before] : [];
    const situations = (picked ?? []).map((c) => SITUATIONS[Number(c.id) - 1]!);
    if (situations.length) {
      const n = Math.max(list.length, situations.length, 1);
      // The sixth choice names three situations: "6 人跑了找不着" is missing, not in prison, so what the
      // words say of that relative stands in for the choice's default.
      const saidOtherwise = (i: number) =>
        u.facts.some(
          (f) => f.path === `obligors.list[${i}].declaredMissing` || f.path === `obligors.list[${i}].noCivilCapacity`,
        );
      list = Array.from({ length: n }, (_, i) => {
        const { imprisoned, ...rest } = situations[Math.min(i, situations.length - 1)] ?? {};
        return {
          relation: 'child' as const,
          ...(list[i] ?? {}),
          ...rest,
          ...(imprisoned !== undefined && !saidOtherwise(i) ? { imprisoned } : {}),
        };
      });
    }
    const base: Household = { ...ctx.state.household, obligors: { exist: true, list } };
    const { household, echo } = take(ctx, u.facts, base);
    const line = situations.length ? `他们的情况：${(picked ?? []).map((c) => c.label).join('、')}` : '';
    return {
      ok: true,
      household,
      answer: (picked ?? []).map((c) => c.label).join('、') || '已说明',
      echo: joinEcho(line, echo) || (u.idk ? '记下了：他们的情况您不清楚，由村里核实。' : ''),
    };
  },
};

const HARDSHIPS = ['fire', 'traffic_accident', 'sudden_illness', 'natural_disaster', 'expense'] as const;
const HARDSHIP_CHOICES = choices(...Q.hardship.choices);
const SEVERE = choices(...Q.hardship.severeChoices);

/**
 * `mentioned`: spending was named but not told as big or spent ("没有 就是供闺女上学紧巴"), so nothing was
 * recorded; "不知道" to how much then records nothing either.
 */
function hardshipNext(h: Household, asked: Set<string>, wantsExpense: boolean, mentioned = false): SubStep | undefined {
  const events = h.hardship?.events ?? [];
  const data = { asked: [...asked], expense: wantsExpense, ...(mentioned ? { mentioned } : {}) };
  if (events.some((e) => !e.date) && !asked.has('when')) return { question: 'hardship', step: 'when', data };
  if (events.length && events.every((e) => e.basicLivingSevere === undefined) && !asked.has('severe'))
    return { question: 'hardship', step: 'severe', data };
  // The amount is asked while no expense has one (an expense told as "5 看病花了好多" is kept without it).
  if (wantsExpense && !(h.hardship?.expenses ?? []).some((e) => e.amount !== undefined) && !asked.has('expense'))
    return { question: 'hardship', step: 'expense', data };
  return undefined;
}

export const hardshipQuestion: Question = {
  id: 'hardship',
  label: '急事和大额支出',
  why: Q.hardship.why,
  settles: (p) => p === 'hardship' || /^hardship\./.test(p),
  applies: whileMissing,
  reask: (_ctx, sub) => {
    if (sub?.step === 'when') return Q.hardship.whenReask + Q.hardship.whenExample;
    if (sub?.step === 'severe') return `${Q.hardship.severeReask}比如：1`;
    if (sub?.step === 'expense') return Q.hardship.expenseReask + Q.hardship.expenseExample;
    return Q.hardship.reask + Q.hardship.example;
  },
  prompt: (_ctx, sub) => {
    if (sub?.step === 'when') return ask(Q.hardship.when);
    if (sub?.step === 'severe') return ask(Q.hardship.severe, SEVERE);
    if (sub?.step === 'expense') return ask(Q.hardship.expense);
    return askMany(Q.hardship.prompt, HARDSHIP_CHOICES);
  },
  parse: (text, ctx, sub) => {
    const h = ctx.state.household;
    const asked = new Set(sub?.question === 'hardship' ? sub.data.asked : []);
    const wantsExpense = sub?.question === 'hardship' && sub.data.expense;
    const mentioned = sub?.question === 'hardship' && sub.data.mentioned === true;
    if (!sub) {
      const lc = leadingChoices(text, HARDSHIP_CHOICES, true);
      const u = read(lc?.rest ?? text, ctx, 'hardship');
      const picked = new Set((lc?.picked ?? []).map((c) => c.id));
      const events = u.facts.filter((f) => /^hardship\.events\[\d+\]\.kind$/.test(f.path));
      const expenses = u.facts.filter((f) => /^hardship\.expenses\[\d+\]$/.test(f.path));
      const none =
        picked.has('6') ||
        u.noneSaid ||
        // "冇乜事，就系日日睇病使钱": no event, but spending on health is what the list's 5 asks about.
        (u.yes === false && events.length === 0 && expenses.length === 0 && picked.size === 0 && !u.expenseMentioned);
      if (none && events.length === 0) {
        const { household, echo } = take(ctx, [
          ...u.facts.filter((f) => !f.path.startsWith('hardship')),
          fact('hardship.none', true, text),
        ]);
        return { ok: true, household, answer: '都没有', echo };
      }
      if (picked.size === 0 && events.length === 0 && expenses.length === 0 && !u.expenseMentioned) {
        const c = choiceOf(text, HARDSHIP_CHOICES);
        if (c) picked.add(c.id);
        else return reask(ctx, u, hardshipQuestion.reask(ctx, sub));
      }
      const facts: Fact[] = [...u.facts];
      // "5", "5 看病花了好多", "女儿读大学要交学费": a big expense, recorded at once with its kind (from the
      // words; the list's 5 names 看病 first), its amount left unknown until the next question fills it.
      // A kind named with spending said, or alone as the whole answer ("闺女念大学交学费哩"), is an expense told;
      // named beside an emergency ("3 老汉脑梗住院了") or after a no ("没有 就是供闺女上学紧巴"), not yet.
      const told =
        picked.has('5') ||
        (u.expenseKinds.length > 0 &&
          (u.spendingSaid || (events.length === 0 && picked.size === 0 && !u.leadingNo && u.yes !== false)));
      if (told && expenses.length === 0 && !(h.hardship?.expenses ?? []).length)
        for (const [i, kind] of (u.expenseKinds.length ? u.expenseKinds : (['medical'] as const)).entries())
          facts.push(fact(`hardship.expenses[${i}]`, { kind }, text));
      let k = (h.hardship?.events ?? []).length + events.length;
      const kinds = new Set([
        ...events.map((f) => f.value as string),
        ...(h.hardship?.events ?? []).map((e) => e.kind),
      ]);
      // "3 老汉上个月脑梗住院了": an emergency picked from the list, told with when it happened.
      const when = lc ? parseWhen(lc.rest, ctx.today) : undefined;
      for (const id of picked) {
        const kind = HARDSHIPS[Number(id) - 1]!;
        if (kind === 'expense') continue;
        // "2 老汉骑三轮叫车撞了": the words say which; a number alone takes the list's kind.
        if (kinds.has(kind) || (kind === 'traffic_accident' && kinds.has('accident'))) continue;
        if (when && when <= ctx.today && events.length === 0)
          facts.push(fact(`hardship.events[${k}].date`, when, text));
        facts.push(fact(`hardship.events[${k++}].kind`, kind, text));
      }
      const { household: taken, echo } = take(ctx, facts);
      const household: Household = {
        ...taken,
        hardship: {
          ...taken.hardship,
          none: false,
          events: taken.hardship?.events ?? [],
          expenses: taken.hardship?.expenses ?? [],
        },
      };
      const wants = picked.has('5') || u.expenseMentioned || expenses.length > 0;
      return {
        ok: true,
        household,
        answer: echo.replace(/^记下了：/, '') || '有',
        echo,
        ...withSub(hardshipNext(household, asked, wants, wants && !told && expenses.length === 0)),
      };
    }
    if (sub.step === 'when') {
      asked.add('when');
      const u = read(text, ctx, 'hardship.when');
      const date = parseWhen(u.text, ctx.today);
      if ((!date || date > ctx.today) && !u.idk) return reask(ctx, u, hardshipQuestion.reask(ctx, sub));
      const place = u.facts.find((f) => f.path === 'region')?.value as string | undefined;
      // "三个礼拜前俾车撞咗": what happened, told with when, says more than "other".
      const told = u.facts.find((f) => f.path === 'hardship.events[0].kind')?.value as
        | NonNullable<NonNullable<Household['hardship']>['events']>[number]['kind']
        | undefined;
      const events = (h.hardship?.events ?? []).map((e, k) => ({
        ...e,
        ...(told && k === 0 && e.kind === 'other' ? { kind: told } : {}),
        ...(date && !e.date ? { date } : {}),
        ...(place && !e.place ? { place } : {}),
      }));
      const household: Household = { ...h, hardship: { ...h.hardship, events } };
      const retold = told && h.hardship?.events?.[0]?.kind === 'other' ? `是${EVENT_WORDS[told] ?? ''}，` : '';
      const echo = date
        ? `记下了：${retold}这件事发生在${Number(date.slice(5, 7))}月${date.endsWith('-01') ? '' : `${Number(date.slice(8))}日`}。`
        : `记下了：${retold}时间您记不清，先空着。`;
      return {
        ok: true,
        household,
        answer: date ?? '不清楚',
        echo,
        ...withSub(hardshipNext(household, asked, wantsExpense, mentioned)),
      };
    }
    if (sub.step === 'severe') {
      asked.add('severe');
      const u = read(text, ctx, 'hardship.severe');
      const c = leadingChoices(text, SEVERE, false)?.picked[0];
      const severeFact = u.facts.find((f) => f.path.endsWith('basicLivingSevere'));
      const yes = c ? c.id === '1' : severeFact ? severeFact.value === true : u.yes;
      if (yes === undefined) return reask(ctx, u, hardshipQuestion.reask(ctx, sub));
      // "是，住院以后家里一分钱没有了": what else the answer said (no savings left) is kept and said back too.
      const others = u.facts.filter((f) => !f.path.startsWith('hardship.'));
      const kept = others.length ? take(ctx, others) : undefined;
      const base = kept?.household ?? h;
      const events = (base.hardship?.events ?? []).map((e) => ({ ...e, basicLivingSevere: yes }));
      const household: Household = { ...base, hardship: { ...base.hardship, events } };
      const said = `记下了：${yes ? '现在基本生活很困难' : '现在生活还能维持'}。`;
      return {
        ok: true,
        household,
        answer: yes ? '很困难' : '还能维持',
        echo: kept?.echo ? joinEcho(said, kept.echo) : said,
        ...withSub(hardshipNext(household, asked, wantsExpense, mentioned)),
      };
    }
    asked.add('expense');
    const u = read(text, ctx, 'hardship.expense');
    // The expense told before its amount ("5 看病花了好多"): the amount is its, of its kind unless the words name one.
    const told = h.hardship?.expenses ?? [];
    const openAt = told.findIndex((e) => e.amount === undefined);
    const openKind = told[openAt]?.kind;
    const expense = u.facts
      .filter((f) => /^hardship\.expenses\[\d+\]$/.test(f.path))
      .map((f) =>
        openKind && !u.expenseKinds.length && f.path === `hardship.expenses[${openAt}]`
          ? { ...f, value: { ...(f.value as object), kind: openKind } }
          : f,
      );
    u.facts = [...u.facts.filter((f) => !/^hardship\.expenses\[\d+\]$/.test(f.path)), ...expense];
    if (expense.length === 0 && !u.idk && u.yes !== false && !u.bare.some((b) => b.n.value === 0))
      return reask(ctx, u, hardshipQuestion.reask(ctx, sub));
    // "都报了，自己没掏啥", "冇乜，医保报晒": nothing out of pocket is an amount, 0 (看病 unless school is named).
    // Only a plain no: "报完自己出咗三万八，仲未医完" has a 未 but is no "no".
    const nothing =
      expense.length === 0 &&
      !u.idk &&
      (u.leadingNo || u.bare.some((b) => b.n.value === 0) || !/[0-9一二两三四五六七八九十百千万几]/.test(text))
        ? [
            fact(
              `hardship.expenses[${Math.max(0, openAt)}]`,
              { kind: hasPhrase(text, 'schooling') ? 'education' : (openKind ?? 'medical'), amount: 0 },
              text,
            ),
          ]
        : [];
    // "不知道" to how much: the kind is kept (recorded now if it was not yet), the amount stays unknown.
    const unknownKind =
      expense.length === 0 && nothing.length === 0 && u.idk && (openKind || !mentioned)
        ? (openKind ?? u.expenseKinds[0] ?? 'medical')
        : undefined;
    const kept =
      unknownKind && openAt < 0 ? [fact(`hardship.expenses[${told.length}]`, { kind: unknownKind }, text)] : [];
    const { household: taken, echo: said } = take(ctx, [...u.facts, ...nothing, ...kept]);
    // The question asks what 看病、上学等 cost in all: an amount given settles the other kinds told with none.
    const household: Household =
      expense.length || nothing.length
        ? {
            ...taken,
            hardship: {
              ...taken.hardship,
              expenses: (taken.hardship?.expenses ?? []).filter((e) => e.amount !== undefined),
            },
          }
        : taken;
    const echo = nothing.length ? (u.facts.length ? said : '') : kept.length ? '' : said;
    const unknownSaid = unknownKind ? `${U.lead}${U.expenseOpen(EXPENSE_WORDS[unknownKind] ?? '')}。` : '';
    return {
      ok: true,
      household,
      answer: expense.length ? echo.replace(/^记下了：/, '') : nothing.length ? '没有' : '不清楚',
      echo:
        joinEcho(echo, unknownSaid) || (u.idk ? '记下了：花了多少您说不清楚，先空着。' : '记下了：没有自己掏多少钱。'),
    };
  },
};

function withSub(sub: SubStep | undefined): { sub?: SubStep } {
  return sub ? { sub } : {};
}

export const expenditureTypeQuestion: Question = {
  id: 'expenditureType',
  label: '是否支出型困难',
  why: Q.expenditureType.why,
  settles: (p) => p === 'expenditureType',
  applies: whileMissing,
  reask: () => Q.expenditureType.reask + Q.expenditureType.example,
  prompt: () => ask(Q.expenditureType.prompt, choices(...Q.expenditureType.choices)),
  parse: (text, ctx) => {
    const lc = leadingChoices(text, choices(...Q.expenditureType.choices), false);
    const u = read(lc?.rest ?? text, ctx, 'expenditureType');
    // "还凑合", "过得去": living is managed, so not below the line; "揭不开锅了": it is.
    // "低保标准是多少俺也不知道，反正看病把家看穷了": spending that made the family poor answers yes, whatever
    // the writer does not know of the standard (not after a no: "没有看穷").
    const yes = lc
      ? lc.picked[0]!.id === '1'
      : (u.yes ?? u.livingSevere ?? (hasPhrase(text, 'spentIntoPoverty') && !u.leadingNo ? true : undefined));
    if (yes === undefined) {
      if (u.idk)
        return { ok: true, household: ctx.state.household, answer: '不清楚', echo: '记下了：您说不清楚，由乡镇核实。' };
      return reask(ctx, u, expenditureTypeQuestion.reask(ctx));
    }
    const { household, echo } = take(ctx, [...u.facts, fact('expenditureType', yes, text)]);
    return { ok: true, household, answer: yes ? '是' : '不是', echo };
  },
};
