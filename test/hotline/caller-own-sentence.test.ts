// A summary about the caller's parent or brother, where a later sentence opens on 本人 and tells of the
// caller's own job: that pay is the caller's, who lives elsewhere, not the household's. 本人 listed with
// the people at home ("家中阿妈、本人") stays one of the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('本人 opening a sentence is the caller living apart', () => {
  it('粤: 来电人反映其细佬…。本人喺东莞做厨师', () => {
    const h = run(
      '来电人陈某（女，30岁）反映其细佬（27岁）有癫痫，同阿爸（63岁）两个住。阿爸种菜卖，一个月几百蚊。本人喺东莞做厨师月入五千，每月寄三百返屋企。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
    expect(h.members?.[0]?.age).toBe(27);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
    expect(h.income?.support?.[0]?.amount).toBe(3600);
  });

  it('north: 来电人称其父…。本人在太原开出租', () => {
    const h = run(
      '来电人（男，38岁）称其父亲（70岁）上月中风住院，母亲（68岁）在家种地。本人在太原开出租，每月挣四千多。',
      '140800',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.income?.wages).toBeUndefined();
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('本人 in the list of who is at home stays a member', () => {
    const h = run('诉求人称：其父前日出海未返。家中阿妈（60岁）、本人（33岁，喺城区打工月薪三千五）。');
    expect(h.income?.wages).toBe(42000);
  });
});
