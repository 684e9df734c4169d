// Who a later word is (issue 22, round 23): 粤 "同个傻仔住" names a son by his simple mind, a child and a
// disability at once, and "个仔" after it is him again, not one more son; 佢/他 with the one talked about
// just said to have died is the person the summary is about ("阿妈今年过身，佢而家一个人住"). The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a son named by his simple mind, then named plainly', () => {
  it('粤: 同个傻仔住 … 个仔有残疾补贴', () => {
    const h = run(
      '来电人黄某（女，72岁），老公前年过身，而家同个傻仔（45岁，智力残疾二级）两个住。自己养老金每月两百几，个仔有残疾补贴。',
      '441702',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.members?.[1]).toMatchObject({ age: 45, disability: { kind: 'intellectual', grade: 2 } });
  });

  it('晋南: 儿子憨 … 儿子 again is the one son', () => {
    const h = run('来电人（男，70岁），老伴没了，跟憨儿子（40岁，智力残疾二级）一搭过。儿子一个月领残疾补贴一百来块。');
    expect(h.members?.filter((m) => m.relation === 'child')).toHaveLength(1);
  });
});

describe('a pronoun after the one talked about died', () => {
  it('粤: 阿妈今年过身，佢而家一个人住，喺广州读大一', () => {
    const h = run('来电人陈某（男，19岁）。阿爸好早过身，阿妈今年5月病死，佢而家一个人住，喺广州读大一。', '441702');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', student: { fullTime: true } });
  });

  it('晋南: 他妈今年没了，他一个人过，在太原念大学', () => {
    const h = run('来电人王某（男，20岁）。他爸早些年殁了，他妈今年3月也殁了，他这会儿一个人过，在太原念大二。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', student: { fullTime: true } });
  });
});
