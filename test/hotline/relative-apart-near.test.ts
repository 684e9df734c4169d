// A grown child who lives apart though near (住在同村, 住隔壁, 粤 住隔篱村, 分开住) is someone who owes
// support, not a member; and when the summary goes on "自己也…"/"自己都…" about that child, what the child
// lives on (their farm, their pension) is theirs, not the parent's. A 自己 set against the relatives
// ("俩闺女在外，自己一个月一百多养老金") stays the parent's. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child living apart though near', () => {
  it('north: 儿子…住在同村，自己也是靠种地过活，一年五六千', () => {
    const h = run(
      '某村老人（男，88岁）一个人住在老屋，只有一个儿子，今年66岁，住在同村，自己也是靠种地和养老金过活，一年收入五六千。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 88]]);
    expect(h.obligors?.list?.map((o) => [o.relation, o.age])).toEqual([['child', 66]]);
    expect(h.income?.basicPension ?? 0).toBe(0);
    expect(h.income?.business ?? 0).toBe(0);
  });

  it('north: 闺女住隔壁，自己一家也紧巴，一年打工挣一万来块', () => {
    const h = run('老人（女，84岁）独自生活，闺女五十多岁，住隔壁，自己也是一家老小，一年打工挣一万来块。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('粤: 个仔六十几岁，喺隔篱村住，自己都系靠耕田同养老金', () => {
    const h = run('阿婆（85岁）独居，得一个仔，六十几岁，喺隔篱村住，自己都系靠耕田同养老金，一年得五六千。', '441781');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 85]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.income?.basicPension ?? 0).toBe(0);
    expect(h.income?.business ?? 0).toBe(0);
  });

  it('粤: 个女住隔篱，分开住', () => {
    const h = run('陈伯（79岁）一个人住，个女四十几岁，住隔篱，自己都有头家，逢年过节畀几百。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

describe('自己 set against the relatives stays the one the call is about', () => {
  it('north: 俩闺女在外地，一年给一千，自己一个月一百多养老金', () => {
    const h = run('来电人，女，81岁，某村，一个人住，俩闺女在外地打工，一年给个千把块，自己一个月一百多养老金。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.income?.basicPension).toBeGreaterThan(1000);
  });
});
