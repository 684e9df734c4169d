/**
 * Facts understood from a message, applied to the household the dialogue keeps. A members
 * answer (a `size` fact) replaces the member list; any other fact sets one field. Amounts are
 * stored as the screening expects them: yuan over 12 months, support as one payment.
 */
import type { Household, Member, Obligor } from '../../screening/index.ts';
import type { Fact } from './extract.ts';

type Mutable = Household & { members?: Member[] };

/** Facts that are not fields of the household (said back only, or kept by the dialogue itself). */
const NOT_HOUSEHOLD = new Set(['size', 'debt', 'region', 'askingFor', 'askingForKept']);
const MEMBER = /^members\[(\d+)\]\.(.+)$/;
const OBLIGOR = /^obligors\.list\[(\d+)\]\.(.+)$/;
const EVENT = /^hardship\.events\[(\d+)\]\.(.+)$/;
const EXPENSE = /^hardship\.expenses\[(\d+)\]$/;

function setMemberField(m: Member, field: string, value: unknown): Member {
  switch (field) {
    case 'disability.kind':
      return {
        ...m,
        hasDisability: true,
        disability: { ...m.disability, kind: value as NonNullable<Member['disability']>['kind'] },
      };
    case 'disability.grade':
      return { ...m, hasDisability: true, disability: { ...m.disability, grade: value as number } };
    case 'student.fullTime':
      return { ...m, student: { ...m.student, fullTime: value as boolean } };
    case 'hasDisability':
      return value === false
        ? (({ disability: _d, ...rest }) => ({ ...rest, hasDisability: false }))(m)
        : { ...m, hasDisability: true };
    default:
      return { ...m, [field]: value };
  }
}

export function applyFacts(before: Household, facts: readonly Fact[]): Household {
  // Every fact below replaces the field it sets with a new object or list, never changing one in
  // place, so a copy of the top level keeps `before` as it was (a deep clone cost more than the rest).
  const h: Mutable = { ...before };
  const sizeFact = facts.find((f) => f.path === 'size');
  if (sizeFact) {
    // A members answer gives the whole list; what was known of each member before is dropped.
    const n = sizeFact.value as number;
    h.members = Array.from({ length: n }, (_, i) => (i === 0 ? { relation: 'self' as const } : {}));
    delete h.size;
  }
  for (const f of facts) {
    if (NOT_HOUSEHOLD.has(f.path)) continue;
    const memberMatch = f.path.match(MEMBER);
    if (memberMatch) {
      const i = Number(memberMatch[1]);
      const list = [...(h.members ?? [])];
      while (list.length <= i) list.push(list.length === 0 ? { relation: 'self' } : {});
      list[i] = setMemberField(list[i]!, memberMatch[2]!, f.value);
      h.members = list;
      continue;
    }
    const obligorMatch = f.path.match(OBLIGOR);
    if (obligorMatch) {
      const i = Number(obligorMatch[1]);
      const list: Obligor[] = [...(h.obligors?.list ?? [])];
      while (list.length <= i) list.push({});
      list[i] = { ...list[i], [obligorMatch[2]!]: f.value };
      h.obligors = { ...h.obligors, exist: true, list };
      continue;
    }
    const eventMatch = f.path.match(EVENT);
    if (eventMatch) {
      const i = Number(eventMatch[1]);
      const events = [...(h.hardship?.events ?? [])];
      while (events.length <= i) events.push({ kind: 'other' });
      events[i] = { ...events[i]!, [eventMatch[2]!]: f.value };
      h.hardship = { ...h.hardship, none: false, events };
      continue;
    }
    const expenseMatch = f.path.match(EXPENSE);
    if (expenseMatch) {
      const i = Number(expenseMatch[1]);
      const expenses = [...(h.hardship?.expenses ?? [])];
      while (expenses.length <= i) expenses.push({ kind: 'medical', amount: 0 });
      // An expense told before its amount ("5 看病花了好多", then "不知道"): `{ kind }` alone, amount unknown.
      expenses[i] = f.value as { kind: 'medical'; amount?: number };
      h.hardship = { ...h.hardship, none: false, expenses };
      continue;
    }
    const [head, field] = f.path.split('.') as [string, string | undefined];
    if (head === 'income' && field) {
      const income = { ...h.income };
      if (field === 'support') income.support = (f.value as number) > 0 ? [{ amount: f.value as number }] : [];
      else if (field === 'supportPayerStatus')
        income.support = (income.support ?? []).map((s) => ({ ...s, payerStatus: f.value as 'none' }));
      else (income as Record<string, unknown>)[field] = f.value;
      h.income = income;
      continue;
    }
    if (head === 'property' && field) {
      h.property = { ...h.property, [field]: f.value };
      continue;
    }
    if (head === 'obligors' && field === 'exist') {
      h.obligors = f.value === false ? { exist: false } : { ...h.obligors, exist: true };
      continue;
    }
    if (head === 'hardship' && field === 'none') {
      h.hardship = f.value ? { none: true, events: [], expenses: [] } : { ...h.hardship, none: false };
      continue;
    }
    if (head === 'currentBenefits' && field) {
      h.currentBenefits = { ...h.currentBenefits, [field]: f.value };
      continue;
    }
    if (head === 'employedCount') {
      h.employedCount = f.value as number;
      continue;
    }
    (h as Record<string, unknown>)[head] = f.value;
  }
  return h;
}
