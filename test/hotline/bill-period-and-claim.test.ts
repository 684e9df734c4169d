// What a bill costs the family (issue 22, round 23): a cost after a clause that said how often ("每月去康复
// 机构训练，自费约两千") is by the month, made yearly; a sum spent while insurance has not yet paid its share
// ("已经花了三万多，新农合还没报") is a medical expense whose own part is not known yet. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a cost after how often it is paid', () => {
  it('晋南: 每月去县里康复中心训练，自己掏两千', () => {
    const h = run('来电人（女，35岁），娃6岁，孤独症，办了精神残疾证二级，每月去县里一家康复中心训练，自己掏两千。');
    expect(h.hardship?.expenses?.[0]).toMatchObject({ kind: 'disability_rehab', amount: 24000 });
  });

  it('粤: 每月去一间康复中心做训练，自费约二千五', () => {
    const h = run(
      '来电人（女，31岁），个女4岁，自闭症，精神残疾二级，每月去市区一间康复中心做训练，自费约二千五。',
      '441702',
    );
    expect(h.hardship?.expenses?.[0]).toMatchObject({ kind: 'disability_rehab', amount: 30000 });
  });

  it('a sum spent so far after 每月 is not made yearly', () => {
    const h = run('来电人（男，50岁），老婆尿毒症，每周透析两次，自费部分已花了两万多。');
    expect(h.hardship?.expenses?.[0]?.amount).not.toBeGreaterThan(100000);
  });
});

describe('a bill insurance has not paid yet: medical, amount unknown', () => {
  it('晋南: 已经花了三万多，新农合还没报', () => {
    const h = run(
      '来电人（女，48岁），老汉11月28日在地里叫三轮车撞了，腿断了，在县医院住着，已经花了三万多，新农合还没报。',
    );
    expect(h.hardship?.expenses?.[0]?.kind).toBe('medical');
    expect(h.hardship?.expenses?.[0]?.amount).toBeUndefined();
  });

  it('粤: 已用咗九万几，医保仲未结算', () => {
    const h = run(
      '来电人（女，45岁），老公上个礼拜喺工地跌落嚟，而家喺市人民医院ICU，已用咗九万几，医保仲未结算。',
      '441702',
    );
    expect(h.hardship?.expenses?.[0]?.kind).toBe('medical');
    expect(h.hardship?.expenses?.[0]?.amount).toBeUndefined();
  });

  it('paid after insurance is still the family’s part', () => {
    const h = run('来电人（男，60岁），老伴住院花了五万，报销以后自己出了两万。');
    expect(h.hardship?.expenses?.[0]?.amount).toBe(20000);
  });
});
