// Issue 22, round 7: property that is not the household's. The other party's car in an accident
// (肇事车辆逃逸), an employer's lorry one drives (开公司的货车), somebody else's car and benefits in a
// complaint (村里有人有车有楼也评上低保); after a fire or a flood, where the family stays for now (借住,
// 租房暂住, 周转房) says nothing of the home they own, unless the home that burnt was rented. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('cars that are not the family’s', () => {
  it('the car that hit them and drove off', () => {
    const h = run('来电人，女，52岁，11月25日走路被车撞了，肇事车辆逃逸，腿骨折。');
    expect(h.property?.vehicles).toBeUndefined();
  });

  it('an employer’s lorry; the wage earned driving it', () => {
    const h = run('某镇居民，男，44岁，在建材公司开公司的货车，月入五千。');
    expect(h.property?.vehicles).toBeUndefined();
    expect(h.income).toEqual({ wages: 60000 });
  });

  it('somebody else’s car, house and 低保 in a complaint; the family’s own still counts', () => {
    const h = run('来电人投诉村里有人有车有房也吃上低保，自己家没评上，家里有一辆面包车。');
    expect(h.currentBenefits?.dibao).toBeUndefined();
    expect(h.property?.houses).toBeUndefined();
    expect(h.property?.vehicles).toBe(1);
    // Somebody reporting the family is about the family.
    expect(run('来电人反映村里有人举报他家吃着低保，他家有车。').currentBenefits?.dibao).toBe(true);
  });
});

describe('where a family stays after a fire or a flood', () => {
  it('staying with neighbours or renting for now is not owning no house', () => {
    expect(run('某村来电，12月1日家里着火，烧了两间房，一家人现在借住在亲戚家。').property?.houses).toBeUndefined();
    expect(run('某镇来电，上个月暴雨房子塌了，现在租房暂住。').property?.houses).toBeUndefined();
    expect(run('某村来电，8月山洪冲了房子，现在住镇上安排的周转房。').property?.houses).toBeUndefined();
  });

  it('a rented home that burnt: still no house', () => {
    expect(run('外地人，男，35岁，11月30日租住的平房着火，一家人现在住在朋友家。').property?.houses).toBe(0);
  });

  it('renting with no disaster told is no house', () => {
    expect(run('某镇居民，女，40岁，租房住，每月房租四百。').property?.houses).toBe(0);
  });
});

describe('a sentence listing what the household lacks', () => {
  it('is the household’s, whoever the sentence before was about', () => {
    const h = run('某村，女，74岁，独居。儿子在外省打工，每月给300。没存款，没车，住自己的老屋。');
    expect(h.property).toMatchObject({ vehicles: 0, deposits: 0 });
  });

  it('a relative’s lack said in the relative’s own sentence stays theirs', () => {
    const h = run('某村，女，74岁，独居，有车。儿子在外省打工，没车没房。');
    expect(h.property?.vehicles).toBe(1);
  });
});

describe('where the family lives', () => {
  it('said in a sentence of its own after a relative elsewhere, and with 独居', () => {
    expect(run('某村，男，70岁，独居。女儿在县城上班，每月给300。住的是自家老院子。').property?.houses).toBe(1);
    expect(run('市民，女，80岁，一人独居在自家老房里，每月养老金150。').property?.houses).toBe(1);
  });
});
