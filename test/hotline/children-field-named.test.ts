// A work order's 子女 field answered by naming the children with a count ("子女：一个仔（45岁）在外地",
// "子女：两个女都嫁咗"): the field's name is not more children, and the count is not a bare number of
// children. A bare count ("子女：3人") still counts them. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readWorkOrderForm } from '../../bot/hotline/work-order-form.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('子女 field naming the children with a count', () => {
  it('粤: 子女：一个女（40岁）喺佛山', () => {
    const h = run('【来电人】何某 女 70岁【诉求】本人同老公（73岁）两个住。子女：一个女（40岁）喺佛山，自己都困难。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(h.obligors?.list?.[0]?.age).toBe(40);
  });

  it('north: 子女：两个儿子都在外地成家', () => {
    const h = run('来电人：王某（男，68岁）。和老伴住。子女：两个儿子都在外地成家。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('keeps a bare count and a field that says none', () => {
    expect(readWorkOrderForm('子女：3人，均在外')).toBe('3个子女，，均在外');
    expect(readWorkOrderForm('子女：一辈子没成家')).toBe('　　　一辈子没成家');
    expect(readWorkOrderForm('子女：一个仔在外地')).toBe('　　　一个仔在外地');
  });
});
