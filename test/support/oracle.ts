/**
 * A resident who knows their household: answers each question the engine picks by revealing
 * the facts that question settles. Used to count the questions a screening takes (bench) and to
 * check that every question asked could change a verdict (two extreme answers differ).
 */
import { nextQuestion, type EngineDeps } from '../../bot/engine.ts';
import { newState, type DialogueState } from '../../bot/state.ts';
import { type Household, type Member, screen } from '../../screening/index.ts';

type Reveal = (target: Household, current: Household) => Household;

const mapMembers = (current: Household, target: Household, pick: (t: Member) => Partial<Member>): Household => ({
  ...current,
  members: (current.members ?? []).map((m, i) => {
    const t = target.members?.[i];
    return t ? { ...m, ...definedOnly(pick(t)) } : m;
  }),
});

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Facts the dialogue has no question for (yet): where the 户籍 and 居住证 are, benefits already
 * received, 脱贫 status. A resident states them up front, or the agent pre-fills them from the
 * call; the oracle starts from them so the rules that read them (place of application, 特困
 * continuation, 低收入 recognition) are played as they would be in the field.
 */
export function volunteered(target: Household): Household {
  return definedOnly({
    hukouInRegion: target.hukouInRegion,
    residencePermit: target.residencePermit,
    currentBenefits: target.currentBenefits,
    tuopin: target.tuopin,
  });
}

/**
 * Member facts the dialogue has no question for: a disabled member's own income (单人户 route),
 * said up front or pre-filled by the agent. Laid over the members once the members question has
 * listed them.
 */
export function volunteeredMember(t: Member): Partial<Member> {
  return definedOnly({ ownMonthlyIncome: t.ownMonthlyIncome });
}

export const REVEAL: Record<string, Reveal> = {
  // Who lives with you: relation, age, who is away and why, who is at school, and (for someone
  // away in prison or missing) whether their property is within the 低收入 rules.
  members: (t, c) =>
    t.members
      ? {
          ...c,
          // The chat asks ages here and relations in their own question; the first member is "self".
          members: t.members.map((m, i) =>
            definedOnly({
              relation: i === 0 ? m.relation : undefined,
              age: m.age,
              excludedReason: m.excludedReason,
              student: m.student,
              propertyWithinLowIncomeRules: m.propertyWithinLowIncomeRules,
              ...volunteeredMember(m),
            }),
          ),
        }
      : { ...c, ...(t.size !== undefined ? { size: t.size } : {}) },
  relations: (t, c) => mapMembers(c, t, (m) => ({ relation: m.relation })),
  hukou: (t, c) => ({ ...c, ...(t.hukou ? { hukou: t.hukou } : {}) }),
  disability: (t, c) => mapMembers(c, t, (m) => ({ hasDisability: m.hasDisability, disability: m.disability })),
  illness: (t, c) =>
    mapMembers(c, t, (m) => ({
      seriousIllness: m.seriousIllness,
      illnessOnLocalList: m.illnessOnLocalList,
      illnessName: m.illnessName,
    })),
  employed: (t, c) => ({
    ...mapMembers(c, t, (m) => ({ employed: m.employed })),
    ...(t.employedCount !== undefined ? { employedCount: t.employedCount } : {}),
  }),
  income: (t, c) => {
    const i = t.income;
    if (!i) return c;
    const { basicPension: _b, ...rest } = i;
    return {
      ...c,
      income: {
        ...(c.income ?? {}),
        ...definedOnly({ ...rest, support: i.support?.map((s) => ({ amount: s.amount })) }),
      },
    };
  },
  basicPension: (t, c) =>
    t.income?.basicPension !== undefined
      ? { ...c, income: { ...(c.income ?? {}), basicPension: t.income.basicPension } }
      : c,
  supportPayer: (t, c) =>
    t.income?.support ? { ...c, income: { ...(c.income ?? {}), support: t.income.support } } : c,
  property: (t, c) => {
    const { deposits: _d, ...rest } = t.property ?? {};
    return t.property ? { ...c, property: { ...(c.property ?? {}), ...rest } } : c;
  },
  deposits: (t, c) =>
    t.property?.deposits !== undefined
      ? { ...c, property: { ...(c.property ?? {}), deposits: t.property.deposits } }
      : c,
  obligors: (t, c) => (t.obligors ? { ...c, obligors: t.obligors } : c),
  hardship: (t, c) => (t.hardship ? { ...c, hardship: t.hardship } : c),
  expenditureType: (t, c) => (t.expenditureType !== undefined ? { ...c, expenditureType: t.expenditureType } : c),
};

/** Two opposite answers to each question, for the "could it change a verdict" check. */
export const EXTREMES: Record<string, [Reveal, Reveal]> = {
  members: [
    (_t, c) => ({ ...c, members: [{ relation: 'self', age: 80 }] }),
    (_t, c) => ({
      ...c,
      members: [
        { relation: 'self', age: 40 },
        { relation: 'spouse', age: 38 },
      ],
    }),
  ],
  relations: [
    (_t, c) => ({
      ...c,
      members: (c.members ?? []).map((m, i) => (i === 0 ? m : { ...m, relation: 'child' as const })),
    }),
    (_t, c) => ({
      ...c,
      members: (c.members ?? []).map((m, i) => (i === 0 ? m : { ...m, relation: 'other' as const })),
    }),
  ],
  hukou: [(_t, c) => ({ ...c, hukou: 'rural' }), (_t, c) => ({ ...c, hukou: 'urban' })],
  disability: [
    (_t, c) => ({ ...c, members: (c.members ?? []).map((m) => ({ ...m, hasDisability: false })) }),
    (_t, c) => ({
      ...c,
      members: (c.members ?? []).map((m) => ({
        ...m,
        hasDisability: true,
        disability: { kind: 'intellectual' as const, grade: 1 },
      })),
    }),
  ],
  illness: [
    (_t, c) => ({ ...c, members: (c.members ?? []).map((m) => ({ ...m, seriousIllness: false })) }),
    (_t, c) => ({
      ...c,
      members: (c.members ?? []).map((m) => ({ ...m, seriousIllness: true, illnessOnLocalList: true })),
    }),
  ],
  employed: [
    (_t, c) => ({ ...c, members: (c.members ?? []).map((m) => ({ ...m, employed: false })), employedCount: 0 }),
    (_t, c) => ({
      ...c,
      members: (c.members ?? []).map((m) => ({ ...m, employed: true })),
      employedCount: Math.max(1, c.members?.length ?? 1),
    }),
  ],
  income: [
    (_t, c) => ({
      ...c,
      income: { ...(c.income ?? {}), wages: 0, business: 0, property: 0, pensions: 0, support: [] },
    }),
    (_t, c) => ({
      ...c,
      income: { ...(c.income ?? {}), wages: 1_000_000, business: 0, property: 0, pensions: 0, support: [] },
    }),
  ],
  basicPension: [
    (_t, c) => ({ ...c, income: { ...(c.income ?? {}), basicPension: 0 } }),
    (_t, c) => ({ ...c, income: { ...(c.income ?? {}), basicPension: 1_000_000 } }),
  ],
  supportPayer: [
    (_t, c) => ({
      ...c,
      income: {
        ...(c.income ?? {}),
        support: (c.income?.support ?? []).map((s) => ({ ...s, payerStatus: 'none' as const })),
      },
    }),
    (_t, c) => ({
      ...c,
      income: {
        ...(c.income ?? {}),
        support: (c.income?.support ?? []).map((s) => ({ ...s, payerStatus: 'tekun' as const })),
      },
    }),
  ],
  property: [
    (_t, c) => ({ ...c, property: { ...(c.property ?? {}), vehicles: 0, houses: 1, registeredBusiness: false } }),
    (_t, c) => ({ ...c, property: { ...(c.property ?? {}), vehicles: 2, houses: 3, registeredBusiness: true } }),
  ],
  deposits: [
    (_t, c) => ({ ...c, property: { ...(c.property ?? {}), deposits: 0 } }),
    (_t, c) => ({ ...c, property: { ...(c.property ?? {}), deposits: 10_000_000, depositsOverLocalLimit: true } }),
  ],
  obligors: [
    (_t, c) => ({ ...c, obligors: { exist: false } }),
    (_t, c) => ({
      ...c,
      obligors: { exist: true, list: [{ relation: 'child', ableBodiedAdult: true, status: 'none' }] },
    }),
  ],
  hardship: [
    (_t, c) => ({ ...c, hardship: { none: true, events: [], expenses: [] } }),
    (_t, c) => ({
      ...c,
      hardship: { none: false, events: [{ kind: 'fire', date: '2026-11-20', basicLivingSevere: true }], expenses: [] },
    }),
  ],
  expenditureType: [(_t, c) => ({ ...c, expenditureType: false }), (_t, c) => ({ ...c, expenditureType: true })],
};

export interface OracleRun {
  asked: { question: string; state: DialogueState }[];
  final: DialogueState;
}

/** Play the dialogue to the end, revealing the target household question by question. */
export function runOracle(target: Household, region: string, deps: EngineDeps): OracleRun {
  const start = newState();
  let state: DialogueState = { ...start, region, household: { ...start.household, ...volunteered(target) } };
  const asked: OracleRun['asked'] = [];
  for (let guard = 0; guard < 40; guard++) {
    const q = nextQuestion(state, deps);
    if (!q) break;
    asked.push({ question: q.id, state });
    const reveal = REVEAL[q.id];
    if (!reveal) throw new Error(`no oracle for question ${q.id}`);
    state = {
      ...state,
      household: reveal(target, state.household),
      history: [
        ...state.history,
        { question: q.id, label: q.label, answer: '(oracle)', before: { household: state.household } },
      ],
    };
  }
  return { asked, final: state };
}

/** The verdict of every program, in program order (the report orders them by what to do first). */
export function verdictVector(h: Household, region: string, deps: EngineDeps): string {
  return screen(h, { region, date: deps.today, parameters: deps.parameters })
    .results.map((r) => `${r.program}:${r.verdict}`)
    .sort()
    .join(',');
}

/** What the resident is told: each verdict and the monthly estimate, where there is one. */
export function answerVector(h: Household, region: string, deps: EngineDeps): string {
  return screen(h, { region, date: deps.today, parameters: deps.parameters })
    .results.map((r) => `${r.program}:${r.verdict}:${r.estimatedMonthlyAmount?.yuan ?? '-'}`)
    .sort()
    .join(',');
}
