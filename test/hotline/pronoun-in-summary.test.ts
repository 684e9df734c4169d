// 他/她/佢 in a call summary where the one last named cannot be meant (relatives as a body, a child too young
// to work said to work or not): the person the call is about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a pronoun that cannot mean the one last named', () => {
  it('yue: 问亲戚借咗钱，而家佢喺酒楼返工', () => {
    const h = run(
      '来电人黄某（女，39岁），租屋住。老公上年因病过身，屋企问亲戚借咗十万。而家佢喺酒楼洗碗，每月两千二，带住个女（12岁读六年级）。',
      '441700',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]?.employed).toBeUndefined();
  });

  it('yue: 剩佢同两个细路，大仔12岁、细女8岁，佢自己冇返工', () => {
    const h = run(
      '来电人陈某（女，38岁）。老公上个月出海出事过身。而家剩佢同两个细路，大仔12岁读六年级、细女8岁读二年级，佢自己冇返工。',
      '441700',
    );
    expect(h.members?.[0]?.employed).toBe(false);
    expect(h.members?.[2]?.employed).toBeUndefined();
  });

  it('north: 跟亲戚朋友借了五万，她在饭店洗碗', () => {
    const h = run(
      '来电人（女，44岁），男人前年病殁了，看病跟亲戚朋友借了五万。现在她在县城饭店洗碗，一个月一千六，带着小子（11岁，上五年级）。',
    );
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('a grown child said to work is still the child: 个仔…佢自己都唔够使', () => {
    const h = run('来电人（男，60岁）同老婆住，个仔26岁喺佛山返工，佢自己都唔够使，冇畀钱返屋企。', '441700');
    expect(h.members?.[0]?.employed).not.toBe(false);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});
