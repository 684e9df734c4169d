/**
 * Chinese free text → household facts, for hotline call summaries and free-text answers.
 * Rules over short clauses (split at punctuation): each fact keeps the words it came from (for
 * highlighting) and whether it was hedged (好像, 大概, 可能). A negated mention ("没有残疾证",
 * "不是低保户") records the negative answer, not the positive one.
 */
import type { Household, HardshipEvent, Member, Obligor } from '../../screening/index.ts';
import { normalise, parseChineseNumber, parseMoney } from '../answers/numbers.ts';
import { parseWhen } from '../understand/dates.ts';

export interface ExtractedFact {
  path: string;
  value: unknown;
  start: number;
  end: number;
  words: string;
  hedged: boolean;
}

export interface Extraction {
  household: Household;
  facts: ExtractedFact[];
  regionCode?: string;
}

const PLACES: [RegExp, string][] = [
  [/盐湖/, '140802'], [/临猗/, '140821'], [/万荣/, '140822'], [/闻喜/, '140823'], [/稷山/, '140824'], [/新绛/, '140825'],
  [/绛县/, '140826'], [/垣曲/, '140827'], [/夏县/, '140828'], [/平陆/, '140829'], [/芮城/, '140830'], [/永济/, '140881'],
  [/河津/, '140882'], [/江城/, '441702'], [/阳东/, '441704'], [/阳西/, '441721'], [/阳春/, '441781'], [/运城/, '140800'], [/阳江/, '441700'],
];

const NEGATION = /(没有|没|无|不是|未|不)$/;
const HEDGE = /好像|大概|可能|估计|听说|似乎|应该是/;

const KINDS: [RegExp, NonNullable<Member['disability']>['kind']][] = [
  [/肢体|肢残|瘫/, 'physical'], [/视力|视残|盲/, 'visual'], [/听力|聋/, 'hearing'], [/言语|哑/, 'speech'],
  [/智力|智障|智残/, 'intellectual'], [/精神/, 'mental'], [/多重/, 'multiple'],
];
const ILLNESS = /尿毒症|透析|肾衰竭|癌症?|肿瘤|白血病|脑瘫|精神分裂|重性精神病|精神病|血友病|再生障碍性贫血|肝硬化|器官移植|帕金森|渐冻症|脑出血|中风|瘫痪/;
const EVENTS: [RegExp, HardshipEvent['kind']][] = [
  [/火灾|着火|失火|房子烧|烧了|被烧/, 'fire'],
  [/车祸|交通事故|被车撞/, 'traffic_accident'],
  [/水灾|洪水|台风|地震|泥石流|暴雨|冲毁|倒塌/, 'natural_disaster'],
  [/突发|突然(得|患|查出)|脑出血|急诊|抢救/, 'sudden_illness'],
  [/摔伤|受伤|工伤|意外/, 'accident'],
];
const WHO: [RegExp, Member['relation']][] = [
  [/老伴|丈夫|妻子|老公|老婆|爱人/, 'spouse'],
  [/儿子|女儿|孩子|闺女|小孩/, 'child'],
  [/孙子|孙女/, 'grandchild'],
  [/父亲|母亲|爸爸|妈妈|公公|婆婆|爷爷|奶奶|外公|外婆/, 'parent'],
  [/哥哥|姐姐|弟弟|妹妹/, 'sibling'],
];

/** The word naming a person, so 父亲 and 母亲 stay two people. */
function whoIn(text: string): { word: string; relation: Member['relation'] } | undefined {
  let best: { word: string; relation: Member['relation']; at: number } | undefined;
  for (const [re, relation] of WHO) {
    const m = text.match(re);
    if (m && m.index !== undefined && (!best || m.index < best.at)) best = { word: m[0], relation, at: m.index };
  }
  return best ? { word: best.word, relation: best.relation } : undefined;
}

function toNumber(s: string): number | undefined {
  if (/^[0-9.]+$/.test(s)) return Number(s);
  return parseChineseNumber(s);
}

interface Clause {
  text: string;
  start: number;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^，。；,;！!？?\n、]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: m.index });
  return out;
}

export function extractFacts(input: string, opts: { today: string }): Extraction {
  const text = normalise(input);
  const facts: ExtractedFact[] = [];
  const h: Household = {};
  const add = (path: string, value: unknown, c: Clause, words: string) => {
    const i = c.text.indexOf(words);
    facts.push({ path, value, start: c.start + Math.max(0, i), end: c.start + Math.max(0, i) + words.length, words, hedged: HEDGE.test(c.text) });
  };
  const negated = (c: Clause, at: number) => NEGATION.test(c.text.slice(Math.max(0, at - 3), at));
  let regionCode: string | undefined;

  type PendingMember = Member & { mention?: string };
  const members: PendingMember[] = [];
  let size: number | undefined;
  const income: NonNullable<Household['income']> = {};
  const property: NonNullable<Household['property']> = {};
  const obligors: Obligor[] = [];
  let obligorsExist: boolean | undefined;
  const events: HardshipEvent[] = [];
  const expenses: NonNullable<NonNullable<Household['hardship']>['expenses']> = [];
  let severe: boolean | undefined;

  for (const c of clauses(text)) {
    const t = c.text;
    for (const [re, code] of PLACES) {
      const m = t.match(re);
      if (m && (!regionCode || regionCode.endsWith('00'))) {
        regionCode = code;
        add('region', code, c, m[0]);
        break;
      }
    }
    let m = t.match(/农村户口|农业户口|农村|村里|村民/);
    if (m) {
      h.hukou = 'rural';
      add('hukou', 'rural', c, m[0]);
    } else if ((m = t.match(/城镇户口|居民户口|城市户口|非农|城里|市区|社区/))) {
      h.hukou = 'urban';
      add('hukou', 'urban', c, m[0]);
    }
    if ((m = t.match(/(一家|家里|全家|家中)?([0-9零〇一二两三四五六七八九十百千万.]{1,12})口(人)?/)) && (m[1] || m[3])) {
      size = toNumber(m[2]!);
      add('size', size, c, m[0]);
    }
    if ((m = t.match(/老两口|夫妻俩|两口子/))) {
      size = 2;
      add('size', 2, c, m[0]);
    }
    if ((m = t.match(/独居|一个人住|一个人生活|孤寡|孤身|单身一人|就他一个|就她一个|一人户/))) {
      size = 1;
      add('size', 1, c, m[0]);
    }
    if ((m = t.match(/无儿无女|没有子女|没儿没女|膝下无子|没有孩子/))) {
      obligorsExist = false;
      add('obligors.exist', false, c, m[0]);
    }
    // Ages, each for the person named in the clause if any.
    const ageRe = /([0-9零〇一二两三四五六七八九十百千万.]{1,12})(多)?(岁|周岁)|年过([0-9零〇一二两三四五六七八九十百千万.]{1,12})/g;
    for (let a = ageRe.exec(t); a; a = ageRe.exec(t)) {
      const n = toNumber(a[1] ?? a[4] ?? '');
      if (n === undefined || n > 120) continue;
      const before = t.slice(0, a.index);
      const who = whoIn(before);
      // "老两口都七十多岁", "两个老人都80多岁": both.
      const both = /都/.test(before) && (size === 2 || /两口|夫妻|老两|两个|俩/.test(t)) ? 2 : 1;
      for (let k = 0; k < both; k++) {
        const age = Math.round(n);
        const known = who ? members.find((x) => x.mention === who.word && x.age === undefined) : members.find((x) => x.mention === undefined && x.age === undefined);
        if (known && k === 0) known.age = age;
        else members.push({ age, ...(who && k === 0 ? { relation: who.relation, mention: who.word } : {}) });
        add(`members[${members.indexOf(known && k === 0 ? known : members.at(-1)!)}].age`, age, c, a[0]);
      }
    }
    // Disability with kind and grade, or just the certificate.
    const grade = t.match(/([1-4一二三四])级/);
    const kind = KINDS.find(([re]) => re.test(t));
    const certificate = t.match(/残疾证|残疾人证|残疾/);
    if (certificate) {
      const idx = t.indexOf(certificate[0]);
      const no = negated(c, idx) || /没有残疾|没残疾|无残疾|没有人残疾|没人残疾/.test(t);
      const target = pickMember(members, t);
      const g = grade ? '1一'.includes(grade[1]!) ? 1 : '2二'.includes(grade[1]!) ? 2 : '3三'.includes(grade[1]!) ? 3 : 4 : undefined;
      if (no) {
        target.hasDisability = false;
        add('hasDisability', false, c, certificate[0]);
      } else {
        target.hasDisability = true;
        target.disability = { ...(kind ? { kind: kind[1] } : {}), ...(g ? { grade: g } : {}) };
        add('disability', target.disability, c, grade ? `${certificate[0]}` : certificate[0]);
      }
    } else if (kind && grade) {
      const target = pickMember(members, t);
      const g = '1一'.includes(grade[1]!) ? 1 : '2二'.includes(grade[1]!) ? 2 : '3三'.includes(grade[1]!) ? 3 : 4;
      target.hasDisability = true;
      target.disability = { kind: kind[1], grade: g };
      add('disability', target.disability, c, grade[0]);
    }
    const ill = t.match(ILLNESS);
    // "突发脑出血" is an emergency (below), not a standing serious illness.
    if (ill && !/突发|突然/.test(t)) {
      const target = pickMember(members, t);
      if (negated(c, t.indexOf(ill[0]))) target.seriousIllness = false;
      else {
        target.seriousIllness = true;
        target.illnessName = ill[0];
      }
      add('seriousIllness', target.seriousIllness, c, ill[0]);
    } else if ((m = t.match(/没有(什么)?(大|重)病|身体还行|身体健康|没病/))) {
      pickMember(members, t).seriousIllness = false;
      add('seriousIllness', false, c, m[0]);
    }
    // Current benefits.
    if ((m = t.match(/低保户|吃低保|领低保|享受低保|在吃低保/))) {
      const no = negated(c, t.indexOf(m[0])) || /不是低保|没有低保|没吃低保/.test(t);
      const who = /儿子|女儿|子女/.test(t.slice(0, t.indexOf(m[0])));
      if (who) {
        obligorsExist = true;
        obligors.push({ relation: 'child', status: no ? 'none' : 'dibao' });
        add('obligors.list', obligors.at(-1), c, m[0]);
      } else {
        h.currentBenefits = { ...h.currentBenefits, dibao: !no };
        add('currentBenefits.dibao', !no, c, m[0]);
      }
    }
    if ((m = t.match(/五保户|五保|特困户|特困人员|特困供养/)) && !/申请|能不能|想/.test(t)) {
      const no = negated(c, t.indexOf(m[0]));
      h.currentBenefits = { ...h.currentBenefits, tekun: !no };
      add('currentBenefits.tekun', !no, c, m[0]);
    }
    // Obligors living elsewhere.
    if ((m = t.match(/(儿子|女儿|子女|闺女)[^，。]{0,24}(在外|外地|打工|嫁到|成家|不管|不赡养|不给钱|不来往)/))) {
      obligorsExist = true;
      if (!obligors.length) {
        const able = /打工|上班|工作/.test(t) && !/残疾|病|低保|坐牢/.test(t);
        obligors.push({ relation: 'child', ...(able ? { ableBodiedAdult: true, status: 'none' as const } : {}) });
      }
      add('obligors.exist', true, c, m[0]);
    }
    if ((m = t.match(/(儿子|女儿|父亲|母亲|爸爸|妈妈)[^，。]{0,24}(坐牢|服刑|监狱)/))) {
      obligorsExist = true;
      obligors.push({ relation: /父亲|母亲|爸爸|妈妈/.test(m[1]!) ? 'parent' : 'child', imprisoned: true });
      add('obligors.list', obligors.at(-1), c, m[0]);
    }
    // Income by category, with its period. Money is read after its keyword, and never from an age.
    const keyword = t.search(/收入|工资|挣|赚|养老金|退休金|给|生活费|赡养费|房租|利息|花了|医药费|治病|住院费|学费|存款|积蓄|存了/);
    const cleaned = (x: string) => x.replace(/零工/g, '工').replace(/([0-9零〇一二两三四五六七八九十百千万.]{1,12})(多)?(岁|周岁|口|个|级|次)/g, '');
    const money = (keyword >= 0 ? parseMoney(cleaned(t.slice(keyword))) : undefined) ?? parseMoney(cleaned(t));
    if (/没有收入|没收入|无收入|没有任何收入|没啥收入/.test(t)) {
      for (const k of ['wages', 'business', 'property', 'pensions'] as const) income[k] ??= 0;
      income.support ??= [];
      add('income', 0, c, t.match(/没有收入|没收入|无收入|没有任何收入|没啥收入/)![0]);
    } else if (money && !/花了|医药费|治病|学费|欠|借|存款|存了|积蓄/.test(t)) {
      const yearly = money.period === 'year' || /一年|每年|年收入/.test(t) ? money.yuan : money.yuan * 12;
      const category: keyof typeof income | undefined = /基础养老金|农村养老金|城乡居民养老/.test(t)
        ? 'basicPension'
        : /养老金|退休金|退休工资/.test(t)
          ? 'pensions'
          : /子女给|儿子给|女儿给|赡养费|生活费|每人给|每月给|给\s*[0-9零一二两三四五六七八九十百千]/.test(t)
            ? 'support'
            : /种地|种田|种苹果|种果|种菜|果园|养殖|养猪|养鸡|养牛|养羊|做生意|摆摊|卖菜|小卖部|开店|经营|种植/.test(t)
              ? 'business'
              : /房租|利息|出租/.test(t)
                ? 'property'
                : /打工|工资|上班|务工|收入|挣|零工/.test(t)
                  ? 'wages'
                  : undefined;
      if (category === 'support') {
        const givers = /两个(儿子|女儿|子女)[^，。]{0,24}每人/.test(text) ? 2 : 1;
        income.support = [{ amount: Math.round(yearly) * givers }];
        add('income.support', income.support, c, t);
      } else if (category) {
        income[category] = Math.round(yearly);
        add(`income.${category}`, income[category], c, t);
      }
    }
    // Property.
    if ((m = t.match(/没有存款|没存款|无存款|没什么存款|没有积蓄|存款(已经|都)?(花光|没了|用完|用光)|存款都没了/))) {
      property.deposits = 0;
      add('property.deposits', 0, c, m[0]);
    } else if ((m = t.match(/(存款|积蓄|存了)/)) && money) {
      property.deposits = money.yuan;
      add('property.deposits', money.yuan, c, t);
    }
    if ((m = t.match(/没有车|没车|无车/))) {
      property.vehicles = 0;
      add('property.vehicles', 0, c, m[0]);
    } else if ((m = t.match(/有(一)?辆(车|汽车|轿车|面包车)|有车/))) {
      property.vehicles = 1;
      add('property.vehicles', 1, c, m[0]);
    }
    if ((m = t.match(/两套房|2套房|好几套房/))) {
      property.houses = 2;
      add('property.houses', 2, c, m[0]);
    } else if ((m = t.match(/一套房|一处房|住自己的房|老房子|土房|危房/))) {
      property.houses = 1;
      add('property.houses', 1, c, m[0]);
    } else if ((m = t.match(/租房|没有房|借住/))) {
      property.houses = 0;
      add('property.houses', 0, c, m[0]);
    }
    // Events, expenses, severity.
    for (const [re, kind] of EVENTS) {
      const e = t.match(re);
      if (e && !negated(c, t.indexOf(e[0]))) {
        const date = parseWhen(t, opts.today);
        events.push({ kind, ...(date ? { date } : {}) });
        add(`hardship.events[${events.length - 1}]`, events.at(-1), c, e[0]);
        break;
      }
    }
    if ((m = t.match(/花了|医药费|治病|住院费|学费/)) && money) {
      expenses.push({ kind: /学费|上学/.test(t) ? 'education' : 'medical', amount: money.yuan });
      add(`hardship.expenses[${expenses.length - 1}]`, expenses.at(-1), c, t);
    }
    if ((m = t.match(/生活困难|揭不开锅|吃饭都成问题|没地方住|无处可住|生活没着落|过不下去|基本生活困难/))) {
      severe = true;
      add('hardship.basicLivingSevere', true, c, m[0]);
    }
  }

  if (members.length > 0 || size !== undefined) {
    const list: Member[] = members.map(({ mention: _m, ...rest }, i) => (i === 0 && !rest.relation ? { relation: 'self' as const, ...rest } : rest));
    if (size !== undefined && size > list.length) for (let i = list.length; i < size; i++) list.push({});
    if (list.length > 0) h.members = list;
    else if (size !== undefined) h.size = size;
  }
  if (Object.keys(income).length > 0) h.income = income;
  if (Object.keys(property).length > 0) h.property = property;
  if (obligorsExist !== undefined || obligors.length > 0) h.obligors = { exist: obligorsExist ?? true, ...(obligors.length ? { list: obligors } : {}) };
  if (events.length > 0 || expenses.length > 0) {
    h.hardship = { none: false, events: events.map((e) => ({ ...e, ...(severe !== undefined ? { basicLivingSevere: severe } : {}) })), expenses };
  }
  return { household: h, facts, ...(regionCode ? { regionCode } : {}) };
}

/** The member a clause talks about: by relation word, else the applicant (created if needed). */
function pickMember(members: (Member & { mention?: string })[], clause: string): Member {
  const who = whoIn(clause);
  const relation = who?.relation;
  const byRelation = who ? members.find((m) => m.mention === who.word) : undefined;
  if (byRelation) return byRelation;
  // "老两口…老伴有尿毒症": the second of a couple already listed.
  if (relation === 'spouse' && members.length === 2 && members[1]!.relation === undefined) {
    members[1]!.relation = 'spouse';
    members[1]!.mention = who!.word;
    return members[1]!;
  }
  if (who && relation) {
    const m: Member & { mention?: string } = { relation, mention: who.word };
    members.push(m);
    return m;
  }
  if (members.length === 0) members.push({});
  return members[0]!;
}
