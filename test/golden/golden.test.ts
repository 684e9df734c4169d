// Runs every golden case in test/golden/cases/*.yaml through screen() and checks verdicts,
// citations, missing facts and amounts; then checks the cases cover every seed rule row.
import { describe, expect, it } from 'vitest';
import { screen } from '../../screening/index.ts';
import { loadGoldenCases } from './golden-case.ts';

const cases = loadGoldenCases();

/** Rows of rules-notes section (d) that have no effect a screening can show, with the reason. */
const BACKGROUND_ONLY: Record<string, string> = {
  d30:
    'Village committees report to the township before the 20th of' +
    ' each month: an administrative duty with no eligibility ' +
    'effect.',
};

describe('golden screening cases', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('covers every item of issue #15 (policy corrections)', () => {
    const covered = new Set(cases.flatMap((c) => c.data.covers));
    for (const item of [
      'i15-1',
      'i15-2',
      'i15-3',
      'i15-4',
      'i15-5',
      'i15-6',
      'i15-7',
      'i15-8',
      'i15-9',
      'i15-wording',
      'i15-result',
    ]) {
      expect(covered.has(item), `no golden case covers ${item}`).toBe(true);
    }
  });

  it('covers every row of section (d) and the boundaries', () => {
    const covered = new Set(cases.flatMap((c) => c.data.covers));
    for (let row = 1; row <= 30; row++) {
      if (BACKGROUND_ONLY[`d${row}`]) continue;
      expect(covered.has(`d${row}`), `no golden case covers rules-notes (d) row ${row}`).toBe(true);
    }
    for (const tag of [
      'boundary-income-at-standard',
      'boundary-income-one-yuan-over',
      'boundary-income-one-yuan-under',
      'boundary-age-15',
      'boundary-age-16',
      'boundary-age-17',
      'boundary-age-18',
      'boundary-age-59',
      'boundary-age-60',
      'boundary-age-69',
      'boundary-age-70',
      'boundary-disability-grade-2-vs-3',
    ]) {
      expect(covered.has(tag), `no golden case covers ${tag}`).toBe(true);
    }
  });

  for (const { file, index, data: c } of cases) {
    it(`${file} #${index + 1}: ${c.name}`, () => {
      const report = screen(c.household, { region: c.region, date: c.date });
      const byProgram = new Map(report.results.map((r) => [r.program, r]));
      expect(report.results).toHaveLength(4);
      for (const [program, verdict] of Object.entries(c.expect)) {
        const r = byProgram.get(program as never);
        expect(r?.verdict, `${program}: ${JSON.stringify(r?.reasons.map((x) => x.text))}`).toBe(verdict);
      }
      for (const [program, ids] of Object.entries(c.citations ?? {})) {
        const r = byProgram.get(program as never);
        const cited = new Set([
          ...(r?.reasons.flatMap((x) => x.citations) ?? []),
          ...(r?.estimatedMonthlyAmount?.citations ?? []),
        ]);
        for (const id of ids ?? [])
          expect(cited.has(id), `${program} should cite ${id}; cited ${[...cited].join(', ')}`).toBe(true);
      }
      for (const [program, facts] of Object.entries(c.missing ?? {})) {
        const missing = byProgram.get(program as never)?.missing ?? [];
        for (const f of facts ?? []) expect(missing, `${program} missing`).toContain(f);
      }
      for (const [program, yuan] of Object.entries(c.amount ?? {})) {
        expect(byProgram.get(program as never)?.estimatedMonthlyAmount?.yuan, `${program} amount`).toBe(yuan);
      }
      for (const [program, texts] of Object.entries(c.mentions ?? {})) {
        const all =
          byProgram
            .get(program as never)
            ?.reasons.map((x) => x.text)
            .join('\n') ?? '';
        for (const t of texts ?? []) expect(all, `${program} reasons`).toContain(t);
      }
      for (const [program, texts] of Object.entries(c.absent ?? {})) {
        const all =
          byProgram
            .get(program as never)
            ?.reasons.map((x) => x.text)
            .join('\n') ?? '';
        for (const t of texts ?? []) expect(all, `${program} reasons must not say`).not.toContain(t);
      }
      for (const [program, facts] of Object.entries(c.notMissing ?? {})) {
        const missing = byProgram.get(program as never)?.missing ?? [];
        for (const f of facts ?? []) expect(missing, `${program} must not ask`).not.toContain(f);
      }
      for (const t of c.nextSteps ?? []) expect(report.nextSteps.join('\n'), 'next steps').toContain(t);
      for (const t of c.advice ?? [])
        expect((report.advice ?? []).map((a) => a.text).join('\n'), 'advice').toContain(t);
      if (c.order)
        expect(
          report.results.slice(0, c.order.length).map((r) => r.program),
          'order',
        ).toEqual(c.order);
      if (c.demo !== undefined) expect(report.demo).toBe(c.demo);
    });
  }
});
