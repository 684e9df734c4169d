// Round 13 of call summaries: relatives left in the home village while the one the call is about works
// away live apart (but the subject's own village, or a spouse there, still counts); "我同老公两个" closing
// its clause is a household of two; children said to be married apart and then counted are those same
// children; a work order's "12/3" is a date; a hand caught in a machine is an accident. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives left in the home village', () => {
  it('parents in the village of a worker in town live apart', () => {
    const h = run('市民黄某（男，29岁），喺江城区做保安，月薪3200，租屋住。阿爸阿妈喺乡下耕田。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent', 'parent']);
  });

  it('parents in the home village (晋南 wording)', () => {
    const h = run('来电人（男，34岁）在运城市区工地打工，月工资四千，租房住。爹娘在老家种地。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['parent', 'parent']);
  });

  it('the village of the people the call is about, or of a spouse, says only where they live', () => {
    const h = run('来电人反映其母亲（70岁）中风住院。母亲与父亲（72岁）二人在乡下种地，一年收入五千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    const w = run('来电人（女，50岁）在市区做保姆，月工资三千，丈夫（52岁）在老家种地。');
    expect(w.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

describe('the household counted by the writer', () => {
  it('"俺和老伴两个" closing its clause is two, the sons named after live apart', () => {
    const h = run(
      '稷山县某村李某（男，73岁）来电："俺和老伴两个，她腿不行了。"三个儿子，大儿子在村里种地，二儿子和三儿子在运城打工。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.length).toBe(3);
  });

  it('粤: "我同老公两个，…"', () => {
    const h = run('陈姨（66岁）来电：我同老公两个，佢有糖尿病。两个仔，大仔喺广州，细仔喺阳春开铺。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('children said married apart, then counted, are the same children', () => {
    const h = run('来电：黄伯，68岁，老婆65岁，两公婆种菜。"啲仔女都结晒婚，各有头家"，两个仔女过年先返嚟。', '441721');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });
});

describe('relatives counted or set apart in passing', () => {
  it('a count opening the brackets after the children counts them', () => {
    const h = run('来电人（男，36岁）开货车，月入五千，老婆在家带细路（3个，9岁、6岁、1岁）。', '441704');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 36],
      ['spouse', undefined],
      ['child', 9],
      ['child', 6],
      ['child', 1],
    ]);
    const y = run('来电人（女，41岁）在超市上班，带着娃（两个，12岁、8岁）租房住。');
    expect(y.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
  });

  it('a sister with a family of her own lives apart, though she looks after the one called about', () => {
    const h = run(
      '村干部反映：村民（男，44岁）智力残疾一级，未婚，父母已故，现由其姐姐（50岁，种田，有自己家庭）照顾日常。',
      '441721',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
  });
});

describe('emergencies a work order writes', () => {
  it('a month and a day with a slash', () => {
    expect(parseWhen('11/30 夜晚', '2026-12-05')).toBe('2026-11-30');
    expect(parseWhen('（12/3）', '2026-12-05')).toBe('2026-12-03');
    // (After today: last year's.)
    expect(parseWhen('12/20 发生', '2026-12-05')).toBe('2025-12-20');
    // (A rate or a longer figure is no date.)
    expect(parseWhen('每月2200/月', '2026-12-05')).toBeUndefined();
    expect(parseWhen('400/12', '2026-12-05')).toBeUndefined();
  });

  it('a hand caught in a machine, dated by the slash', () => {
    const h = run('11/29 上午，阳东某加工厂工人（男，39岁）被机器卷伤左手，住院中。"而家冇钱开饭"。', '441704');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'accident', date: '2026-11-29', basicLivingSevere: true });
  });
});
