// Every built-in parameter value validates against its schema, names a source that exists,
// and has well-formed dates; operator configuration is validated the same way.
import { describe, expect, it } from 'vitest';
import { builtInParameterSet, ConfigError, regionSummary, screen, withOperatorConfig } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';
import { PARAM_SCHEMAS, type ParamName } from '../../screening/params/types.ts';

const set = builtInParameterSet();

describe('built-in parameters', () => {
  for (const [code, table] of set.tables) {
    for (const [name, values] of Object.entries(table)) {
      it(`${code} ${name}`, () => {
        expect(Object.keys(PARAM_SCHEMAS)).toContain(name);
        for (const v of values ?? []) {
          expect(() => PARAM_SCHEMAS[name as ParamName].parse(v.value)).not.toThrow();
          const source = set.sources.get(v.source);
          expect(source, `source ${v.source}`).toBeDefined();
          expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (v.to !== undefined) expect(v.to >= v.from).toBe(true);
          if (!source) continue;
          if (source.kind === 'demo') expect(v.demo, `${name} from demo source must be marked demo`).toBe(true);
          if (source.kind === 'law' || source.kind === 'seed') expect(source.clauses.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('every region has a parent chain ending at the national table', () => {
    for (const r of set.regions.values()) {
      let cur = r;
      const seen = new Set<string>();
      while (cur.parent) {
        expect(seen.has(cur.code)).toBe(false);
        seen.add(cur.code);
        const parent = set.regions.get(cur.parent);
        expect(parent, `${cur.code} parent ${cur.parent}`).toBeDefined();
        cur = parent!;
      }
      expect(cur.code).toBe('000000');
    }
  });

  it('a county resolves to its city figures', () => {
    const county = regionSummary(set, '441781', '2026-11-24');
    const city = regionSummary(set, '441700', '2026-11-24');
    expect(county.dibaoStandardMonthly).toEqual(city.dibaoStandardMonthly);
    expect(county.name).toBe('阳春市');
    expect(county.city).toEqual({ code: '441700', name: '阳江市' });
  });

  it("lists every demo figure a report uses among the region's demo figures", () => {
    for (const { data: c } of loadGoldenCases()) {
      const report = screen(c.household, { region: c.region, date: c.date });
      if (!report.demo) continue;
      const listed = new Set(regionSummary(set, c.region, c.date).demoFigures.map((f) => f.name));
      for (const p of report.parameters.filter((x) => x.demo))
        expect(listed.has(p.name), `${c.name}: ${p.name}`).toBe(true);
    }
    const yangjiang = regionSummary(set, '441700', '2026-11-24').demoFigures.map((f) => f.name);
    expect(yangjiang).toEqual(
      expect.arrayContaining(['disposableIncomeAnnual.urban', 'disposableIncomeAnnual.rural', 'minimumWageMonthly']),
    );
  });

  it('ships demo money figures marked as such', () => {
    const s = regionSummary(set, '140800', '2026-11-24');
    expect(s.demo).toBe(true);
    expect(s.sources.find((x) => x.id === 'demo')?.title).toBe('示例数据，上线前须按当地最新提标文件配置');
    expect(s.edgeMultiplier).toBe(1.5);
  });
});

describe('operator configuration', () => {
  const real = {
    sources: { 'yc-2026': { title: '运城市关于提高2026年城乡低保标准的通知', docNumber: '运民发〔2026〕1号' } },
    regions: {
      '140800': {
        params: {
          'dibao.standardMonthly.urban': [{ from: '2026-01-01', value: 780, source: 'yc-2026' }],
          'dibao.standardMonthly.rural': [{ from: '2026-01-01', value: 620, source: 'yc-2026' }],
        },
      },
    },
  };

  it('overrides figures from their effective date, keeping older dates on the built-ins', () => {
    const merged = withOperatorConfig(set, real);
    expect(regionSummary(merged, '140800', '2026-03-01').dibaoStandardMonthly).toEqual({ urban: 780, rural: 620 });
    expect(regionSummary(merged, '140800', '2025-12-31').dibaoStandardMonthly).toEqual({ urban: 700, rural: 550 });
    const summary = regionSummary(merged, '140800', '2026-03-01');
    expect(summary.sources.find((s) => s.id === 'yc-2026')?.params).toEqual([
      'dibao.standardMonthly.urban',
      'dibao.standardMonthly.rural',
    ]);
  });

  it('rejects a value without a known source, an unknown parameter, and a bad value', () => {
    const bad = {
      regions: {
        '140800': {
          params: {
            'dibao.standardMonthly.urban': [{ from: '2026-01-01', value: 780, source: 'nowhere' }],
            'no.such.param': [{ from: '2026-01-01', value: 1, source: 'demo' }],
            'edge.multiplier': [{ from: '2026-01-01', value: 'big', source: 'demo' }],
          },
        },
      },
    };
    try {
      withOperatorConfig(set, bad);
      expect.unreachable('config should be rejected');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('"nowhere" is not a source');
      expect(problems).toContain('no.such.param: unknown parameter');
      expect(problems).toContain('edge.multiplier[0].value');
    }
  });

  it('rejects a value with no source at all', () => {
    const noSource = { regions: { '140800': { params: { 'edge.multiplier': [{ from: '2026-01-01', value: 1.4 }] } } } };
    expect(() => withOperatorConfig(set, noSource)).toThrow(ConfigError);
  });

  it('adds a new region only with a name, level and known parent', () => {
    expect(() => withOperatorConfig(set, { regions: { '140100': { params: {} } } })).toThrow(ConfigError);
    const merged = withOperatorConfig(set, {
      sources: { ty: { title: '太原市低保标准通知' } },
      regions: {
        '140100': {
          name: '太原市',
          level: 'city',
          parent: '140000',
          params: { 'dibao.standardMonthly.urban': [{ from: '2026-01-01', value: 900, source: 'ty' }] },
        },
      },
    });
    expect(regionSummary(merged, '140100', '2026-06-01').dibaoStandardMonthly.urban).toBe(900);
  });
});
