// A factory is where one works ("喺工厂做", as 电子厂 already was), so a son working in a factory in
// another city lives there. The parent a child of the subject is said not to look after ("唔理阿妈",
// "不管他爹") is the subject, not one more person in the household. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a son in a factory elsewhere who does not look after his parent', () => {
  it('in Cantonese: 喺佛山工厂做，唔理阿妈', () => {
    const r = run('阳春市合水镇，陈某（女，58岁）独居，有个仔（30岁）喺佛山工厂做，月薪四千几，唔理阿妈。', '441781');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
    expect(r.household.income?.wages).toBeUndefined();
  });

  it('written the northern way: 在太原打工，也不管他爹', () => {
    const r = run('稷山县某村，来电人反映：二叔（61岁）一个人过。二叔有个儿子28岁在太原打工，也不管他爹。', '140824');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(r.household.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('a parent named apart from the child is still one more person', () => {
    const r = run('阳春市合水镇，陈某（男，40岁）同阿妈（70岁）一齐住，阿妈冇收入。', '441781');
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
  });
});
