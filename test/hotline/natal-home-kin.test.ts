// A married woman's natal family (娘家, 粤 外家) is a household of its own: her parents or brothers named
// as of it ("娘家父母还在种地", "外家阿妈有时畀几百蚊") live apart and are not members. When she lives
// there herself ("离婚后带孩子回娘家住") they are her household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives of her natal home live apart', () => {
  it('north: 娘家父母也在种地', () => {
    const h = run(
      '某村村民王某（女，31岁），丈夫前年病故，自己带一个孩子（8岁）过，婆家不管，娘家父母也在种地，帮不上。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent', 'parent']);
  });

  it('north: 娘家哥哥偶尔接济', () => {
    const h = run('某村村民，女，40岁，离异，带着女儿（12岁）租房住，娘家哥哥偶尔接济点。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });

  it('粤: 外家阿妈有时畀几百蚊', () => {
    const h = run('阿梅（女，35岁），老公走咗，自己带两个细路（8岁、5岁），外家阿妈有时畀几百蚊。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent']);
  });
});

describe('living at her natal home herself', () => {
  it('north: 离婚后带儿子住在娘家，父亲当保安', () => {
    const h = run('某村村民，女，33岁，离婚后带儿子（6岁）住在娘家。父亲61岁在县城当保安，母亲58岁在家。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'parent', 'parent']);
  });
});
