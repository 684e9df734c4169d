/**
 * Where the family lives and who lives together: the city (or county), the members and their
 * ages, how the others are related to the applicant (最低生活保障审核确认办法 第七条: only
 * relatives with a duty of support count), and the 户口 type, which picks the 城市 or 农村
 * standard.
 */
import type { Member, ParameterSet } from '../../../screening/index.ts';
import type { Choice } from '../../ports.ts';
import { FOR_WHOM_WORDS } from '../../messages/understood.ts';
import { Q } from '../../messages/questions.ts';
import { choiceNumbers, cityLabels, placeExample } from '../../cities.ts';
import { placeOutside } from '../../understand/places.ts';
import { hasPhrase } from '../../understand/phrases.ts';
import type { Relation } from '../../../content/lexicon/index.ts';
import {
  type Question,
  type QuestionCtx,
  ask,
  whileMissing,
  choiceOf,
  choices,
  leadingChoices,
  members,
  read,
  reask,
  take,
  who,
} from './answer-kit.ts';

const regionChoices = new WeakMap<ParameterSet, { choices: Choice[]; codes: string[] }>();

/** The cities a resident can pick, in the order the packages are registered, then "none of these". */
function regions(parameters: ParameterSet): { choices: Choice[]; codes: string[] } {
  let r = regionChoices.get(parameters);
  if (!r) {
    const cities = cityLabels(parameters);
    r = {
      choices: choices(...cities.map((c) => Q.region.choice(c.city, c.province)), Q.region.none),
      codes: cities.map((c) => c.code),
    };
    regionChoices.set(parameters, r);
  }
  return r;
}

export const regionQuestion: Question = {
  id: 'region',
  label: '住在哪里',
  why: Q.region.why,
  settles: (p) => p === 'region',
  // Asked first, before any report exists; afterwards only if the region is missing again.
  applies(ctx) {
    return !ctx.state.region || whileMissing.call(this, ctx);
  },
  reask: (ctx) =>
    Q.region.reask(choiceNumbers(regions(ctx.parameters).choices.length)) +
    Q.region.example(placeExample(ctx.parameters)),
  prompt: (ctx) => ask(Q.region.prompt, regions(ctx.parameters).choices),
  parse: (text, ctx) => {
    const { choices: offered, codes } = regions(ctx.parameters);
    const u = read(text, ctx, 'region');
    const place = u.facts.find((f) => f.path === 'region')?.value as string | undefined;
    const c = place ? undefined : choiceOf(text, offered);
    const code = place ?? (c ? codes[Number(c.id) - 1] : undefined);
    const others = u.facts.filter((f) => f.path !== 'region');
    if (code) {
      const { household, echo } = take(ctx, u.facts);
      const name = ctx.parameters.regions.get(code)?.name ?? code;
      return { ok: true, household, region: code, answer: name, echo: echo || `记下了：住在${name}。` };
    }
    if (c?.id === String(offered.length))
      return { ok: true, household: take(ctx, others).household, answer: '其他地方', echo: '', end: 'not_covered' };
    // "我在广州", "俺家在临汾": a place no package covers. Said plainly (the cities covered, 12345 and
    // the local 乡镇/街道) rather than "not understood"; working there is not living there.
    const outside = c ? undefined : placeOutside(u.text, ctx.parameters);
    if (outside && !hasPhrase(u.text, 'workOrStudyThere'))
      return {
        ok: true,
        household: take(ctx, others).household,
        answer: outside,
        echo: Q.region.outside(outside),
        end: 'not_covered',
      };
    if (outside) return reask(ctx, u, Q.region.outsideWork(outside, String(offered.length)));
    return reask(ctx, u, regionQuestion.reask(ctx));
  },
};

export const membersQuestion: Question = {
  id: 'members',
  label: '家里的人和年龄',
  why: Q.members.why,
  settles: (p) => p === 'members' || p === 'size' || /^members\[\d+\]\.age$/.test(p),
  applies: whileMissing,
  reask: (ctx, sub) =>
    (sub?.step === 'ages' ? Q.members.agesReask(members(ctx.state.household).length) : Q.members.reask) +
    Q.members.example,
  prompt: (ctx, sub) => {
    // Answering for a parent (帮我爸问): the say-back said 您 is them, so the question names them too.
    const forWhom = ctx.state.askingFor ? FOR_WHOM_WORDS[ctx.state.askingFor] : undefined;
    if (sub?.step === 'ages') {
      const size = members(ctx.state.household).length || Number(sub.data?.['size'] ?? 0);
      return ask(forWhom ? Q.members.agesFor(size, forWhom) : Q.members.ages(size));
    }
    return ask(forWhom ? Q.members.promptFor(forWhom) : Q.members.prompt);
  },
  parse: (text, ctx, sub) => {
    if (sub?.step === 'ages') {
      // Ages for the members named before, in their order; a person's word binds an age to them.
      const h = ctx.state.household;
      const list = members(h);
      const u = read(text, ctx, 'members');
      const ages = u.facts.filter((f) => /^members\[\d+\]\.age$/.test(f.path));
      const sizeFact = u.facts.find((f) => f.path === 'size');
      if (!sizeFact || ages.length === 0) return reask(ctx, u, membersQuestion.reask(ctx, sub));
      if ((sizeFact.value as number) !== list.length && ages.length !== list.length)
        return reask(ctx, u, Q.members.agesReask(list.length), '比如：45，43，12');
      // Keep the relations said before; take the ages (and anything else said) from this answer.
      const merged = u.facts.filter(
        (f) =>
          (f.path !== 'size' && !/^members\[\d+\]\.relation$/.test(f.path)) ||
          (/^members\[\d+\]\.relation$/.test(f.path) && list[Number(f.path.match(/\d+/)![0])]?.relation === undefined),
      );
      const { household, echo } = take(ctx, merged);
      return { ok: true, household, answer: echoAnswer(household.members ?? []), echo };
    }
    // "3" alone: three people (an age would be 3 only for a child, who does not answer alone). (Grammar:
    // a digit captured and an optional measure word; a regex that stays.)
    const lone = text.trim().match(/^([1-9])\s{0,2}(个|口|个人|口人)?$/);
    if (lone) {
      const size = Number(lone[1]);
      const household = {
        ...ctx.state.household,
        members: Array.from({ length: size }, (_, i) => (i === 0 ? { relation: 'self' as const } : {})),
      };
      return {
        ok: true,
        household,
        answer: `${size}口人`,
        echo: `记下了：家里${size}口人。`,
        ...(size > 1
          ? { sub: { question: 'members', step: 'ages', data: { size } } }
          : { sub: { question: 'members', step: 'ages', data: { size } } }),
      };
    }
    const u = read(text, ctx, 'members');
    const size = u.facts.find((f) => f.path === 'size')?.value as number | undefined;
    // Numbers inside something else ("<script>alert(1)</script>") are not a household.
    const noise =
      u.unclear.length > 0 &&
      u.relationSequence.length === 0 &&
      !u.facts.some((f) => /^members\[\d+\]\.age$/.test(f.path) && /岁/.test(f.words));
    if (size === undefined || size < 1 || noise) return reask(ctx, u, membersQuestion.reask(ctx));
    if (size > 20) return reask(ctx, u, membersQuestion.reask(ctx));
    const { household, echo } = take(ctx, u.facts);
    const list = household.members ?? [];
    const anyAge = list.some((m) => m.age !== undefined);
    // "3个人" alone: ask the ages next, keeping the size said.
    if (!anyAge && size > 0)
      return {
        ok: true,
        household,
        answer: `${size}口人`,
        echo,
        sub: { question: 'members', step: 'ages', data: { size } },
      };
    if (
      list.length > 0 &&
      list[0]!.age === undefined &&
      size > 1 &&
      list.filter((m) => m.age === undefined).length > 0 &&
      list.filter((m) => m.age !== undefined).length === 0
    ) {
      return {
        ok: true,
        household,
        answer: `${size}口人`,
        echo,
        sub: { question: 'members', step: 'ages', data: { size } },
      };
    }
    return { ok: true, household, answer: echoAnswer(list), echo };
  },
};

function echoAnswer(list: readonly Member[]): string {
  return `${list.length}人：${list.map((m, i) => who(m, i)).join('、')}`;
}

/**
 * Who each other member is to the applicant. Asked only for members whose relation can change a
 * verdict (the engine asks when the report misses it).
 */
const RELATION_CHOICES = choices(...Q.relations.choices);
const RELATION_OF_CHOICE: Record<string, Relation> = {
  '1': 'spouse',
  '2': 'child',
  '3': 'parent',
  '4': 'grandchild',
  '5': 'grandparent',
  '6': 'sibling',
  '7': 'other',
};

export function unknownRelations(list: readonly Member[]): number[] {
  return list.flatMap((m, k) => (k > 0 && m.relation === undefined ? [k] : []));
}

export const relationsQuestion: Question = {
  id: 'relations',
  label: '家里人和你的关系',
  why: Q.relations.why,
  settles: (p) => /^members\[\d+\]\.relation$/.test(p),
  applies: whileMissing,
  reask: ({ state }) => {
    const open = unknownRelations(members(state.household)).length;
    return Q.relations.reask(open) + Q.relations.example(open);
  },
  prompt: ({ state }) => {
    const list = members(state.household);
    const open = unknownRelations(list);
    const name = (i: number) => `第${i + 1}位${list[i]?.age !== undefined ? `（${list[i]!.age}岁）` : ''}`;
    if (open.length <= 1) return ask(Q.relations.one(name(open[0] ?? 1)), RELATION_CHOICES);
    return ask(Q.relations.many(open.map(name).join('、')), RELATION_CHOICES);
  },
  parse: (text, ctx) => {
    const list = members(ctx.state.household);
    const open = unknownRelations(list);
    if (open.length === 0) return { ok: true, household: ctx.state.household, answer: '已说明', echo: '' };
    const said = relationsSaid(text, ctx, open);
    if (!said) return reask(ctx, read(text, ctx, 'relations'), relationsQuestion.reask(ctx));
    const facts = open.map((i, k) => ({
      path: `members[${i}].relation`,
      value: said[k]!,
      start: 0,
      end: text.length,
      words: text,
    }));
    // Whatever else the answer says about them (他现在尿毒症, 在县里上高中) is kept too.
    const others = read(text, ctx, 'relations').facts.filter((f) => !/^members\[\d+\]\.relation$/.test(f.path));
    const { household, echo } = take(ctx, [...facts, ...others]);
    return { ok: true, household, answer: open.map((i) => who(household.members![i]!, i)).join('、'), echo };
  },
};

/**
 * The relations an answer gives, in order, one per open member: numbers of the choices, words
 * (老伴，儿子; 心抱; 我阿妈嚟嘅), or the older and younger one (大嘅系我仔，细嘅系我孙).
 */
function relationsSaid(text: string, ctx: QuestionCtx, open: number[]): Relation[] | undefined {
  const u = read(text, ctx, 'relations');
  const seq = u.relationSequence;
  if (seq.some((r) => r.ordinal) && open.length > 1) {
    const out: (Relation | undefined)[] = open.map(() => undefined);
    const list = members(ctx.state.household);
    const byAge = [...open].sort((a, b) => (list[b]?.age ?? 0) - (list[a]?.age ?? 0));
    for (const r of seq) {
      if (!r.ordinal) continue;
      const i = r.ordinal === 'older' ? byAge[0] : byAge.at(-1);
      if (i !== undefined && r.rel) out[open.indexOf(i)] = r.rel;
    }
    if (out.every((r) => r !== undefined)) return out as Relation[];
  }
  const list = members(ctx.state.household);
  // "第二个系我老伴", "第2位是俺孙女": each member named by their place in the list the question showed
  // (第二个 is that member, not choice 2).
  const byPlace = open.map((i) => {
    const hits = seq.filter((r) => r.member === i && r.rel !== undefined);
    return hits.length >= 1 ? hits.at(-1)!.rel : undefined;
  });
  if (byPlace.every((r) => r !== undefined && r !== 'self')) return byPlace as Relation[];
  // "71嗰个係老婆，40嗰个係我侄仔": each member named by the age the question showed.
  const byAge = open.map((i) => {
    const hits = seq.filter((r) => r.age !== undefined && r.age === list[i]?.age);
    return hits.length === 1 && open.filter((j) => list[j]?.age === list[i]?.age).length === 1
      ? hits[0]!.rel
      : undefined;
  });
  if (byAge.every((r) => r !== undefined && r !== 'self')) return byAge as Relation[];
  // ("儿媳妇和孙子 儿子在外头打工", "俺闺女 闺女离婚回来住的": more words than members asked about, those
  // said to live elsewhere are not them, and a word said again is the one just named.)
  const named = seq.filter((r) => r.rel !== undefined && r.rel !== 'self');
  const rels = (named.length > open.length ? named.filter((r) => !r.away && !r.again) : named).map((r) => r.rel!);
  // "两个都系孙", "都是俺闺女", "子女": one word for every member asked about.
  if (rels.length === 1 && open.length > 1 && (hasPhrase(text, 'allAre') || hasPhrase(text, 'kinOfSeveral')))
    return open.map(() => rels[0]!);
  // Numbers typed as numbers ("2 3", "7 是俺侄子"), not numerals inside words (一世).
  const numbers = (leadingChoices(text, RELATION_CHOICES, true, true)?.picked ?? []).map(
    (c) => RELATION_OF_CHOICE[c.id]!,
  );
  // "1 4 小的是俺外孙 他妈没了…": a number for each, then words about them and others — the numbers,
  // unless a word picked by 大的/小的 says otherwise.
  const agrees = seq.every((r) => {
    if (!r.ordinal || !r.rel) return true;
    const byAge = [...open].sort((a, b) => (list[b]?.age ?? 0) - (list[a]?.age ?? 0));
    const i = r.ordinal === 'older' ? byAge[0] : byAge.at(-1);
    return i === undefined || numbers[open.indexOf(i)] === r.rel;
  });
  if (numbers.length === open.length && open.length > 1 && seq.some((r) => r.ordinal) && agrees) return numbers;
  if (rels.length === open.length && numbers.length !== open.length) return rels;
  if (numbers.length === open.length && (rels.length === 0 || rels.length === numbers.length || open.length === 1))
    return numbers;
  if (rels.length === open.length) return rels;
  // One open member and several words for the same person ("2，俺儿子"): the first is enough.
  if (open.length === 1 && (rels.length > 0 || numbers.length > 0)) return [numbers[0] ?? rels[0]!];
  return undefined;
}

const HUKOU = choices(...Q.hukou.choices);

export const hukouQuestion: Question = {
  id: 'hukou',
  label: '户口类型',
  why: Q.hukou.why,
  settles: (p) => p === 'hukou',
  applies: whileMissing,
  reask: () => Q.hukou.reask + Q.hukou.example,
  prompt: () => ask(Q.hukou.prompt, HUKOU),
  parse: (text, ctx) => {
    const u = read(text, ctx, 'hukou');
    const said = u.facts.find((f) => f.path === 'hukou');
    const c = said ? undefined : choiceOf(text, HUKOU);
    if (said || c?.id === '1' || c?.id === '2') {
      const facts = said
        ? u.facts
        : [
            ...u.facts,
            { path: 'hukou', value: c!.id === '1' ? 'rural' : 'urban', start: 0, end: text.length, words: text },
          ];
      const { household, echo } = take(ctx, facts);
      return { ok: true, household, answer: household.hukou === 'rural' ? '农村户口' : '城镇户口', echo };
    }
    if (c?.id === '3' || u.idk) {
      const { household, echo } = take(ctx, u.facts);
      return { ok: true, household, answer: '不清楚', echo: echo || '记下了：户口类型不清楚，先按两种情况都估计。' };
    }
    // "现在不都叫居民户口了么": the reform, not the family's 户口 — say how to answer, then ask again.
    if (u.hukouReform) return { ...reask(ctx, u, ''), answered: Q.hukou.reform };
    return reask(ctx, u, hukouQuestion.reask(ctx));
  },
};
