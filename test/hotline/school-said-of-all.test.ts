// Round 24 (issue 22): schooling said of several children at once ("儿子12岁，女儿9岁，都上学") is every one's,
// a university course named by its degree (在太原上本科) or a vocational school (读职中) is full-time study,
// and a school level with 文化 or 学历 (初中文化) is schooling finished. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('schooling said of all the children named before 都', () => {
  it('晋南: 闺女14岁，小子10岁，都在镇上上学', () => {
    const h = run('来电人（女，41岁），夏县某村，丈夫外出打工。闺女14岁，小子10岁，都在镇上上学。');
    const kids = h.members?.filter((m) => m.relation === 'child') ?? [];
    expect(kids.map((m) => m.age)).toEqual([14, 10]);
    expect(kids.map((m) => m.student?.fullTime)).toEqual([true, true]);
  });

  it('晋南: 两个娃一个12岁一个8岁都上学', () => {
    const h = run('来电人（男，40岁），芮城县某村，腰不好干不了重活。两个娃一个12岁一个8岁都上学。');
    const kids = h.members?.filter((m) => m.relation === 'child') ?? [];
    expect(kids.map((m) => m.student?.fullTime)).toEqual([true, true]);
  });

  it('粤: 个仔13岁，个女8岁，都喺村小读书', () => {
    const h = run('来电人（女，40岁），阳东区某村，老公（42岁）做散工。个仔13岁，个女8岁，都喺村小读书。', '441704');
    const kids = h.members?.filter((m) => m.relation === 'child') ?? [];
    expect(kids.map((m) => m.age)).toEqual([13, 8]);
    expect(kids.map((m) => m.student?.fullTime)).toEqual([true, true]);
  });

  it('only the last child when there is no 都', () => {
    const h = run('来电人（女，38岁），绛县某村。儿子15岁在家帮忙，闺女9岁上学。');
    const kids = h.members?.filter((m) => m.relation === 'child') ?? [];
    expect(kids.map((m) => m.student?.fullTime)).toEqual([undefined, true]);
  });
});

describe('degree courses and vocational schools', () => {
  it('晋南: 儿子在太原上本科', () => {
    const h = run('来电人（男，50岁），闻喜县某村，婆姨（47岁）在家。儿子（20岁）在太原上本科。');
    expect(h.members?.find((m) => m.relation === 'child')?.student?.fullTime).toBe(true);
  });

  it('晋南: 闺女今年考上一所本科院校', () => {
    const h = run('来电人（女，45岁），永济市某村，老汉没了。闺女（18岁）今年考上一所本科院校，学费还没凑够。');
    expect(h.members?.find((m) => m.relation === 'child')?.student?.fullTime).toBe(true);
  });

  it('粤: 个女读职中', () => {
    const h = run('来电人（男，47岁），阳西县某村，老婆（45岁）喺屋企。个女（17岁）读职中。', '441721');
    expect(h.members?.find((m) => m.relation === 'child')?.student?.fullTime).toBe(true);
  });

  it('初中文化 is schooling finished, not at school', () => {
    const h = run('来电人（男，35岁），临猗县某村，初中文化，在砖厂打工，一月两千五。');
    expect(h.members?.[0]?.student).toBeUndefined();
    expect(h.members?.[0]?.employed).toBe(true);
  });
});
