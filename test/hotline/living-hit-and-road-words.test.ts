// Call summaries, round 23 (issue 22): words that say basic living is hit after an emergency (the family's
// means emptied, not money enough for the bill due, all belongings lost with the rest), a fall from a
// motorbike or a hit by one as a road accident, living alone in a rented room, and 粤 唔在咗 as died.
// Our own sentences, in both cities' writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (r: ReturnType<typeof run>, program: string) =>
  r.report.results.find((x) => x.program === program)?.verdict;

describe('basic living hit, in the words of the family', () => {
  it('粤 "屋企已经掏空" after a child falls ill: severe, and 临时救助 likely', () => {
    const r = run(
      '来电人李某（男，35岁），某村村民，喺五金厂做，月薪三千八。个仔6岁，11月10日查出白血病，住院已经用咗十二万。称“屋企已经掏空”。',
      '441721',
    );
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'sudden_illness', basicLivingSevere: true });
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('晋南 "家底都掏空了" says the same', () => {
    const r = run('来电人（女，50岁），老汉11月20日突发脑出血住院，花了六万多，家底都掏空了。', '140825');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤 "手术费都未够钱", 晋南 "手术费还差钱": the bill due cannot be met', () => {
    const yj = run('来电人（男，64岁），12月2日喺路口被电动车撞，腿骨折，称“手术费都未够钱”。', '441702');
    expect(yj.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    const yc = run('来电人（男，62岁），11月28日在地里干活摔断了腿，手术费还差钱。', '140826');
    expect(yc.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('all the belongings listed with what burnt ("烧咗单车同全部家当"): severe', () => {
    const r = run('来电人（男，30岁），独居，12月1日租住嘅屋着火，烧咗单车同全部家当。', '441781');
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'fire', basicLivingSevere: true });
  });

  it('"这是俺全部家当" of one thing lost says nothing of basic living', () => {
    const r = run('来电人（男，57岁），12月1日羊圈塌了压死五只羊，“这是俺全部家当”。一年养羊挣一万来块。', '140829');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});

describe('on the road', () => {
  it('粤 "开摩托跌车" is a traffic accident where it happened, and no car', () => {
    const r = run('来电人（男，40岁），某村村民，做散工，11月20日开摩托喺阳东区某镇跌车，手骨折。', '441781');
    expect(r.household.hardship?.events?.[0]).toMatchObject({ kind: 'traffic_accident', place: '441704' });
    expect(r.household.property?.vehicles).toBeUndefined();
  });

  it('晋南 "被摩托车撞了" is a traffic accident', () => {
    const r = run('来电人（女，66岁），12月3日去赶集路上被摩托车撞了，胯骨骨折住院。', '140828');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });
});

describe('who is left', () => {
  it('粤 "父母都唔在咗", "独自租屋": the one asked about lives alone in a rented room', () => {
    const r = run('来电人为细佬咨询。细佬（男，50岁）未婚冇仔女，父母都唔在咗，独自租屋，喺菜市场帮人搬货。', '441702');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.property?.houses).toBe(0);
  });

  it('晋南 "一个人租房住" is the same', () => {
    const r = run('来电人（男，45岁），离婚了，一个人租房住，在工地干活。', '140802');
    expect(r.household.members?.length).toBe(1);
    expect(r.household.property?.houses).toBe(0);
  });
});
