// "一分钱没挣下" is none said whole: its 一 is no child's age. A parent said to live "with him and his
// wife" (同佢两公婆, 跟他两口子) lives with the caller and the caller's spouse. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('not a cent', () => {
  it('a quoted "一分钱没挣下" gives no child an age of one', () => {
    const r = run('来电人（39岁）家里三口人，本人、老婆、一个儿子念初中。"今年一分钱没挣下"。', '140821');
    const kids = r.household.members?.filter((m) => m.relation === 'child') ?? [];
    expect(kids).toHaveLength(1);
    expect(kids[0]?.age).toBeUndefined();
  });

  it('in Cantonese, "一蚊钱都冇揾到" is no wage of one yuan', () => {
    const r = run('来电人（42岁），屋企四口人，本人、老婆同两个仔。"今年一蚊钱都冇揾到"。', '441700');
    expect(r.household.members?.filter((m) => m.relation === 'child')).toHaveLength(2);
    expect(r.household.income?.wages).toBeUndefined();
  });
});

describe('the subject lives with the caller and the caller spouse', () => {
  it('同佢两公婆一齐住 counts the caller, the caller wife, and the caller pension', () => {
    const r = run(
      '来电人陈某，66岁，问阿妈（90岁）可唔可以单独办五保。阿妈一向同佢两公婆一齐住。来电人每月退休金三千。',
      '441700',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child', 'other']);
    expect(r.household.members?.[1]?.age).toBe(66);
    expect(r.household.income?.pensions).toBe(36000);
    expect(r.household.obligors?.list ?? []).toEqual([]);
  });

  it('跟他两口子一起住, written the northern way', () => {
    const r = run(
      '来电人王某，58岁，问他老娘（83岁）能不能单独办特困。老娘这些年跟他两口子一起住。来电人退休了，每月退休金两千八。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child', 'other']);
    expect(r.household.income?.pensions).toBe(33600);
  });

  it('said the other way, not living with them, the caller stays out', () => {
    const r = run('来电人王某，58岁，问他老娘（83岁）能不能单独办特困。老娘不跟他两口子一起住，自己住老院。');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
  });
});
