// The home, said by what it is (issue 22, round 23): rooms a fire or a flood struck ("两间房烧塌了") are the
// home hit, not two houses owned; a rented room (出租屋) lived in is no house of their own, unless said to be
// owned to let ("有两间出租屋"); a flat still being paid for (供紧楼) is their own. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('rooms struck are not houses counted', () => {
  it('晋南: 三间房连铺盖全烧了', () => {
    const h = run('来电人（男，60岁），12月3日黑夜屋里炉子引着了柴火，三间房连铺盖粮食全烧了，这会儿住在他兄弟家。');
    expect(h.property?.houses).not.toBe(3);
  });

  it('粤: 两间屋冲冧咗', () => {
    const h = run('来电人（女，55岁），上个礼拜落大雨，后山泥冲落嚟，两间屋冲冧咗，而家住喺亲戚屋企。', '441702');
    expect(h.property?.houses).not.toBe(2);
  });
});

describe('a rented room is no house of their own', () => {
  it('晋南: 住的出租屋着火了', () => {
    const h = run('来电人（男，30岁），外地人，在城里送快递，12月2日黑夜出租屋着火了，被子衣裳全烧了。');
    expect(h.property?.houses).toBe(0);
  });

  it('粤: 出租屋起火', () => {
    const h = run('来电人（女，33岁），喺厂度返工，前晚出租屋隔篱起火烧埋佢间房，衫裤证件烧晒。', '441702');
    expect(h.property?.houses).toBe(0);
  });

  it('粤: 有两间出租屋 is not renting', () => {
    const h = run('来电人（男，62岁），自己有两间出租屋，每个月收租一千几，问可唔可以申请低保。', '441702');
    expect(h.property?.houses).not.toBe(0);
  });
});

describe('a flat still being paid for is their own', () => {
  it('粤: 屋企供紧楼', () => {
    const h = run('来电人（男，45岁），老婆冇返工，两个仔读书。屋企供紧楼，每个月还两千几。', '441702');
    expect(h.property?.houses).toBe(1);
  });
});
