/**
 * Saying back what was understood: every fact recorded from an answer becomes a phrase, so a
 * misreading is seen at once and fixed with 返回 or by typing again. Nothing is recorded without
 * being said back (`echo` covers every path `applyFacts` writes; a test holds it to that).
 */
import type { Household, Obligor, ParameterSet } from '../../screening/index.ts';
import {
  EVENT_WORDS,
  EXPENSE_WORDS,
  FOR_WHOM_WORDS,
  GRADE_WORDS,
  INCOME_SHORT,
  INCOME_WORDS,
  KIND_WORDS,
  RELATION_WORDS,
  STATUS_WORDS,
  U,
} from '../messages/understood.ts';
import type { Fact } from './extract.ts';

const yuan = (n: number) => String(Math.round(n));
const roughYuan = (f: Fact, n: number, div = 1) =>
  f.range && f.range[0] !== f.range[1] ? `${yuan(f.range[0] / div)}到${yuan(f.range[1] / div)}` : yuan(n / div);

/** "您（76岁）", "老伴（73岁）", "第3位" — how a member is named in a say-back. */
export function memberLabel(h: Household, i: number): string {
  const m = h.members?.[i];
  if (i === 0) return '您';
  const rel = m?.relation ? RELATION_WORDS[m.relation]! : `第${i + 1}位`;
  return m?.age !== undefined ? `${rel}（${m.age}岁）` : rel;
}

function withoutAge(label: string): string {
  const at = label.indexOf('（');
  return at >= 0 ? label.slice(0, at) : label;
}

function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${d === '01' ? '' : `${Number(d)}日`}`;
}

/** One line saying back the facts of an answer, or '' when there are none. */
export function echo(facts: readonly Fact[], after: Household, parameters?: ParameterSet): string {
  // Nothing to say back (a choice picked by number, say): none of the takes below would find a fact.
  if (facts.length === 0) return '';
  const parts: string[] = [];
  const done = new Set<string>();
  const take = (pred: (f: Fact) => boolean) => {
    const taken = facts.filter((f) => pred(f) && !done.has(f.path));
    for (const f of taken) done.add(f.path);
    return taken;
  };

  const forWhom = take((f) => f.path === 'askingFor')[0];
  if (forWhom) parts.push(U.forWhom(FOR_WHOM_WORDS[forWhom.value as string] ?? '家人'));
  const forWhomKept = take((f) => f.path === 'askingForKept')[0];
  if (forWhomKept && !forWhom) parts.push(U.forWhomKept(FOR_WHOM_WORDS[forWhomKept.value as string] ?? '家人'));
  // Who lives together, in one phrase.
  const size = take((f) => f.path === 'size')[0];
  const memberFacts = take((f) => /^members\[\d+\]\.(age|relation)$/.test(f.path));
  // The first fact said for each path, looked up by path: an answer naming many people stays linear.
  const firstOf = (list: readonly Fact[]) => {
    const byPath = new Map<string, Fact>();
    for (const f of list) if (!byPath.has(f.path)) byPath.set(f.path, f);
    return byPath;
  };
  if (size) {
    const n = size.value as number;
    const memberAges = firstOf(memberFacts);
    const who = (after.members ?? []).slice(0, n).map((m, i) => {
      const age = memberAges.get(`members[${i}].age`);
      const label = i === 0 ? '您' : m.relation ? RELATION_WORDS[m.relation]! : `第${i + 1}位`;
      return U.person(label, m.age, age?.range);
    });
    parts.push(U.household(n, who.some((w, i) => w !== (i === 0 ? '您' : `第${i + 1}位`)) ? who.join('，') : ''));
  } else {
    const seen = new Set<number>();
    const said = firstOf(facts);
    for (const f of memberFacts) {
      const i = Number(f.path.match(/\d+/)![0]);
      if (seen.has(i)) continue;
      seen.add(i);
      const m = after.members?.[i];
      const rel = said.get(`members[${i}].relation`);
      const age = said.get(`members[${i}].age`);
      if (rel && i > 0)
        parts.push(
          U.relation(
            `第${i + 1}位${m?.age !== undefined ? `（${m.age}岁）` : ''}`,
            RELATION_WORDS[rel.value as string]!,
          ),
        );
      else if (age)
        parts.push(U.person(i === 0 ? '您' : withoutAge(memberLabel(after, i)), age.value as number, age.range));
    }
  }

  for (const f of take((f) => /^members\[\d+\]\.hasDisability$/.test(f.path))) {
    const i = Number(f.path.match(/\d+/)![0]);
    const d = after.members?.[i]?.disability;
    const detail = `${d?.kind ? KIND_WORDS[d.kind] : ''}${d?.grade ? GRADE_WORDS[d.grade] : ''}`;
    parts.push(f.value ? U.disability(memberLabel(after, i), detail) : U.noDisability(memberLabel(after, i)));
    done.add(`members[${i}].disability.kind`);
    done.add(`members[${i}].disability.grade`);
  }
  for (const f of take((f) => /^members\[\d+\]\.disability\.(kind|grade)$/.test(f.path))) {
    const i = Number(f.path.match(/\d+/)![0]);
    const d = after.members?.[i]?.disability;
    parts.push(
      U.disability(
        memberLabel(after, i),
        `${d?.kind ? KIND_WORDS[d.kind] : ''}${d?.grade ? GRADE_WORDS[d.grade] : ''}`,
      ),
    );
    done.add(`members[${i}].disability.kind`);
    done.add(`members[${i}].disability.grade`);
  }
  const ill = take((f) => /^members\[\d+\]\.seriousIllness$/.test(f.path));
  const noIll = ill.filter((f) => f.value === false);
  if (noIll.length > 1 && noIll.length === (after.members?.length ?? 0)) parts.push(U.noIllness('家里都'));
  else for (const f of noIll) parts.push(U.noIllness(memberLabel(after, Number(f.path.match(/\d+/)![0]))));
  for (const f of ill.filter((f) => f.value === true)) {
    const i = Number(f.path.match(/\d+/)![0]);
    parts.push(U.illness(memberLabel(after, i), after.members?.[i]?.illnessName));
  }
  take((f) => /^members\[\d+\]\.illnessName$/.test(f.path));
  for (const f of take((f) => /^members\[\d+\]\.illnessOnLocalList$/.test(f.path)))
    parts.push(U.illnessOnList(memberLabel(after, Number(f.path.match(/\d+/)![0])), f.value === true));
  for (const f of take((f) => /^members\[\d+\]\.employed$/.test(f.path)))
    parts.push(U.employed(memberLabel(after, Number(f.path.match(/\d+/)![0])), f.value === true));
  for (const f of take((f) => /^members\[\d+\]\.student\.fullTime$/.test(f.path)))
    parts.push(U.student(memberLabel(after, Number(f.path.match(/\d+/)![0]))));
  for (const f of take((f) => f.path === 'employedCount')) parts.push(U.employedCount(f.value as number));
  for (const f of take((f) => f.path === 'region'))
    parts.push(U.region(parameters?.regions.get(f.value as string)?.name ?? String(f.value)));
  for (const f of take((f) => f.path === 'hukou')) parts.push(U.hukou(f.value === 'rural'));

  const zero: string[] = [];
  for (const f of take((f) =>
    /^income\.(wages|business|property|pensions|basicPension|support|otherTransfers)$/.test(f.path),
  )) {
    const key = f.path.slice(7);
    const v = f.value as number;
    if (v === 0) zero.push(INCOME_SHORT[key]!);
    else
      parts.push(U.amountYear(INCOME_WORDS[key]!, roughYuan(f, v), roughYuan(f, v, 12)) + (f.hedged ? U.hedged : ''));
  }
  if (zero.length) parts.push(U.amountZero(zero.join('、')));
  for (const f of take((f) => f.path === 'income.supportPayerStatus'))
    parts.push(U.supportPayer(STATUS_WORDS[f.value as string]!));
  for (const f of take((f) => f.path === 'property.deposits'))
    parts.push(U.deposits(roughYuan(f, f.value as number)) + (f.hedged && f.value ? U.hedged : ''));
  for (const f of take((f) => f.path === 'debt')) parts.push(U.debt(roughYuan(f, f.value as number)));
  for (const f of take((f) => f.path === 'property.vehicles')) parts.push(U.cars(f.value as number));
  for (const f of take((f) => f.path === 'property.houses')) parts.push(U.houses(f.value as number));
  for (const f of take((f) => f.path === 'property.commercialProperty')) parts.push(U.shop(f.value === true));
  for (const f of take((f) => f.path === 'property.registeredBusiness')) parts.push(U.business(f.value === true));

  for (const f of take((f) => f.path === 'obligors.exist')) {
    if (f.value === false) parts.push(U.obligorsNone);
    else {
      const list = (after.obligors?.list ?? []).map((o) =>
        obligorWords(o, o.relation ? RELATION_WORDS[o.relation]!.replace('您', '') : '亲人'),
      );
      parts.push(U.obligors(list.join('、') || '有'));
    }
  }
  const obligorFacts = take((f) => f.path.startsWith('obligors.list['));
  if (obligorFacts.length && !facts.some((f) => f.path === 'obligors.exist')) {
    const list = (after.obligors?.list ?? []).map((o) =>
      obligorWords(o, o.relation ? RELATION_WORDS[o.relation]! : '亲人'),
    );
    parts.push(U.obligors(list.join('、')));
  }

  for (const f of take((f) => f.path === 'hardship.none')) if (f.value) parts.push(U.hardshipNone);
  const events = take((f) => /^hardship\.events\[\d+\]\./.test(f.path));
  const eventIdx = [...new Set(events.map((f) => Number(f.path.match(/\d+/)![0])))];
  let severeSaid = false;
  for (const i of eventIdx) {
    const e = after.hardship?.events?.[i];
    if (!e) continue;
    if (
      events.some(
        (f) =>
          f.path === `hardship.events[${i}].kind` ||
          f.path === `hardship.events[${i}].date` ||
          f.path === `hardship.events[${i}].place`,
      )
    ) {
      parts.push(
        U.event(
          EVENT_WORDS[e.kind]!,
          e.date ? dateWords(e.date) : undefined,
          e.place ? parameters?.regions.get(e.place)?.name : undefined,
        ),
      );
    }
    if (
      !severeSaid &&
      events.some((f) => f.path === `hardship.events[${i}].basicLivingSevere`) &&
      e.basicLivingSevere !== undefined
    ) {
      parts.push(U.severe(e.basicLivingSevere));
      severeSaid = true;
    }
  }
  for (const f of take((f) => /^hardship\.expenses\[\d+\]$/.test(f.path))) {
    const v = f.value as { kind: string; amount?: number };
    parts.push(
      v.amount === undefined
        ? U.expenseOpen(EXPENSE_WORDS[v.kind] ?? '')
        : U.expense(EXPENSE_WORDS[v.kind] ?? '', roughYuan(f, v.amount)),
    );
  }
  for (const f of take((f) => f.path === 'expenditureType')) parts.push(U.expenditureType(f.value === true));
  for (const f of take((f) => f.path.startsWith('currentBenefits.'))) {
    const what = { dibao: '低保户', tekun: '特困人员（五保）', lowIncome: '低收入家庭' }[f.path.slice(16)] ?? '';
    parts.push(U.benefit(what, f.value === true));
  }
  return parts.length ? `${U.lead}${parts.join('；')}。` : '';
}

/** Paths the say-back covers, one family of facts a line (a path matching any is covered). */
const ECHOED = [
  /^(size|region|hukou|employedCount|debt|expenditureType|askingFor|askingForKept)$/,
  /^members\[\d+\]\.(age|relation|hasDisability|disability\.(kind|grade)|seriousIllness|illnessName)$/,
  /^members\[\d+\]\.(illnessOnLocalList|employed|student\.fullTime)$/,
  /^income\.(wages|business|property|pensions|basicPension|support|otherTransfers|supportPayerStatus)$/,
  /^property\.(deposits|vehicles|houses|commercialProperty|registeredBusiness)$/,
  /^obligors\.(exist|list\[\d+\]\.\w+)$/,
  /^hardship\.(none|events\[\d+\]\.\w+|expenses\[\d+\])$/,
  /^currentBenefits\.(dibao|tekun|lowIncome)$/,
];

/** Paths the say-back covers: every fact must fall under one (checked by a test). */
export function echoes(path: string): boolean {
  return ECHOED.some((re) => re.test(path));
}

/** A relative elsewhere as said back: who they are, then what is known of them. */
function obligorWords(o: Obligor, relation: string): string {
  const detail = [
    o.age !== undefined ? `${o.age}岁` : '',
    o.ableBodiedAdult ? '身体好、能干活' : o.ableBodiedAdult === false ? '没有劳动能力' : '',
    o.status ? STATUS_WORDS[o.status]! : '',
    o.severeDisability ? '重度残疾' : '',
    o.imprisoned ? '在服刑' : '',
    o.declaredMissing ? '下落不明' : '',
    o.noCivilCapacity ? '没有行为能力' : '',
  ]
    .filter(Boolean)
    .join('，');
  return U.obligorDetail(relation, detail);
}
