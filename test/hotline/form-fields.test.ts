// Work orders filled in as a form (issue 22, round 6b): an age in brackets after a name with no 岁
// ("诉求人：孙某（61）"), a field answered 不详 saying nothing (车辆：不详 is not a car, 子女：不详 not a
// child), a count of children after the field name (子女：2人，均在外地成家), and the field name 子女
// before an answer that names them itself. Every rewrite keeps the length. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readWorkOrderForm } from '../../bot/hotline/work-order-form.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('work-order form fields', () => {
  it('an age in brackets after a name', () => {
    const h = run('诉求人：孙某（61）\n来电人：邻居\n家庭人口：3人\n诉求：申请临时救助');
    expect(h.members?.[0]?.age).toBe(61);
    expect(h.members).toHaveLength(3);
  });

  it('a field answered 不详 says nothing', () => {
    const h = run('诉求人：周某（男，45）\n家庭情况：本人；配偶（44）\n车辆：不详\n子女：不详\n存款：未说明');
    expect(h.property?.vehicles).toBeUndefined();
    expect(h.property?.deposits).toBeUndefined();
    expect(h.obligors).toBeUndefined();
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('a count of children after the field name, living apart', () => {
    const h = run(
      '诉求人：冯某（女，70）；家庭情况：老两口，配偶72岁；子女：2人，均在外成家；经济来源：养老金每人120元/月',
    );
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list).toHaveLength(2);
    expect(h.income?.basicPension).toBe(2880);
  });

  it('the field name before an answer that names no child', () => {
    const h = run('诉求人：韩某（男，80）\n家庭情况：一个人住；子女：一辈子没结婚，无儿无女');
    expect(h.obligors?.exist).toBe(false);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('keeps every length; an answer of 无 and a number that is not an age stay', () => {
    const t = '诉求人：孙某（61）；车辆：不详；子女：3人；存款：无；工单号（20261205）';
    expect(readWorkOrderForm(t)).toHaveLength(t.length);
    expect(readWorkOrderForm(t)).toContain('存款：无');
    expect(readWorkOrderForm(t)).toContain('（20261205）');
    expect(run('诉求人：孙某（61）；存款：无').property?.deposits).toBe(0);
  });
});
