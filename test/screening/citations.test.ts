// Every clause id the screening can cite, and every citation in real reports, resolves to
// clause text in content/ — so a resident who asks "为什么" always gets the published wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getClause } from '../../content/clauses.ts';
import { allCitationIds, screen, SOURCES } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { dateArb, screeningHouseholdArb as householdArb, regionArb } from '../support/arbitraries.ts';

function expectResolves(id: string, where: string) {
  const clause = getClause(id);
  expect(clause, `${where}: clause ${id} does not resolve`).toBeDefined();
  expect(clause!.text.length, `${where}: clause ${id} has no text`).toBeGreaterThan(5);
}

describe('citations resolve to clause text', () => {
  it('every id in the citation table', () => {
    for (const id of allCitationIds()) expectResolves(id, 'citations table');
  });

  it('every clause named by a parameter source', () => {
    for (const [sourceId, s] of Object.entries(SOURCES))
      for (const id of s.clauses) expectResolves(id, `source ${sourceId}`);
  });

  it('every citation in the golden reports', () => {
    for (const { data: c } of loadGoldenCases()) {
      const report = screen(c.household, { region: c.region, date: c.date });
      for (const r of report.results) {
        for (const reason of r.reasons)
          for (const id of reason.citations) expectResolves(id, `${c.name} / ${r.program}`);
        for (const id of r.estimatedMonthlyAmount?.citations ?? [])
          expectResolves(id, `${c.name} / ${r.program} amount`);
      }
    }
  });

  it('every citation in reports on generated households', () => {
    fc.assert(
      fc.property(householdArb, regionArb, dateArb, (h, region, date) => {
        for (const r of screen(h, { region, date }).results) {
          for (const reason of r.reasons) for (const id of reason.citations) expectResolves(id, r.program);
        }
      }),
      { numRuns: 300 },
    );
  });
});
