// Round 13: health and work answers played through the dialogue, in our own sentences. Whether the illness
// is on the local list said in words (在里头, 唔喺里面) or asked back (算不算); no illness said as being
// well; 孤独症 a mental disability; the older/younger child picked when only 大的/小的 is said; work
// said as 在外头干 or a 公益岗; a spouse working away but counted in the household is working.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../screening/index.ts';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700', kind: string, known: Household) => ({
  id: 'own-health-13',
  city,
  kind: kind as never,
  known,
  say,
  facts: {},
});

const ill: Household = {
  members: [
    { relation: 'self', age: 58 },
    { relation: 'spouse', age: 57, seriousIllness: true, illnessName: '肝癌' },
  ],
};

describe('is the illness on the local list?', () => {
  it('晋南 "乡里说肝癌在上头哩" is yes; 粤 "村委话唔喺入面" is no', () => {
    const r = runAnswer(item('乡里说肝癌在上头哩', '140800', 'illness.list', ill))!;
    expect(recorded(r, 'members[1].illnessOnLocalList')).toBe(true);
    const s = runAnswer(item('村委话唔喺入面', '441700', 'illness.list', ill))!;
    expect(recorded(s, 'members[1].illnessOnLocalList')).toBe(false);
  });

  it('asked back whether it counts ("医生说是大病，这个算不算") is not known, not a yes', () => {
    const r = runAnswer(item('医生说是大病，这个算不算', '140800', 'illness.list', ill))!;
    expect(recorded(r, 'members[1].illnessOnLocalList')).toBeUndefined();
    expect(r.reply).toContain('不清楚');
    expect(r.reply).not.toContain('没看懂');
  });

  it('"是吧，镇上说癌症都算" is still a yes (都算 is no question)', () => {
    const r = runAnswer(item('是吧，镇上说癌症都算', '140800', 'illness.list', ill))!;
    expect(recorded(r, 'members[1].illnessOnLocalList')).toBe(true);
  });
});

describe('no serious illness, said as being well', () => {
  const couple: Household = {
    members: [
      { relation: 'self', age: 70 },
      { relation: 'spouse', age: 68 },
    ],
  };
  it('晋南 "俺俩身子好着哩" and 粤 "两个都冇乜病" are a no', () => {
    for (const [say, city] of [
      ['俺俩身子好着哩', '140800'],
      ['两个都冇乜病', '441700'],
    ] as const) {
      const r = runAnswer(item(say, city, 'illness', couple))!;
      expect(recorded(r, 'members[0].seriousIllness')).toBe(false);
      expect(recorded(r, 'members[1].seriousIllness')).toBe(false);
    }
  });
});

describe('the names and kinds', () => {
  const one: Household = {
    members: [
      { relation: 'self', age: 40 },
      { relation: 'child', age: 8 },
    ],
  };
  it('粤 "个仔有孤独症证" is a mental disability (孤独症 is certified as 精神残疾)', () => {
    const r = runAnswer(item('个仔有孤独症证', '441700', 'disability', one))!;
    expect(recorded(r, 'members[1].disability.kind')).toBe('mental');
  });

  it('粤 "个仔地贫，要输血" names 地中海贫血; "柏金逊" is 帕金森病', () => {
    const r = runAnswer(item('个仔地贫，要输血', '441700', 'illness', one))!;
    expect(recorded(r, 'members[1].illnessName')).toBe('地中海贫血');
    const old: Household = {
      members: [
        { relation: 'self', age: 70 },
        { relation: 'spouse', age: 72 },
      ],
    };
    const s = runAnswer(item('有，老公柏金逊症', '441700', 'illness', old))!;
    expect(recorded(s, 'members[1].illnessName')).toBe('帕金森病');
  });
});

describe('who works', () => {
  const family: Household = {
    members: [
      { relation: 'self', age: 50 },
      { relation: 'spouse', age: 48 },
      { relation: 'child', age: 22 },
    ],
  };

  it('晋南 "就俺一个在外面干活 老婆在屋里看娃": the writer, one', () => {
    const r = runAnswer(item('就俺一个在外面干活 老婆在屋里看娃', '140800', 'employed', family))!;
    expect(recorded(r, 'members[0].employed')).toBe(true);
    expect(recorded(r, 'employedCount')).toBe(1);
  });

  it('晋南 "俺在村里公益岗上 一个月四百" is work, its pay a wage', () => {
    const alone: Household = { members: [{ relation: 'self', age: 61 }] };
    const r = runAnswer(item('俺在村里公益岗上 一个月四百', '140800', 'employed', alone))!;
    expect(recorded(r, 'members[0].employed')).toBe(true);
    expect(recorded(r, 'income.wages')).toBe(4800);
  });

  it('"三口人，老汉在外地打工也算上，俺四十五他四十七，闺女十九": the husband counted is working', () => {
    const r = runAnswer(item('三口人，老汉在外地打工也算上，俺四十五他四十七，闺女十九', '140800', 'members', {}))!;
    expect(recorded(r, 'size')).toBe(3);
    expect(recorded(r, 'members[1].employed')).toBe(true);
  });

  it('asked before the household: "俺小子在县里饭店当厨师" / 粤 "个女喺超市做收银" is one at work', () => {
    for (const [say, city] of [
      ['俺小子在县里饭店当厨师 一个月三千', '140800'],
      ['得个女喺超市做收银', '441700'],
    ] as const) {
      const r = runAnswer(item(say, city, 'employed', {}))!;
      expect(recorded(r, 'employedCount')).toBe(1);
    }
  });

  it('…but asking whether it counts ("老公帮人打鱼算唔算") records no count', () => {
    const r = runAnswer(item('老公帮人打鱼算唔算', '441700', 'employed', {}))!;
    expect(recorded(r, 'employedCount')).toBeUndefined();
  });

  it('"散工算唔算 老公得闲去地盘做几日": the kind asked about names no worker; the husband works', () => {
    const couple: Household = {
      members: [
        { relation: 'self', age: 58 },
        { relation: 'spouse', age: 60 },
      ],
    };
    const r = runAnswer(item('散工算唔算 老公得闲去地盘做几日', '441700', 'employed', couple))!;
    expect(recorded(r, 'employedCount')).toBe(1);
    expect(recorded(r, 'members[1].employed')).toBe(true);
  });

  it('…with no one named after it ("打零工算不算 有活就干"), it is the writer’s own work', () => {
    const me: Household = { members: [{ relation: 'self', age: 52 }] };
    const r = runAnswer(item('打零工算不算 有活就干', '140800', 'employed', me))!;
    expect(recorded(r, 'members[0].employed')).toBe(true);
  });
});
