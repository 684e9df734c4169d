// Work orders written as fields and terse notes (issue 22, round 5): a field answered no
// ("存款：无", "车：冇"), the thing named then no ("存款没有"), and a house the family has without a
// count ("有自住房", "屋企有间屋") read as what they say; a house only mentioned stays unset. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('work-order fields and terse notes', () => {
  it.each([
    ['来电人：赵某，女，58岁；存款：无；车：冇；住房：自己屋。', '140800'],
    ['户主钱某，男，66岁，独居，存款没有，家里没车。', '140800'],
    ['来电人（女，61岁）种菜卖，存款也无。', '441700'],
  ])('%s → no savings', (text, region) => {
    expect(run(text, region).household.property?.deposits).toBe(0);
  });

  it('a car field answered no', () => {
    expect(run('来电人：孙某，男，50岁；车：无；存款约三千。').household.property?.vehicles).toBe(0);
  });

  it('savings not yet used up is no answer about savings', () => {
    expect(run('来电人（男，60岁），存款没有用完，每月退休金一千八。').household.property?.deposits).toBeUndefined();
  });

  it.each([
    ['来电人（男，59岁），在镇上做散工，有自住房，无车。', '140800'],
    ['来电人（女，47岁），屋企有间屋，冇车，冇存款。', '441700'],
  ])('%s → one house', (text, region) => {
    expect(run(text, region).household.property?.houses).toBe(1);
  });

  it('a house only mentioned (a fire, a leaking roof) is not a count', () => {
    const r = run('来电人（男，70岁）称房子漏雨，想请村里帮忙修。');
    expect(r.household.property?.houses).toBeUndefined();
  });
});
