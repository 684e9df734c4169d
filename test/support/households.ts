/**
 * The README's example household (运城 rural, 78, alone, 1,200 元 a year from farming): one
 * fixture for the HTTP API tests, the Workers smoke tests and the load generator. No node:
 * imports, so workerd can load it too.
 */
export const ELDERLY_ALONE = {
  hukou: 'rural',
  members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }],
  income: { wages: 0, business: 1200, property: 0, pensions: 0, support: [] },
  property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
  obligors: { exist: false },
  hardship: { none: true },
} as const;
