// A 12345 call summary read by the shared understanding (issue 22): one test per kind of failure
// seen on summaries written by others — the implicit subject, members counted once, attributes on
// the right person, income bound to its earner and whether they live in the household, periods,
// "没有其他收入", property said negatively, advice the agent gave — and the agent's outputs: plain
// Chinese only (never a field path), questions only about what is unknown and decisive, conditions.
// The texts are our own, not items of the blind evaluation sets.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (r: ReturnType<typeof run>, program: string) =>
  r.report.results.find((x) => x.program === program)!.verdict;
const FIELD_PATH = /[a-z]+\.[a-zA-Z]+|\[\d+\]/;

describe('who the household is', () => {
  it('"父女俩，女儿12岁": the father is the subject and counts', () => {
    const r = run(
      '稷山县居民张某来电，父女俩生活，女儿12岁上小学。张某（46岁）在厂里上班，月收入1500元，此外无其他收入。租房住，无车。',
    );
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 46],
      ['child', 12],
    ]);
    expect(r.household.income?.wages).toBe(18000);
  });

  it('the caller and her husband in one sentence keep their own ages', () => {
    const r = run('来电人（女，63岁）与丈夫（66岁）同住自建房，二人每月养老金共三百元左右，无其他收入。');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 63],
      ['spouse', 66],
    ]);
  });

  it('a disability goes to the person it was said of', () => {
    const r = run('来电人（男，70岁），与老伴（68岁）和儿子（40岁）同住，儿子智力残疾二级，老两口身体还行。');
    expect(r.household.members?.[2]).toMatchObject({
      relation: 'child',
      hasDisability: true,
      disability: { kind: 'intellectual', grade: 2 },
    });
    expect(r.household.members?.[0]?.hasDisability).not.toBe(true);
  });

  it('a grandmother living with the family is a member', () => {
    const r = run('一家四口：本人（45岁）、妻子（42岁）、儿子（10岁），还有奶奶（80岁）跟着一起住。');
    expect(r.household.members).toHaveLength(4);
    expect(r.household.members?.[3]?.age).toBe(80);
    expect(['parent', 'grandparent']).toContain(r.household.members?.[3]?.relation);
  });

  it('a couple the call is about: the caller is a son elsewhere, who owes support', () => {
    const r = run('市民来电称其父母（父70岁、母68岁）在万荣县某村种地，一年收入五六千。来电人在外地打工。');
    expect(r.household.members?.map((m) => m.age)).toEqual([70, 68]);
    expect(r.household.obligors?.exist).toBe(true);
    expect(r.household.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('parents named one by one and then together are two people, not four', () => {
    const r = run('来电人（男，40岁），视力残疾一级，与父母同住。父亲72岁，母亲70岁，靠父母养活。');
    expect(r.household.members).toHaveLength(3);
  });
});

describe('whose money, over what period', () => {
  it('a son working in another city: his wage is not the household’s; "基本不给钱" is no support', () => {
    const r = run('来电人（女，66岁），独居，每月养老金一百多元。儿子在太原打工，一个月三千多，平时基本不给钱。');
    expect(r.household.income?.wages).toBeUndefined();
    expect(r.household.obligors?.list?.[0]?.relation).toBe('child');
    expect(r.facts.filter((f) => f.path === 'income.support').map((f) => f.value)).toEqual([0]);
  });

  it('farm income said for a year', () => {
    const r = run('来电人（男，60岁）在家种地，一年卖了八千来块。');
    expect(r.household.income?.business).toBeGreaterThanOrEqual(8000);
    expect(r.household.income?.business).toBeLessThan(9000);
  });

  it('"一年干十个月" at a monthly wage counts ten months', () => {
    const r = run('来电人（男，41岁）在砖厂干活，一个月三千左右，一年干十个月。');
    expect(r.household.income?.wages).toBe(30000);
  });

  it('"此外没有别的收入" closes every income not named', () => {
    const r = run('来电人（男，55岁）独居，打零工每月一千元左右，此外没有别的收入。');
    expect(r.household.income).toMatchObject({
      wages: 12000,
      business: 0,
      property: 0,
      pensions: 0,
      basicPension: 0,
      otherTransfers: 0,
    });
  });

  it('"一分钱都没给过": no support, and not a figure of one yuan', () => {
    const r = run('来电人（男，67岁），与老伴住自建房。儿子在广州，一分钱都没给过。');
    const support = r.facts.filter((f) => f.path === 'income.support');
    expect(support.every((f) => f.value === 0)).toBe(true);
  });
});

describe('property said negatively, advice not read as fact', () => {
  it('租房住, 没车', () => {
    const r = run('来电人（女，38岁），离异，带一个孩子（8岁），租房住，没车。');
    expect(r.household.property).toMatchObject({ houses: 0, vehicles: 0 });
  });

  it('"已告知…低保…" is the agent’s advice, not that the household receives 低保', () => {
    const r = run('来电人（男，70岁）独居，咨询低保。已告知低保以家庭为单位申请。');
    expect(r.household.currentBenefits?.dibao).toBeUndefined();
  });

  it('an emergency is named by its cause, with its date and place', () => {
    const r = run('夏县某村村民（男，62岁），12月1日晚生煤炉煤气中毒，在县医院抢救，家里拿不出钱。');
    expect(r.household.hardship?.events?.[0]).toMatchObject({
      kind: 'accident',
      date: '2026-12-01',
      place: '140828',
      basicLivingSevere: true,
    });
  });
});

describe('what the agent reads', () => {
  const r = run('盐湖区某村村民，男，75岁，独居，无儿无女，每月养老金一百五十元，此外无其他收入。');

  it('no field path in questions, conditions, the summary or the understood facts', () => {
    for (const line of [...r.questions, ...r.conditions, r.summary, ...r.understood])
      expect(line).not.toMatch(FIELD_PATH);
  });

  it('questions only about what is unknown: nothing about income, which was stated', () => {
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.questions.join('')).not.toMatch(/收入：打工工资/);
    expect(r.questions.some((q) => q.includes('存款'))).toBe(true);
  });

  it('a need_info that only unstated facts hold is said as a condition', () => {
    expect(verdict(r, 'tekun')).toBe('need_info');
    expect(r.conditions.some((c) => c.startsWith('若') && c.includes('特困'))).toBe(true);
  });

  it('a car the summary denies is not asked about', () => {
    const car = run('盐湖区某村村民，男，75岁，独居，无儿无女，没有汽车，每月养老金一百五十元。');
    expect(car.questions.join('')).not.toContain('汽车');
  });

  it('a place in another city than the one chosen sets the rules and is said', () => {
    const y = run('来电人（女，70岁），江城区某街道居民，独居，租房住。', '140800');
    expect(y.report.region).toBe('441702');
    expect(y.regionNote).toEqual({ chosen: '140800', named: '441702' });
  });
});

describe('POST /api/v1/hotline/intake', () => {
  const app = createApp({ parameters, today: () => '2026-11-24' });
  const post = (body: unknown) => app.request('/api/v1/hotline/intake', { method: 'POST', body: JSON.stringify(body) });

  it('returns facts, the report, questions, conditions, the facts in words and a summary', async () => {
    const res = await post({
      region: '140800',
      text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，每月种地收入两百元。',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      household: { members: unknown[] };
      report: { region: string; results: { program: string; verdict: string }[] };
      questions: string[];
      conditions: string[];
      understood: string[];
      summary: string;
    };
    expect(body.household.members).toHaveLength(1);
    expect(body.report.region).toBe('140802');
    expect(body.report.results).toHaveLength(4);
    expect(body.questions.some((q) => q.includes('存款'))).toBe(true);
    expect(body.understood.join('；')).toContain('当事人78岁');
    expect(body.summary).toContain('兜底助手 评估摘要');
  });

  it('400 on empty text and bad input', async () => {
    expect((await post({ region: '140800', text: '  ' })).status).toBe(400);
    expect((await post({ region: '14', text: 'x' })).status).toBe(400);
  });
});
