// The Chinese extractor on call-summary style text: places, ages, household size, disability,
// illness, status, income with its period, property, obligors, events and negations.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../bot/extract/extract.ts';
import { createApp } from '../../adapters/http/app.ts';
import { defaultParameters } from '../../screening/index.ts';

const x = (text: string) => extractFacts(text, { today: '2026-11-24' });

describe('extractor', () => {
  it('an elderly man living alone in 盐湖区', () => {
    const r = x('来电人是运城市盐湖区农村的王大爷，今年七十八岁，独居，无儿无女，没有残疾证，身体还行，每月种地收入大概两百元，没有存款，没车。');
    expect(r.regionCode).toBe('140802');
    expect(r.household).toMatchObject({
      hukou: 'rural',
      members: [{ relation: 'self', age: 78, hasDisability: false, seriousIllness: false }],
      income: { business: 2400 },
      property: { deposits: 0, vehicles: 0 },
      obligors: { exist: false },
    });
    const hedged = r.facts.find((f) => f.path === 'income.business');
    expect(hedged?.hedged).toBe(true);
  });

  it('a family of four with a disabled husband and a working wife', () => {
    const r = x('阳春市居民反映，一家四口，丈夫一级肢体残疾，妻子45岁在外打工月收入3000，两个孩子上学，不是低保户。');
    expect(r.regionCode).toBe('441781');
    expect(r.household.members).toHaveLength(4);
    expect(r.household.members?.[0]).toMatchObject({ hasDisability: true, disability: { kind: 'physical', grade: 1 } });
    expect(r.household.income).toEqual({ wages: 36000 });
    expect(r.household.currentBenefits).toEqual({ dibao: false });
  });

  it('a fire last month, basic living in severe difficulty', () => {
    const r = x('夏县村民李某，52岁，上个月房子着火烧了，现在没地方住，生活困难。');
    expect(r.household.hardship?.events).toEqual([{ kind: 'fire', date: '2026-10-01', basicLivingSevere: true }]);
  });

  it('an elderly couple, the wife on dialysis, a son working elsewhere', () => {
    const r = x('老两口都七十多岁，儿子在外地打工，老伴有尿毒症要透析，花了十几万，好像没有存款。');
    expect(r.household.members?.map((m) => m.age)).toEqual([70, 70]);
    expect(r.household.members?.[1]).toMatchObject({ relation: 'spouse', seriousIllness: true, illnessName: '尿毒症' });
    expect(r.household.obligors?.exist).toBe(true);
    expect(r.household.hardship?.expenses).toEqual([{ kind: 'medical', amount: 150000 }]);
  });

  it('negations and status words', () => {
    expect(x('本人智力三级残疾，是低保户').household).toMatchObject({ members: [{ hasDisability: true, disability: { kind: 'intellectual', grade: 3 } }], currentBenefits: { dibao: true } });
    expect(x('老人没有残疾，不是五保户').household).toMatchObject({ members: [{ hasDisability: false }], currentBenefits: { tekun: false } });
    expect(x('家里没有收入').household.income).toEqual({ wages: 0, business: 0, property: 0, pensions: 0, support: [] });
  });

  it('the facts point at the words they came from', () => {
    const text = '江城区，老人80岁，独居';
    const r = x(text);
    const age = r.facts.find((f) => f.path === 'members[0].age')!;
    expect(text.slice(age.start, age.end)).toBe('80岁');
  });
});

describe('POST /api/v1/hotline/intake', () => {
  const app = createApp({ parameters: defaultParameters(), today: () => '2026-11-24' });
  const post = (body: unknown) => app.request('/api/v1/hotline/intake', { method: 'POST', body: JSON.stringify(body) });

  it('returns facts, the report, questions still to ask and a summary', async () => {
    const res = await post({ region: '140800', text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，每月种地收入两百元。' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { household: { members: unknown[] }; report: { region: string; results: { program: string; verdict: string }[] }; questions: string[]; summary: string };
    expect(body.household.members).toHaveLength(1);
    expect(body.report.region).toBe('140802');
    expect(body.report.results).toHaveLength(4);
    expect(body.questions.some((q) => q.includes('存款'))).toBe(true);
    expect(body.summary).toContain('兜底助手 评估摘要');
    expect(body.report.results.find((r) => r.program === 'temporary_assistance')?.verdict).toBe('need_info');
  });

  it('400 on empty text and bad input', async () => {
    expect((await post({ region: '140800', text: '  ' })).status).toBe(400);
    expect((await post({ region: '14', text: 'x' })).status).toBe(400);
  });
});
