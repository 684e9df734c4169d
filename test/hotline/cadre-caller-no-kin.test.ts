// Round 23 (issue 22): a summary that opens with a cadre or a neighbour calling in ("某村村委会干部来电反映",
// "邻居来电") and then tells of a family ("该村有一户母子：母亲…") has a caller who is no relative of
// theirs: not a child elsewhere who owes support, not a member. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a cadre or neighbour calling in', () => {
  it('晋南: 村干部来电反映…母亲…儿子 is the mother and son, no obligor', () => {
    const h = run(
      '闻喜县某村村委会干部来电反映，村里有一户母子：母亲（71岁），儿子（43岁）智力残疾二级，一直在家，娘俩就靠母亲的养老金过活。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 71],
      ['child', 43],
    ]);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('粤: 村干部来电反映…阿妈…个仔 is the mother and son, no obligor', () => {
    const h = run(
      '阳春市某村村干部来电反映，村里有一户母子：阿妈（75岁），个仔（40岁）精神残疾一级，长期喺屋企，靠阿妈养老金过日子。',
      '441700',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 75],
      ['child', 40],
    ]);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('a son calling for his mother still owes her support', () => {
    const h = run('来电人称其母亲（80岁）一个人住，来电人在外地打工。');
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});
