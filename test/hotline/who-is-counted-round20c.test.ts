// Who is counted in a call summary: 口 counting ponds or cave dwellings is no household size; parents said
// to be in another city's countryside live apart; 老两口 after the applicant's two parents were named is
// those two, not a couple more. Our own sentences, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const relations = (h: ReturnType<typeof run>) => h.members?.map((m) => m.relation);

describe('口 counting things', () => {
  it('粤: 两口鱼塘 is no size', () => {
    const h = run('来电人黄某，男，50岁，喺村里养咗三口鱼塘，台风打烂晒。屋企有老婆同三个细路。', '441700');
    expect(relations(h)).toEqual(['self', 'spouse', 'child', 'child', 'child']);
  });

  it('晋南: 两口窑洞 is no size', () => {
    const h = run('某村村民（男，58岁），家里两口窑洞塌了，老伴（55岁）和儿子（20岁）都在家。');
    expect(relations(h)).toEqual(['self', 'spouse', 'child']);
  });
});

describe('parents in another city’s countryside', () => {
  it('粤: 父母喺<城>乡下', () => {
    const h = run('江城区李某（女，31岁）来电，带住个4岁女，租屋住。父母喺茂名乡下。', '441702');
    expect(relations(h)).toEqual(['self', 'child']);
  });

  it('晋南: 父母在<省>老家', () => {
    const h = run('盐湖区居民张某（男，35岁），和妻子（33岁）在城里租房住。父母在河南老家。', '140802');
    expect(relations(h)).toEqual(['self', 'spouse']);
  });
});

describe('老两口 after the two parents', () => {
  it('is the parents, not two more', () => {
    const h = run('来电人（男，32岁）未婚，智力残疾二级，跟父亲（63岁）、母亲（61岁）住。老两口种地一年六千。');
    expect(relations(h)).toEqual(['self', 'parent', 'parent']);
    expect(h.income?.business).toBe(6000);
  });

  it('is the applicant and spouse where a spouse was named', () => {
    const h = run('某村村民（男，71岁）和老伴（68岁）住，老两口种地一年四千。');
    expect(relations(h)).toEqual(['self', 'spouse']);
  });
});
