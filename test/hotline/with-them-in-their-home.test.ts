// Living with someone in that person's home, said in one breath ("同父母住父母嘅房", "跟儿子住儿子的房子"): the
// 同/跟 makes them members, and the home named after is theirs, not a home the family stays in as a guest. Someone
// first named at their home ("暂住姐姐家") is still only whose home it is. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('with them, in their home', () => {
  it('粤: 同父母住父母嘅房: both parents counted', () => {
    const h = run(
      '来电人（女，40岁），离婚后同父母住父母嘅房，冇工作。老豆（70岁）有退休金每月3000，阿妈（68岁）冇退休金。',
      '441700',
    ).household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(h.members?.map((m) => m.age)).toEqual([40, 70, 68]);
  });

  it('晋南: 跟爹娘住爹娘的房子: both parents counted', () => {
    const h = run('来电人（男，42岁），离了婚跟爹娘住爹娘的房子。爹（71岁）、娘（69岁）每月养老金各一百五。').household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
  });

  it('晋南: 暂住姐姐家: the sister is only whose home it is', () => {
    const h = run('来电人（男，50岁），房子塌了，现在暂住姐姐家。').household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
  });
});
