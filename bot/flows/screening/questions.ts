/**
 * The screening questions, in the natural order of a patient 民政 worker: where you live →
 * who lives with you → age, disability, illness → work and income → property → family who
 * support you → recent emergencies or big expenses. Each question says which missing facts of
 * the ScreeningReport it settles; the engine asks only questions whose facts are missing, so no
 * resident answers a question that cannot change a verdict.
 */
import type { Household, Member, Obligor } from '../../../screening/index.ts';
import type { Choice, OutboundMessage } from '../../ports.ts';
import type { DialogueState, SubStep } from '../../state.ts';
import { normalise, parseAges, parseAmount, parseAnnualAmount, parseChoice, parseChoices, parseCount, parseYesNo } from '../../answers/parse.ts';
import { parseWhen } from '../../answers/dates.ts';

export type Parsed =
  | { ok: true; household: Household; region?: string; answer: string; sub?: SubStep; end?: 'not_covered' }
  | { ok: false; reask: string };

export interface QuestionCtx {
  state: DialogueState;
  today: string;
}

export interface Question {
  id: string;
  label: string;
  settles(path: string): boolean;
  prompt(ctx: QuestionCtx, sub?: SubStep): OutboundMessage;
  answer(text: string, ctx: QuestionCtx, sub?: SubStep): Parsed;
}

const choices = (...labels: string[]): Choice[] => labels.map((label, i) => ({ id: String(i + 1), label }));
const ask = (text: string, cs?: Choice[]): OutboundMessage => (cs ? { type: 'choices', text, choices: cs } : { type: 'text', text });
const reask = (why: string, example: string): Parsed => ({ ok: false, reask: `${why}${example}` });

/**
 * A yes/no question asked with two numbered choices: yes/no words, the number of either choice,
 * or extra words that mean yes or no for this question ("还有", "无儿无女").
 */
function yesNoAnswer(text: string, ids: { yes: '1' | '2'; no: '1' | '2' }, extra?: { yes?: RegExp; no?: RegExp }): boolean | undefined {
  const word = parseYesNo(text);
  if (word !== undefined) return word;
  const t = normalise(text).trim();
  if (t === ids.yes || extra?.yes?.test(t)) return true;
  if (t === ids.no || extra?.no?.test(t)) return false;
  return undefined;
}

function members(h: Household): Member[] {
  return h.members ?? [];
}

function who(m: Member, i: number): string {
  const age = m.age !== undefined ? `${m.age}岁` : '';
  return i === 0 ? `你自己${age ? `（${age}）` : ''}` : `第${i + 1}位${age ? `（${age}）` : ''}`;
}

function memberChoices(h: Household): Choice[] {
  return members(h).map((m, i) => ({ id: String(i + 1), label: who(m, i) }));
}

function setMember(h: Household, i: number, patch: Partial<Member>): Household {
  return { ...h, members: members(h).map((m, j) => (j === i ? { ...m, ...patch } : m)) };
}

function setAllMembers(h: Household, patch: (m: Member) => Partial<Member>): Household {
  return { ...h, members: members(h).map((m) => ({ ...m, ...patch(m) })) };
}

/** Ask which member when there are several; with one member, it is them. */
function pickMember(text: string, h: Household): number | undefined {
  const ms = members(h);
  if (ms.length === 1) return 0;
  const c = parseChoice(text, memberChoices(h));
  if (c) return Number(c.id) - 1;
  const ages = parseAges(text);
  if (ages?.length === 1) {
    const idx = ms.findIndex((m) => m.age === ages[0]);
    if (idx >= 0) return idx;
  }
  if (/自己|本人|我$/.test(text)) return 0;
  return undefined;
}

const REGIONS = choices('运城市（山西）', '阳江市（广东）', '都不是');
const REGION_CODES: Record<string, string> = { '1': '140800', '2': '441700' };
const CITY_WORDS: [RegExp, string][] = [
  [/运城|盐湖|临猗|万荣|闻喜|稷山|新绛|绛县|垣曲|夏县|平陆|芮城|永济|河津/, '140800'],
  [/阳江|江城|阳东|阳西|阳春/, '441700'],
];

export const regionQuestion: Question = {
  id: 'region',
  label: '住在哪里',
  settles: (p) => p === 'region',
  prompt: () => ask('你家住在哪个市？请回复数字：', REGIONS),
  answer: (text, { state }) => {
    const hit = CITY_WORDS.find(([re]) => re.test(text));
    const c = parseChoice(text, REGIONS);
    const code = hit?.[1] ?? (c ? REGION_CODES[c.id] : undefined);
    if (code) return { ok: true, household: state.household, region: code, answer: code === '140800' ? '运城市' : '阳江市' };
    if (c?.id === '3') return { ok: true, household: state.household, answer: '其他地方', end: 'not_covered' };
    return reask('请回复数字 1、2 或 3。', '比如：1');
  },
};

export const membersQuestion: Question = {
  id: 'members',
  label: '家里人的年龄',
  settles: (p) => p === 'members' || p === 'size' || /^members\[\d+\]\.age$/.test(p),
  prompt: (_ctx, sub) =>
    sub?.step === 'ages'
      ? ask(`好的，${String(sub.data?.['size'])}口人。请说说每个人的年龄，用逗号隔开，第一个是你自己。比如：45，43，12`)
      : ask('家里一起生活的有几个人？请说说每个人的年龄，用逗号隔开，第一个是你自己。\n比如：78，75（就你一个人，就只说你的年龄）'),
  answer: (text, { state }, sub) => {
    const sizeOnly = /(\d{1,3}|[一二两三四五六七八九十]{1,4})\s{0,3}(口|个人|人)/.test(text) && !/岁/.test(text);
    const ages = parseAges(text.replace(/(\d{1,3}|[一二两三四五六七八九十]{1,4})\s{0,3}(口人?|个人)/, ''));
    if (!sub && sizeOnly && (!ages || ages.length === 0)) {
      const size = parseCount(text.replace(/[^0-9一二两三四五六七八九十]/g, ''));
      if (size && size > 0) return { ok: true, household: state.household, answer: `${size}口人`, sub: { question: 'members', step: 'ages', data: { size } } };
    }
    if (!ages || ages.length === 0) return reask('请用数字说每个人的年龄。', '比如：78，75');
    const expected = typeof sub?.data?.['size'] === 'number' ? (sub.data['size'] as number) : undefined;
    if (expected !== undefined && ages.length !== expected) return reask(`你说家里${expected}口人，请说${expected}个年龄。`, '比如：45，43，12');
    const list: Member[] = ages.map((age, i) => ({ ...(i === 0 ? { relation: 'self' as const } : {}), age }));
    const { size: _size, ...rest } = state.household;
    return { ok: true, household: { ...rest, members: list }, answer: `${ages.length}人：${ages.map((a) => `${a}岁`).join('、')}` };
  },
};

/**
 * Who each other member is to the applicant: only relatives with a duty of support count as
 * household members (最低生活保障审核确认办法 第七条), and a spouse, parent or grown child at home
 * is an obligor for 特困 (特困人员认定办法 第八条). Asked one member at a time, only for members
 * whose relation can change a verdict.
 */
const RELATION_CHOICES = choices('配偶（老伴）', '子女', '父母', '孙子女、外孙子女', '祖父母、外祖父母', '兄弟姐妹', '其他亲戚或不是亲戚（比如侄子、儿媳、朋友）');
const RELATION_OF_CHOICE: Record<string, NonNullable<Member['relation']>> = { '1': 'spouse', '2': 'child', '3': 'parent', '4': 'grandchild', '5': 'grandparent', '6': 'sibling', '7': 'other' };
const RELATION_WORDS: [RegExp, NonNullable<Member['relation']>][] = [
  [/侄|外甥|儿媳|媳妇|女婿|亲家|朋友|邻居|保姆|表|堂/, 'other'],
  [/老伴|配偶|妻子|丈夫|老婆|老公|爱人|媳妇儿/, 'spouse'],
  [/外孙|孙子|孙女/, 'grandchild'],
  [/爷爷|奶奶|外公|外婆|姥姥|姥爷|祖父|祖母/, 'grandparent'],
  [/儿子|女儿|孩子|子女|闺女/, 'child'],
  [/父亲|母亲|爸|妈|父母|老人/, 'parent'],
  [/哥|姐|弟|妹|兄/, 'sibling'],
];
const RELATION_LABEL: Record<NonNullable<Member['relation']>, string> = {
  self: '本人', spouse: '配偶', child: '子女', parent: '父母', grandparent: '祖父母', grandchild: '孙子女', sibling: '兄弟姐妹', other: '其他',
};

function unknownRelations(h: Household): number[] {
  return members(h).flatMap((m, k) => (k > 0 && m.relation === undefined ? [k] : []));
}

function relationOf(token: string): NonNullable<Member['relation']> | undefined {
  return RELATION_WORDS.find(([re]) => re.test(token))?.[1] ?? RELATION_OF_CHOICE[parseChoice(token, RELATION_CHOICES)?.id ?? ''];
}

export const relationsQuestion: Question = {
  id: 'relations',
  label: '家里人和你的关系',
  settles: (p) => /^members\[\d+\]\.relation$/.test(p),
  prompt: ({ state }) => {
    const open = unknownRelations(state.household);
    const list = members(state.household);
    if (open.length <= 1) return ask(`${who(list[open[0] ?? 1] ?? {}, open[0] ?? 1)}是你的什么人？请回复数字：`, RELATION_CHOICES);
    return ask(`${open.map((i) => who(list[i]!, i)).join('、')}分别是你的什么人？按顺序说，用逗号隔开，比如：老伴，儿子。也可以回复数字，比如：1，2`, RELATION_CHOICES);
  },
  answer: (text, { state }) => {
    const open = unknownRelations(state.household);
    if (open.length === 0) return { ok: true, household: state.household, answer: '已说明' };
    const tokens = normalise(text).split(/[，,、;；\s]+/).filter(Boolean);
    const said = (open.length === 1 ? [tokens.join('')] : tokens).map(relationOf);
    if (said.length !== open.length || said.some((r) => r === undefined)) {
      return reask(open.length === 1 ? '请回复 1 到 7 的数字。' : `请按顺序说这${open.length}个人的关系，用逗号隔开。`, open.length === 1 ? '比如：1（老伴）' : '比如：老伴，儿子');
    }
    const byIndex = new Map(open.map((i, k) => [i, said[k]!]));
    const list = members(state.household).map((m, k) => (byIndex.has(k) ? { ...m, relation: byIndex.get(k)! } : m));
    const answer = open.map((i) => `${who(list[i]!, i)}：${RELATION_LABEL[byIndex.get(i)!]}`).join('；');
    return { ok: true, household: { ...state.household, members: list }, answer };
  },
};

const HUKOU = choices('农村户口', '城镇户口（城市居民）', '不清楚');
export const hukouQuestion: Question = {
  id: 'hukou',
  label: '户口类型',
  settles: (p) => p === 'hukou',
  prompt: () => ask('你家是农村户口还是城镇户口？', HUKOU),
  answer: (text, { state }) => {
    const t = text.replace(/\s/g, '');
    const c = /农村|农业|村里/.test(t) ? HUKOU[0] : /城镇|城市|居民|非农/.test(t) ? HUKOU[1] : parseChoice(t, HUKOU);
    if (!c) return reask('请回复 1、2 或 3。', '比如：1（农村户口）');
    if (c.id === '3') return { ok: true, household: state.household, answer: '不清楚' };
    return { ok: true, household: { ...state.household, hukou: c.id === '1' ? 'rural' : 'urban' }, answer: c.label };
  },
};

const KINDS: [string, NonNullable<Member['disability']>['kind'], RegExp][] = [
  ['肢体', 'physical', /肢体|腿|胳膊|瘫|截肢|偏瘫/],
  ['视力', 'visual', /视力|眼|盲/],
  ['听力', 'hearing', /听力|聋|耳/],
  ['言语', 'speech', /言语|哑|说话/],
  ['智力', 'intellectual', /智力|智障|脑瘫/],
  ['精神', 'mental', /精神/],
  ['多重', 'multiple', /多重/],
];
const KIND_CHOICES = choices(...KINDS.map(([name]) => `${name}残疾`));
const GRADE_CHOICES = choices('一级', '二级', '三级', '四级');

function parseGrade(text: string): number | undefined {
  const m = text.match(/([1-4一二三四])\s*级/) ?? text.match(/^\s*([1-4一二三四])\s*$/);
  if (!m?.[1]) return undefined;
  return '1一'.includes(m[1]) ? 1 : '2二'.includes(m[1]) ? 2 : '3三'.includes(m[1]) ? 3 : 4;
}

function parseKind(text: string): NonNullable<Member['disability']>['kind'] | undefined {
  const c = /^\s*[1-7]\s*$/.test(text) ? parseChoice(text, KIND_CHOICES) : undefined;
  if (c) return KINDS[Number(c.id) - 1]?.[1];
  return KINDS.find(([, , re]) => re.test(text))?.[1];
}

export const disabilityQuestion: Question = {
  id: 'disability',
  label: '残疾情况',
  settles: (p) => /^members\[\d+\]\.(hasDisability|disability\.(kind|grade))$/.test(p),
  prompt: ({ state }, sub) => {
    const h = state.household;
    if (sub?.step === 'which') return ask('是哪一位有残疾证？', memberChoices(h));
    if (sub?.step === 'kind') return ask('是什么类别的残疾？也可以直接说类别和等级，比如“肢体二级”。', KIND_CHOICES);
    if (sub?.step === 'grade') return ask('残疾证上写的是几级？', GRADE_CHOICES);
    if (sub?.step === 'more') return ask('还有别人有残疾证吗？', choices('没有了', '还有'));
    return ask(members(h).length > 1 ? '家里有没有人有残疾证？' : '你有残疾证吗？', choices('没有', '有'));
  },
  answer: (text, { state }, sub) => {
    const h = state.household;
    const idx = typeof sub?.data?.['member'] === 'number' ? (sub.data['member'] as number) : undefined;
    if (!sub || sub.step === 'more') {
      const yes = yesNoAnswer(text, { yes: '2', no: '1' }, { yes: /还有/ });
      if (yes === undefined) return reask('请回复 1 或 2。', '比如：1（没有）');
      if (!yes) {
        return {
          ok: true,
          household: setAllMembers(h, (m) => (m.hasDisability === true ? {} : { hasDisability: false })),
          answer: sub ? '没有别人了' : '没有残疾证',
        };
      }
      if (members(h).length === 1) return { ok: true, household: setMember(h, 0, { hasDisability: true }), answer: '有残疾证', sub: { question: 'disability', step: 'kind', data: { member: 0 } } };
      return { ok: true, household: h, answer: '有', sub: { question: 'disability', step: 'which' } };
    }
    if (sub.step === 'which') {
      const i = pickMember(text, h);
      if (i === undefined) return reask('请回复这位家人前面的数字。', '比如：2');
      return { ok: true, household: setMember(h, i, { hasDisability: true }), answer: who(members(h)[i]!, i), sub: { question: 'disability', step: 'kind', data: { member: i } } };
    }
    if (idx === undefined) return reask('请再说一次。', '');
    if (sub.step === 'kind') {
      const kind = parseKind(text);
      const grade = parseGrade(text);
      if (!kind) return reask('请回复类别前面的数字。', '比如：1（肢体残疾）');
      const next = setMember(h, idx, { hasDisability: true, disability: { kind, ...(grade ? { grade } : {}) } });
      const label = KINDS.find(([, k]) => k === kind)?.[0] ?? '';
      if (grade) return { ok: true, household: next, answer: `${label}${GRADE_CHOICES[grade - 1]?.label}`, ...moreSub(next) };
      return { ok: true, household: next, answer: `${label}残疾`, sub: { question: 'disability', step: 'grade', data: { member: idx } } };
    }
    const grade = parseGrade(text) ?? (parseChoice(text, GRADE_CHOICES) ? Number(parseChoice(text, GRADE_CHOICES)!.id) : undefined);
    if (!grade) return reask('请回复 1 到 4。', '比如：2（二级）');
    const m = members(h)[idx]!;
    const next = setMember(h, idx, { disability: { ...m.disability, grade } });
    return { ok: true, household: next, answer: `${grade}级`, ...moreSub(next) };
  },
};

function moreSub(h: Household): { sub?: SubStep } {
  return members(h).length > 1 && members(h).some((m) => m.hasDisability === undefined) ? { sub: { question: 'disability', step: 'more' } } : {};
}

const ON_LIST = choices('是', '不是', '不清楚');
export const illnessQuestion: Question = {
  id: 'illness',
  label: '重病情况',
  settles: (p) => /^members\[\d+\]\.seriousIllness$/.test(p),
  prompt: ({ state }, sub) => {
    if (sub?.step === 'which') return ask('是哪一位得了重病？', memberChoices(state.household));
    if (sub?.step === 'list') return ask('这种病是不是当地认定的重特大疾病（比如癌症、尿毒症透析、白血病）？医院或乡镇说过的话，按他们说的回答。', ON_LIST);
    return ask(members(state.household).length > 1 ? '家里有没有人得了重病，比如癌症、尿毒症（要透析）、白血病？' : '你有没有得重病，比如癌症、尿毒症（要透析）、白血病？', choices('没有', '有'));
  },
  answer: (text, { state }, sub) => {
    const h = state.household;
    if (!sub) {
      const yes = yesNoAnswer(text, { yes: '2', no: '1' });
      if (yes === undefined) return reask('请回复 1 或 2。', '比如：1（没有）');
      if (!yes) return { ok: true, household: setAllMembers(h, (m) => (m.seriousIllness === true ? {} : { seriousIllness: false })), answer: '没有' };
      if (members(h).length === 1) return { ok: true, household: setMember(h, 0, { seriousIllness: true }), answer: '有', sub: { question: 'illness', step: 'list', data: { member: 0 } } };
      return { ok: true, household: h, answer: '有', sub: { question: 'illness', step: 'which' } };
    }
    if (sub.step === 'which') {
      const i = pickMember(text, h);
      if (i === undefined) return reask('请回复这位家人前面的数字。', '比如：1');
      const next = setAllMembers(setMember(h, i, { seriousIllness: true }), (m) => (m.seriousIllness === undefined ? { seriousIllness: false } : {}));
      return { ok: true, household: next, answer: who(members(h)[i]!, i), sub: { question: 'illness', step: 'list', data: { member: i } } };
    }
    const i = (sub.data?.['member'] as number | undefined) ?? 0;
    const c = parseChoice(text, ON_LIST) ?? (parseYesNo(text) === true ? ON_LIST[0] : parseYesNo(text) === false ? ON_LIST[1] : undefined);
    if (!c) return reask('请回复 1、2 或 3。', '比如：3（不清楚）');
    const patch: Partial<Member> = c.id === '1' ? { illnessOnLocalList: true } : c.id === '2' ? { illnessOnLocalList: false } : {};
    return { ok: true, household: setMember(h, i, patch), answer: c.label };
  },
};

export const employedQuestion: Question = {
  id: 'employed',
  label: '打工上班的人数',
  settles: (p) => /^members\[\d+\]\.employed$/.test(p) || p === 'employedCount',
  prompt: () => ask('家里有几个人在打工或上班，有工资收入？没有就回复 0。'),
  answer: (text, { state }) => {
    const n = parseCount(text);
    const h = state.household;
    if (n === undefined || n > Math.max(members(h).length, 1)) return reask('请回复一个数字。', '比如：1');
    if (members(h).length === 0) return { ok: true, household: { ...h, employedCount: n }, answer: `${n}人` };
    // Mark the n working-age members (16–64) first, then anyone else, as employed.
    const order = members(h)
      .map((m, i) => ({ i, working: m.age !== undefined && m.age >= 16 && m.age < 65 }))
      .sort((a, b) => Number(b.working) - Number(a.working));
    const employed = new Set(order.slice(0, n).map((x) => x.i));
    return { ok: true, household: { ...h, members: members(h).map((m, i) => ({ ...m, employed: employed.has(i) })) }, answer: `${n}人` };
  },
};

type IncomeKey = 'wages' | 'business' | 'property' | 'pensions' | 'support';
const INCOME_KINDS: [IncomeKey, string, string][] = [
  ['wages', '打工或上班的工资', '打工或上班的工资'],
  ['business', '种地、养殖、做小生意', '种地、养殖或做生意（扣掉成本后）'],
  ['property', '房租、利息、分红', '房租、利息、分红'],
  ['pensions', '养老金、退休金（不算农村基础养老金）', '养老金、退休金'],
  ['support', '子女或亲属给的生活费', '子女或亲属给的生活费'],
];
const INCOME_CHOICES = choices(...INCOME_KINDS.map(([, label]) => label), '都没有');

export const incomeQuestion: Question = {
  id: 'income',
  label: '收入',
  settles: (p) => /^income\.(wages|business|property|pensions|support)$/.test(p),
  prompt: (_ctx, sub) => {
    if (sub?.step === 'amount') {
      const key = sub.data?.['key'] as IncomeKey;
      const name = INCOME_KINDS.find(([k]) => k === key)?.[2] ?? '';
      return ask(`${name}，全家平均每月大概多少钱？也可以说一年多少，比如“一年2万”。`);
    }
    return ask('最近一年，家里有哪些收入？可以回复多个数字，比如：1 5', INCOME_CHOICES);
  },
  answer: (text, { state }, sub) => {
    const h = state.household;
    const income = { ...(h.income ?? {}) };
    if (!sub) {
      const picked = /都没有|没有收入|没收入/.test(text) ? [INCOME_CHOICES[5]!] : parseChoices(text, INCOME_CHOICES);
      if (!picked) return reask('请回复收入前面的数字，可以回复多个。', '比如：1 5');
      const none = picked.some((c) => c.id === '6');
      const keys = none ? [] : picked.map((c) => INCOME_KINDS[Number(c.id) - 1]![0]);
      for (const [k] of INCOME_KINDS) {
        if (!keys.includes(k)) {
          if (k === 'support') income.support = [];
          else income[k] = 0;
        }
      }
      const answer = none ? '都没有' : picked.map((c) => c.label).join('、');
      const [first, ...rest] = keys;
      return { ok: true, household: { ...h, income }, answer, ...(first ? { sub: { question: 'income', step: 'amount', data: { key: first, rest } } } : {}) };
    }
    const key = sub.data?.['key'] as IncomeKey;
    const rest = (sub.data?.['rest'] as IncomeKey[] | undefined) ?? [];
    const amount = parseAnnualAmount(text, 'month');
    if (amount === undefined) return reask('请说一个大概的钱数。', '比如：每月1500，或者一年2万');
    if (key === 'support') income.support = [{ amount }];
    else income[key] = amount;
    const [next, ...more] = rest;
    return {
      ok: true,
      household: { ...h, income },
      answer: `${INCOME_KINDS.find(([k]) => k === key)?.[2]}：一年约${amount}元`,
      ...(next ? { sub: { question: 'income', step: 'amount', data: { key: next, rest: more } } } : {}),
    };
  },
};

export const basicPensionQuestion: Question = {
  id: 'basicPension',
  label: '基础养老金',
  settles: (p) => p === 'income.basicPension',
  prompt: () => ask('家里老人每月领多少城乡居民养老金（农村养老金、基础养老金）？全家加起来，没有就回复 0。'),
  answer: (text, { state }) => {
    const amount = parseAnnualAmount(text, 'month');
    if (amount === undefined) return reask('请说一个大概的钱数。', '比如：每月150');
    return { ok: true, household: { ...state.household, income: { ...(state.household.income ?? {}), basicPension: amount } }, answer: `一年约${amount}元` };
  },
};

const PAYER = choices('低保户', '特困人员', '低收入家庭（低保边缘）', '都不是');
export const supportPayerQuestion: Question = {
  id: 'supportPayer',
  label: '给生活费的亲属情况',
  settles: (p) => /^income\.support\[\d+\]\.payerStatus$/.test(p),
  prompt: () => ask('给你们生活费的子女或亲属，他们自己是不是也有困难？', PAYER),
  answer: (text, { state }) => {
    const c = parseChoice(text, PAYER);
    if (!c) return reask('请回复 1 到 4。', '比如：4（都不是）');
    const status = (['dibao', 'tekun', 'low_income', 'none'] as const)[Number(c.id) - 1]!;
    const income = state.household.income ?? {};
    return { ok: true, household: { ...state.household, income: { ...income, support: (income.support ?? []).map((s) => ({ ...s, payerStatus: status })) } }, answer: c.label };
  },
};

const PROPERTY = choices('汽车（不算残疾人代步车、摩托车、农机）', '两套或更多住房', '商铺、门面等', '开了公司或个体户', '都没有');
export const propertyQuestion: Question = {
  id: 'property',
  label: '车、房和生意',
  settles: (p) => /^property\.(vehicles|houses|registeredBusiness)$/.test(p),
  prompt: () => ask('家里有下面这些吗？可以回复多个数字，都没有就回复 5。', PROPERTY),
  answer: (text, { state }) => {
    const picked = /都没有|没有/.test(text) ? [PROPERTY[4]!] : parseChoices(text, PROPERTY);
    if (!picked) return reask('请回复前面的数字，可以回复多个。', '比如：5（都没有）');
    const has = (id: string) => picked.some((c) => c.id === id);
    const property = {
      ...(state.household.property ?? {}),
      vehicles: has('1') ? 1 : 0,
      houses: has('2') ? 2 : 1,
      commercialProperty: has('3'),
      registeredBusiness: has('4'),
    };
    return { ok: true, household: { ...state.household, property }, answer: has('5') ? '都没有' : picked.map((c) => c.label).join('、') };
  },
};

export const depositsQuestion: Question = {
  id: 'deposits',
  label: '存款',
  settles: (p) => p === 'property.deposits',
  prompt: () => ask('家里的存款、理财、借给别人的钱，一共大概多少？没有就回复 0。说个大概就行。'),
  answer: (text, { state }) => {
    const amount = parseAmount(text);
    if (amount === undefined) return reask('请说一个大概的钱数。', '比如：5000，或者 没有');
    return { ok: true, household: { ...state.household, property: { ...(state.household.property ?? {}), deposits: amount } }, answer: `约${amount}元` };
  },
};

const SITUATIONS: [string, Obligor][] = [
  ['年纪不大、身体好，有能力照顾', { ableBodiedAdult: true, status: 'none' }],
  ['本身是特困人员', { status: 'tekun' }],
  ['60岁以上的低保户', { status: 'dibao', age: 60 }],
  ['70岁以上，收入低、没什么财产', { age: 70, incomeBelowLocalAverage: true, propertyWithinLowIncomeRules: true }],
  ['重度残疾，收入低、没什么财产', { severeDisability: true, incomeBelowLocalAverage: true, propertyWithinLowIncomeRules: true }],
  ['在服刑、下落不明或没有行为能力（也没什么财产）', { imprisoned: true, propertyWithinLowIncomeRules: true }],
  ['不清楚', {}],
];
const SITUATION_CHOICES = choices(...SITUATIONS.map(([l]) => l));

export const obligorsQuestion: Question = {
  id: 'obligors',
  label: '不住在一起的子女等',
  settles: (p) => p === 'obligors.exist' || p === 'obligors.list' || /^obligors\.list\[\d+\]\./.test(p),
  prompt: (_ctx, sub) =>
    sub?.step === 'situation'
      ? ask('他们的情况是哪种？几个人情况不同，可以回复多个数字。', SITUATION_CHOICES)
      : ask('有没有不住在一起、按法律有赡养（抚养、扶养）义务的亲人？比如在外面的子女、配偶或父母。', choices('没有', '有')),
  answer: (text, { state }, sub) => {
    const h = state.household;
    if (!sub) {
      const yes = yesNoAnswer(text, { yes: '2', no: '1' }, { no: /无儿无女|没有子女/ });
      if (yes === undefined) return reask('请回复 1 或 2。', '比如：2（有）');
      if (!yes) return { ok: true, household: { ...h, obligors: { exist: false } }, answer: '没有' };
      return { ok: true, household: { ...h, obligors: { exist: true } }, answer: '有', sub: { question: 'obligors', step: 'situation' } };
    }
    const picked = parseChoices(text, SITUATION_CHOICES);
    if (!picked) return reask('请回复前面的数字。', '比如：1');
    const list = picked.map((c) => ({ relation: 'child' as const, ...SITUATIONS[Number(c.id) - 1]![1] }));
    return { ok: true, household: { ...h, obligors: { exist: true, list } }, answer: picked.map((c) => c.label).join('、') };
  },
};

const HARDSHIPS: [string, 'fire' | 'traffic_accident' | 'sudden_illness' | 'natural_disaster' | 'expense'][] = [
  ['火灾', 'fire'],
  ['车祸或意外受伤', 'traffic_accident'],
  ['突然得了重病', 'sudden_illness'],
  ['水灾、地震等灾害', 'natural_disaster'],
  ['看病、上学等花了很多钱', 'expense'],
];
const HARDSHIP_CHOICES = choices(...HARDSHIPS.map(([l]) => l), '都没有');

export const hardshipQuestion: Question = {
  id: 'hardship',
  label: '急事和大额支出',
  settles: (p) => p === 'hardship' || /^hardship\./.test(p),
  prompt: (_ctx, sub) => {
    if (sub?.step === 'when') return ask('这件事是什么时候发生的？比如：上个月、10月5日、三天前。');
    if (sub?.step === 'severe') return ask('现在家里的基本生活是不是很困难，比如吃饭、住的地方成了问题？', choices('是，很困难', '还能维持'));
    if (sub?.step === 'expense') return ask('最近一年看病、上学等，自己掏了大概多少钱（报销以后）？');
    return ask('最近半年，家里有没有遇到下面的事？可以回复多个数字，都没有就回复 6。', HARDSHIP_CHOICES);
  },
  answer: (text, { state, today }, sub) => {
    const h = state.household;
    const hardship = { ...(h.hardship ?? {}) };
    if (!sub) {
      const picked = /都没有|没有/.test(text) ? [HARDSHIP_CHOICES[5]!] : parseChoices(text, HARDSHIP_CHOICES);
      if (!picked) return reask('请回复前面的数字，可以回复多个。', '比如：6（都没有）');
      if (picked.some((c) => c.id === '6')) return { ok: true, household: { ...h, hardship: { none: true, events: [], expenses: [] } }, answer: '都没有' };
      const kinds = picked.map((c) => HARDSHIPS[Number(c.id) - 1]![1]);
      const events = kinds.filter((k) => k !== 'expense').map((kind) => ({ kind: kind as 'fire' }));
      const next: Household = { ...h, hardship: { none: false, events, expenses: [] } };
      const answer = picked.map((c) => c.label).join('、');
      if (events.length > 0) return { ok: true, household: next, answer, sub: { question: 'hardship', step: 'when', data: { expense: kinds.includes('expense') } } };
      return { ok: true, household: next, answer, sub: { question: 'hardship', step: 'expense' } };
    }
    if (sub.step === 'when') {
      const date = parseWhen(text, today);
      if (!date || date > today) return reask('请说一下大概的时间。', '比如：上个月，或者 10月5日');
      hardship.events = (hardship.events ?? []).map((e) => ({ ...e, date }));
      return { ok: true, household: { ...h, hardship }, answer: date, sub: { question: 'hardship', step: 'severe', data: sub.data ?? {} } };
    }
    if (sub.step === 'severe') {
      const yes = yesNoAnswer(text, { yes: '1', no: '2' }, { yes: /困难/, no: /维持|还行|能过/ });
      if (yes === undefined) return reask('请回复 1 或 2。', '比如：1');
      hardship.events = (hardship.events ?? []).map((e) => ({ ...e, basicLivingSevere: yes }));
      const next = { ...h, hardship };
      return { ok: true, household: next, answer: yes ? '很困难' : '还能维持', ...(sub.data?.['expense'] ? { sub: { question: 'hardship', step: 'expense' } } : {}) };
    }
    const amount = parseAmount(text);
    if (amount === undefined) return reask('请说一个大概的钱数。', '比如：3万');
    hardship.expenses = amount > 0 ? [{ kind: 'medical', amount }] : [];
    return { ok: true, household: { ...h, hardship }, answer: `约${amount}元` };
  },
};

export const expenditureTypeQuestion: Question = {
  id: 'expenditureType',
  label: '是否支出型困难',
  settles: (p) => p === 'expenditureType',
  prompt: () => ask('家里是不是因为看病、残疾、上学或突发的事花钱太多，实际生活比低保标准还低？', choices('是', '不是')),
  answer: (text, { state }) => {
    const yes = yesNoAnswer(text, { yes: '1', no: '2' });
    if (yes === undefined) return reask('请回复 1 或 2。', '比如：2');
    return { ok: true, household: { ...state.household, expenditureType: yes }, answer: yes ? '是' : '不是' };
  },
};

/** In the order asked. */
export const QUESTIONS: readonly Question[] = [
  regionQuestion,
  membersQuestion,
  relationsQuestion,
  hukouQuestion,
  disabilityQuestion,
  illnessQuestion,
  employedQuestion,
  incomeQuestion,
  basicPensionQuestion,
  supportPayerQuestion,
  propertyQuestion,
  depositsQuestion,
  obligorsQuestion,
  hardshipQuestion,
  expenditureTypeQuestion,
];

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
