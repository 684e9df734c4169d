/**
 * fast-check generators of households: any mix of known and unknown facts, so invariants are
 * checked on half-answered households too, not only on complete ones.
 */
import fc from 'fast-check';
import {
  DAILY_ACTIVITIES,
  DISABILITY_KINDS,
  HARDSHIP_EVENT_KINDS,
  OBLIGOR_STATUSES,
  RELATIONS,
  type Household,
  type Member,
  type Obligor,
} from '../../screening/index.ts';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Mostly small yearly amounts, so per-capita income often lands near the lines where rules turn. */
const yuan = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 15_000 }), fc.integer({ min: 0, max: 120_000 }));

export const memberArb: fc.Arbitrary<Member> = fc.record(
  {
    relation: fc.constantFrom(...RELATIONS),
    age: fc.integer({ min: 0, max: 100 }),
    hasDisability: fc.boolean(),
    disability: fc.record(
      { kind: fc.constantFrom(...DISABILITY_KINDS), grade: fc.integer({ min: 1, max: 4 }) },
      { requiredKeys: [] },
    ),
    seriousIllness: fc.boolean(),
    illnessName: fc.constantFrom('尿毒症', '白血病', '高血压', '感冒'),
    employed: fc.boolean(),
    dailyActivitiesUnable: fc.uniqueArray(fc.constantFrom(...DAILY_ACTIVITIES), { maxLength: 6 }),
    orphanOrUnsupportedChild: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const obligorArb: fc.Arbitrary<Obligor> = fc.record(
  {
    relation: fc.constantFrom('child', 'spouse', 'parent', 'sibling'),
    age: fc.integer({ min: 18, max: 95 }),
    status: fc.constantFrom(...OBLIGOR_STATUSES),
    severeDisability: fc.boolean(),
    incomeBelowLocalAverage: fc.boolean(),
    propertyWithinLowIncomeRules: fc.boolean(),
    imprisoned: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const householdArb: fc.Arbitrary<Household> = fc.record(
  {
    hukou: fc.constantFrom('urban', 'rural'),
    residencePermit: fc.boolean(),
    members: fc.array(memberArb, { minLength: 1, maxLength: 6 }),
    income: fc.record(
      {
        wages: yuan,
        business: yuan,
        property: fc.integer({ min: 0, max: 20_000 }),
        pensions: yuan,
        basicPension: fc.integer({ min: 0, max: 5_000 }),
        support: fc.array(
          fc.record({
            amount: fc.integer({ min: 0, max: 30_000 }),
            payerStatus: opt(fc.constantFrom(...OBLIGOR_STATUSES)),
          }),
          { maxLength: 2 },
        ),
        otherTransfers: fc.integer({ min: 0, max: 10_000 }),
      },
      { requiredKeys: [] },
    ),
    property: fc.record(
      {
        deposits: fc.constantFrom(0, 3000, 50_000),
        vehicles: fc.integer({ min: 0, max: 2 }),
        houses: fc.integer({ min: 0, max: 3 }),
        registeredBusiness: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    obligors: fc.record({ exist: fc.boolean(), list: fc.array(obligorArb, { maxLength: 2 }) }, { requiredKeys: [] }),
    hardship: fc.record(
      {
        none: fc.boolean(),
        events: fc.array(
          fc.record(
            {
              kind: fc.constantFrom(...HARDSHIP_EVENT_KINDS),
              date: fc.constantFrom('2026-10-01', '2025-01-01'),
              basicLivingSevere: fc.boolean(),
            },
            { requiredKeys: ['kind'] },
          ),
          { maxLength: 2 },
        ),
        expenses: fc.array(
          // The amount may be unknown: an expense told without it ("看病花了好多，多少不知道").
          fc.record(
            { kind: fc.constantFrom('medical', 'education'), amount: fc.integer({ min: 0, max: 200_000 }) },
            { requiredKeys: ['kind'] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    expenditureType: fc.boolean(),
    tuopin: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const regionArb = fc.constantFrom('140800', '140802', '441700', '441781');
export const dateArb = fc.constantFrom('2025-06-01', '2026-11-24');

/**
 * Households with the facts the chat summary does not carry yet (户籍 elsewhere, benefits already
 * received, members away in prison or at school): used by the screening invariants, not by the
 * summary round trip.
 */
export const screeningHouseholdArb: fc.Arbitrary<Household> = fc
  .tuple(
    householdArb,
    fc.record(
      {
        hukouInRegion: fc.boolean(),
        currentBenefits: fc.record(
          { dibao: fc.boolean(), tekun: fc.boolean(), lowIncome: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    fc.array(
      fc.record(
        {
          excludedReason: fc.constantFrom('prison' as const, 'declared_missing' as const, 'drug_rehab' as const),
          propertyWithinLowIncomeRules: fc.boolean(),
          student: fc.record(
            {
              fullTime: fc.boolean(),
              level: fc.constantFrom(
                'compulsory' as const,
                'high_school' as const,
                'secondary_vocational' as const,
                'undergraduate' as const,
              ),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
  )
  .map(([h, extra, memberExtras]) => ({
    ...h,
    ...extra,
    ...(h.members ? { members: h.members.map((m, i) => ({ ...m, ...(memberExtras[i] ?? {}) })) } : {}),
  }));
