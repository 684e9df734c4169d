// A grown child said to own a home (有房, 粤 买咗楼) in a call summary has a household of their own: they owe
// support and are not a member, and their house and car are not the household's. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child with a home of their own', () => {
  it('晋南: 闺女在城里有房有车', () => {
    const h = run('某村村民来电，本人64岁，老伴60岁，种了8亩地，一年收入一万左右。闺女在运城有房有车。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.property?.houses).toBeUndefined();
    expect(h.property?.vehicles).toBeUndefined();
  });

  it('粤: 个仔喺市区买咗楼', () => {
    const h = run('某镇村民（女，66岁）来电，老公68岁，两公婆种田一年几千蚊。个仔喺市区买咗楼，有架车。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.property?.houses).toBeUndefined();
  });

  it('a child said to live with the family stays a member', () => {
    const h = run('某村村民来电，本人64岁，老伴60岁，儿子35岁跟俺们一起住，有房。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('a home bought, then said to live with the family in a list (和儿子、儿媳一起住): a member', () => {
    const h = run('某村村民来电，女，66岁，说儿子在城里买了房。来电人和儿子、儿媳一起住，儿子在县城上班。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'other']);
  });
});
