// A city is one data package, read by one loader and one validator whether it is built in or an
// operator's: the built-in packages pass the schema DOUDI_CONFIG's `cities` section uses; an
// invented city given as configuration text screens with its own figures and cites its own
// clauses; and a package that cites what it does not hold, or collides with another, is refused
// with every problem named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../adapters/config/load-config.ts';
import { getClause } from '../../content/clauses.ts';
import {
  BUILT_IN_CITIES,
  builtInParameterSet,
  CityPackage,
  ConfigError,
  Household,
  allCitationIds,
  regionSummary,
  screen,
  withOperatorConfig,
} from '../../screening/index.ts';
import { ELDERLY_ALONE } from '../support/households.ts';

const ELDERLY = Household.parse(ELDERLY_ALONE);

const TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cities', 'qinghe.yaml'), 'utf8');
const config = () => parseConfigText(TEXT, 'qinghe.yaml') as { cities: Record<string, Record<string, unknown>> };
const load = (raw: unknown) => withOperatorConfig(builtInParameterSet(), raw);

function problems(raw: unknown): string {
  try {
    load(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.join('\n');
  }
  return expect.unreachable('the configuration should be refused');
}

/** The fixture's city with some fields replaced. */
function qinghe(patch: Record<string, unknown>) {
  const c = config();
  return { cities: { '990100': { ...c.cities['990100'], ...patch } } };
}

describe('city packages', () => {
  it('the built-in packages are data in the schema an operator writes', () => {
    expect(BUILT_IN_CITIES.length).toBeGreaterThanOrEqual(2);
    for (const city of BUILT_IN_CITIES) {
      const parsed = CityPackage.safeParse(JSON.parse(JSON.stringify(city)));
      expect(parsed.success, `${city.code}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('an invented city from configuration text alone: regions, figures, sources, dialect, citations', () => {
    const set = load(config());
    expect(set.regions.get('990000')).toMatchObject({ name: '云梦省', level: 'province', parent: '000000' });
    expect(set.regions.get('990121')).toMatchObject({
      name: '石门县',
      level: 'county',
      parent: '990100',
      aliases: ['石门镇', '柳林乡'],
    });
    expect(set.cities.get('990100')).toMatchObject({ dialect: 'north', counties: ['990102', '990121'] });
    const summary = regionSummary(set, '990102', '2026-11-24');
    expect(summary.dibaoStandardMonthly).toEqual({ urban: 900, rural: 720 });
    expect(summary.sources.find((s) => s.id === 'qh3.standards')).toMatchObject({ kind: 'seed', clauses: ['qh3.2-1'] });
    // Before its notice took effect its standards are not configured: not covered, never a guess.
    const before = screen(ELDERLY, { region: '990102', date: '2025-06-01', parameters: set }).results.find(
      (r) => r.program === 'dibao',
    )!;
    expect(before).toMatchObject({ verdict: 'need_info', missing: ['region'] });
    expect(before.reasons[0]!.text).toContain('河阳区在 2025-06-01 的农村低保标准还没有配置');

    const report = screen(ELDERLY, { region: '990121', date: '2026-11-24', parameters: set });
    const cited = new Set(
      report.results.flatMap((r) => [
        ...r.reasons.flatMap((x) => x.citations),
        ...(r.estimatedMonthlyAmount?.citations ?? []),
      ]),
    );
    expect(cited).toContain('qh3.2-1');
    expect(cited).toContain('qh3.2-2');
    for (const id of cited) expect(getClause(id, set), id).toBeDefined();
    for (const id of allCitationIds(set)) expect(getClause(id, set), id).toBeDefined();
    // The built-in set knows nothing of it.
    expect(getClause('qh3.2-1')).toBeUndefined();
    expect(builtInParameterSet().regions.has('990100')).toBe(false);
  });

  it('refuses a topic citing a clause its documents do not hold, and a legal source without clauses', () => {
    const found = problems(
      qinghe({
        citations: { 'dibao.standard': ['qh3.9-9'], hotline: ['yc59.2-5.hotline'] },
        sources: {
          'qh3.standards': { kind: 'seed', title: '无条款的来源' },
          'qh3.tekun': { kind: 'seed', title: 'x', clauses: ['qh3.2-2'] },
        },
      }),
    );
    expect(found).toContain("citations.dibao.standard: qh3.9-9 is not a clause of this city's documents");
    expect(found).toContain("citations.hotline: yc59.2-5.hotline is not a clause of this city's documents");
    expect(found).toContain('a seed source names the clauses it rests on');
  });

  it('refuses a package that collides with a built-in city, province, source or document', () => {
    const c = config().cities['990100']!;
    expect(problems({ cities: { '140800': c } })).toContain('cities.140800: this region is already registered');
    expect(problems(qinghe({ province: { code: '140000', name: '云梦省' } }))).toContain('140000 is already 山西省');
    expect(
      problems(
        qinghe({
          sources: {
            'yc59.employment-cost': { title: 'x' },
            'qh3.standards': { kind: 'seed', title: 'x', clauses: ['qh3.2-1'] },
            'qh3.tekun': { title: 'y' },
          },
        }),
      ),
    ).toContain('yc59.employment-cost: this source id is already defined');
    const docs = (c['documents'] as { id: string; clauses: { id: string }[] }[]).map((d) => ({
      ...d,
      id: 'yc59',
      clauses: d.clauses.map((x) => ({ ...x, id: x.id.replace('qh3', 'yc59') })),
    }));
    const found = problems(qinghe({ documents: docs, citations: {}, sources: {}, params: {} }));
    expect(found).toContain('yc59: this document id is already used by 140800');
  });

  it(
    'refuses a county that is already registered, a key that ' +
      'differs from the code, and a sample village elsewhere',
    () => {
      expect(problems(qinghe({ counties: { '140802': { name: '盐湖区' } } }))).toContain(
        'cities.990100.counties.140802: this region is already registered',
      );
      expect(problems(qinghe({ code: '990200' }))).toContain('cities.990100.code: 990200 differs from its key');
      expect(
        problems(
          qinghe({
            demoVillages: [{ code: 'x1', name: '某村', township: { code: 't', name: '某镇' }, region: '140802' }],
          }),
        ),
      ).toContain('140802 is not this city or one of its counties');
    },
  );
});
