/**
 * Income and property (最低生活保障审核确认办法 第十三条、第十四条): which kinds of income the
 * household has and roughly how much, the 基础养老金 apart (whether it counts depends on the
 * date and the city), whether relatives who give money are poor themselves, cars, houses,
 * shops and businesses, and savings. "不知道" leaves an amount unknown and moves on; the result
 * then says what would decide it. A debt is never read as savings.
 */
import type { Household } from '../../../screening/index.ts';
import { Q } from '../../messages/questions.ts';
import { citiesWithRule, joinNames } from '../../cities.ts';
import { INCOME_WORDS } from '../../messages/understood.ts';
import type { SubStep } from '../../state.ts';
import type { Fact, IncomeKey } from '../../understand/extract.ts';
import { hasPhrase } from '../../understand/phrases.ts';
import {
  type Question,
  ask,
  askMany,
  choiceOf,
  choices,
  joinEcho,
  leadingChoices,
  read,
  reask,
  take,
  whileMissing,
} from './answer-kit.ts';

const INCOME_KEYS: IncomeKey[] = ['wages', 'business', 'property', 'pensions', 'support'];
const INCOME_CHOICES = choices(...Q.income.choices);
const fact = (path: string, value: unknown, text: string): Fact => ({
  path,
  value,
  start: 0,
  end: text.length,
  words: text,
});

export const incomeQuestion: Question = {
  id: 'income',
  label: '收入',
  why: Q.income.why,
  settles: (p) => /^income\.(wages|business|property|pensions|support)$/.test(p),
  applies: whileMissing,
  reask: (_ctx, sub) =>
    sub?.step === 'amount' ? Q.income.amountReask + Q.income.amountExample : Q.income.reask + Q.income.example,
  prompt: (_ctx, sub) => {
    if (sub?.step === 'amount') {
      return ask(Q.income.amount(INCOME_WORDS[sub.data.key]!));
    }
    return askMany(Q.income.prompt, INCOME_CHOICES);
  },
  parse: (text, ctx, sub) => {
    if (sub?.step === 'amount') {
      const { key, rest } = sub.data;
      const u = read(text, ctx, 'income.amount', { incomeKey: key });
      const amount =
        u.idk && !u.facts.some((f) => f.path === `income.${key}` && (f.value as number) > 0)
          ? undefined
          : u.facts.find((f) => f.path === `income.${key}`);
      if (u.idk && !amount) u.facts.splice(0, u.facts.length, ...u.facts.filter((f) => f.path !== `income.${key}`));
      const next = amountStep(rest);
      if (!amount && !u.idk && !u.noGain) return reask(ctx, u, incomeQuestion.reask(ctx, sub));
      // "说不上来，地里的东西自己吃了": eaten at home and not known in money is not known, not nothing.
      const nothing = u.noGain && !u.idk;
      const facts = amount ? u.facts : nothing ? [...u.facts, fact(`income.${key}`, 0, text)] : u.facts;
      const { household, echo } = take(ctx, facts);
      const said = amount || nothing ? echo : joinEcho(echo, `${INCOME_WORDS[key]}您说不清楚，先空着`);
      return {
        ok: true,
        household,
        answer: amount
          ? `${INCOME_WORDS[key]}：一年约${amountOf(household, key) ?? 0}元`
          : `${INCOME_WORDS[key]}：不清楚`,
        echo: said,
        ...next,
      };
    }
    const lc = leadingChoices(text, INCOME_CHOICES, true);
    const u = read(lc?.rest ?? text, ctx, 'income');
    const picked = new Set((lc?.picked ?? []).map((c) => c.id));
    const none = picked.has('6') || u.noneSaid;
    const had = new Set<IncomeKey>();
    for (const id of picked) if (id !== '6') had.add(INCOME_KEYS[Number(id) - 1]!);
    for (const k of u.incomeMentioned) if ((INCOME_KEYS as string[]).includes(k)) had.add(k as IncomeKey);
    for (const f of u.facts) {
      const k = f.path.match(/^income\.(wages|business|property|pensions|support)$/)?.[1] as IncomeKey | undefined;
      if (k && (f.value as number) > 0) had.add(k);
    }
    // "不知道": a real answer; the kinds of income stay unknown and the result says what would decide.
    if (!lc && had.size === 0 && !none && u.idk && u.facts.length === 0)
      return { ok: true, household: ctx.state.household, answer: '不清楚', echo: Q.income.unknown };
    if (!lc && had.size === 0 && !none) {
      const c = choiceOf(text, INCOME_CHOICES);
      if (c && c.id !== '6') had.add(INCOME_KEYS[Number(c.id) - 1]!);
      // "低保金算不算": a benefit that is not income, asked about — answered, then the question again.
      else if (c?.id !== '6' && u.excludedIncome && u.yes !== false)
        return { ...reask(ctx, u, incomeQuestion.reask(ctx, sub)), answered: Q.income.excluded };
      else if (c?.id !== '6' && u.yes !== false) return reask(ctx, u, incomeQuestion.reask(ctx, sub));
    }
    const facts: Fact[] = u.facts.filter(
      (f) =>
        !/^income\.(wages|business|property|pensions|support)$/.test(f.path) || had.has(f.path.slice(7) as IncomeKey),
    );
    for (const k of INCOME_KEYS) if (!had.has(k)) facts.push(fact(`income.${k}`, 0, text));
    const { household, echo } = take(ctx, facts);
    const open = INCOME_KEYS.filter((k) => had.has(k) && amountOf(household, k) === undefined);
    const excludedNote = u.excludedIncome ? '低保金、特困供养金、高龄津贴、残疾人补贴这些不算收入' : '';
    return {
      ok: true,
      household,
      answer: had.size ? [...had].map((k) => INCOME_WORDS[k]).join('、') : '都没有',
      echo: joinEcho(echo, excludedNote),
      ...amountStep(open),
    };
  },
};

/** Ask the amount of the first kind of income in `keys`, then the rest in turn. */
function amountStep(keys: readonly IncomeKey[]): { sub?: SubStep } {
  const [key, ...rest] = keys;
  return key ? { sub: { question: 'income', step: 'amount', data: { key, rest } } } : {};
}

function amountOf(h: Household, k: IncomeKey): number | undefined {
  if (k === 'support')
    return h.income?.support === undefined ? undefined : h.income.support.reduce((s, x) => s + x.amount, 0);
  return h.income?.[k];
}

export const basicPensionQuestion: Question = {
  id: 'basicPension',
  label: '基础养老金',
  why: Q.basicPension.why,
  settles: (p) => p === 'income.basicPension',
  applies: whileMissing,
  reask: () => Q.basicPension.reask + Q.basicPension.example,
  prompt: () => ask(Q.basicPension.prompt),
  parse: (text, ctx) => {
    const u = read(text, ctx, 'basicPension');
    const amount = u.facts.find((f) => f.path === 'income.basicPension');
    if (u.idk && !amount) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: '不清楚', echo: joinEcho(echo, '基础养老金您说不清楚，先空着') };
    }
    if (amount) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: `一年约${household.income?.basicPension}元`, echo };
    }
    const zero = u.yes === false || u.bare.some((b) => b.n.value === 0);
    if (zero) {
      const { household, echo } = take(ctx, [...u.facts, fact('income.basicPension', 0, text)]);
      return { ok: true, household, answer: '没有', echo };
    }
    if (u.idk) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: '不清楚', echo: joinEcho(echo, '基础养老金您说不清楚，先空着') };
    }
    return reask(ctx, u, basicPensionQuestion.reask(ctx));
  },
};

const PAYER = choices(...Q.supportPayer.choices);
const PAYER_STATUS = ['dibao', 'tekun', 'low_income', 'none'] as const;

export const supportPayerQuestion: Question = {
  id: 'supportPayer',
  label: '给生活费的亲属情况',
  // Asked only where a city's rule leaves such support out: the why names those cities.
  why: (parameters) =>
    Q.supportPayer.why(joinNames(citiesWithRule(parameters, 'income.supportFromPoorObligorExcluded'), '、')),
  settles: (p) => /^income\.support\[\d+\]\.payerStatus$/.test(p),
  applies: whileMissing,
  reask: () => Q.supportPayer.reask + Q.supportPayer.example,
  prompt: () => ask(Q.supportPayer.prompt, PAYER),
  parse: (text, ctx) => {
    const u = read(text, ctx, 'supportPayer');
    const word = u.statusWords[0];
    const c =
      choiceOf(text, PAYER) ??
      (word ? PAYER[{ dibao: 0, tekun: 1, lowIncome: 2 }[word]] : undefined) ??
      // "唔系咩低保", "她们日子过得还行": not hard up; "不知道他们评上没" is not knowing, not a no.
      // ("唔知佢哋系唔系，应该唔系": a no leaned to after it is the answer, said back.)
      (u.statusDenied || u.managing || (u.yes === false && (!u.idk || hasPhrase(text, 'leanNo')))
        ? PAYER[3]
        : undefined);
    if (!c) {
      if (u.idk)
        return {
          ok: true,
          household: ctx.state.household,
          answer: '不清楚',
          echo: '记下了：给生活费的亲属是什么情况，您不清楚，由村里核实。',
        };
      return reask(ctx, u, supportPayerQuestion.reask(ctx));
    }
    const { household, echo } = take(ctx, [
      ...u.facts.filter((f) => !f.path.startsWith('currentBenefits')),
      fact('income.supportPayerStatus', PAYER_STATUS[Number(c.id) - 1], text),
    ]);
    return { ok: true, household, answer: c.label, echo };
  },
};

const PROPERTY = choices(...Q.property.choices);

export const propertyQuestion: Question = {
  id: 'property',
  label: '车、房和生意',
  why: Q.property.why,
  settles: (p) => /^property\.(vehicles|houses|registeredBusiness)$/.test(p),
  applies: whileMissing,
  reask: () => Q.property.reask + Q.property.example,
  prompt: () => askMany(Q.property.prompt, PROPERTY),
  parse: (text, ctx) => {
    const lc = leadingChoices(text, PROPERTY, true);
    const u = read(lc?.rest ?? text, ctx, 'property');
    const picked = new Set((lc?.picked ?? []).map((c) => c.id));
    const said = (path: string) => u.facts.some((f) => f.path === path);
    const none =
      picked.has('5') ||
      u.noneSaid ||
      (u.yes === false && !u.facts.some((f) => f.path.startsWith('property.') && f.value !== 0 && f.value !== false));
    // "不知道他名下有啥" (a child answering for a parent): a real answer; the four stay unknown for the check.
    // (Not "有个鱼塘，唔知算唔算": not knowing whether a thing counts asks what the question is for.)
    const unsure = u.idk && !hasPhrase(text, 'asksIfCounts');
    if (!lc && !none && unsure && !u.facts.some((f) => f.path.startsWith('property.')) && !u.assetsMentioned)
      return { ok: true, household: ctx.state.household, answer: '不清楚', echo: Q.property.unknown };
    if (!lc && !none && !u.facts.some((f) => f.path.startsWith('property.')) && !u.assetsMentioned) {
      const c = choiceOf(text, PROPERTY);
      if (c) picked.add(c.id);
      else return reask(ctx, u, propertyQuestion.reask(ctx));
    }
    const facts: Fact[] = [...u.facts];
    if (!said('property.vehicles')) facts.push(fact('property.vehicles', picked.has('1') ? 1 : 0, text));
    if (!said('property.houses') && picked.has('2')) facts.push(fact('property.houses', 2, text));
    if (!said('property.commercialProperty')) facts.push(fact('property.commercialProperty', picked.has('3'), text));
    if (!said('property.registeredBusiness')) facts.push(fact('property.registeredBusiness', picked.has('4'), text));
    const taken = take(ctx, facts);
    // Not two houses or more: recorded as one (the rules ask only whether there is a second), and said so.
    let household = taken.household;
    let echo = taken.echo;
    if (household.property?.houses === undefined) {
      household = { ...household, property: { ...household.property, houses: 1 } };
      echo = joinEcho(echo, '没有两套或更多住房');
    }
    return { ok: true, household, answer: none ? '都没有' : echo.replace(/^记下了：/, ''), echo };
  },
};

export const depositsQuestion: Question = {
  id: 'deposits',
  label: '存款',
  why: Q.deposits.why,
  settles: (p) => p === 'property.deposits',
  applies: whileMissing,
  reask: () => Q.deposits.reask + Q.deposits.example,
  prompt: () => ask(Q.deposits.prompt),
  parse: (text, ctx) => {
    const u = read(text, ctx, 'deposits');
    const amount = u.facts.find((f) => f.path === 'property.deposits');
    if (amount) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: `约${household.property?.deposits}元`, echo };
    }
    if (u.yes === false || u.bare.some((b) => b.n.value === 0)) {
      const { household, echo } = take(ctx, [...u.facts, fact('property.deposits', 0, text)]);
      return { ok: true, household, answer: '没有', echo };
    }
    if (u.idk) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: '不清楚', echo: joinEcho(echo, '存款您说不清楚，先空着') };
    }
    // Asked what is saved, only a debt told: "只有欠债" says nothing is saved; a debt alone ("欠银行十来万")
    // is kept and savings left open (a debt is not savings, and none was said), not asked again.
    if (u.facts.some((f) => f.path === 'debt')) {
      if (hasPhrase(text, 'onlyDebt')) {
        const { household, echo } = take(ctx, [...u.facts, fact('property.deposits', 0, text)]);
        return { ok: true, household, answer: '没有（只有欠债）', echo };
      }
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: '只说了欠债', echo: joinEcho(echo, '存款您没说，先空着') };
    }
    return reask(ctx, u, depositsQuestion.reask(ctx));
  },
};
