// Grandparents raising grandchildren: "两人养老金每月一共…" after more people were named as living there counts the two
// the pension is of, not the household; and "两个娃", "俩孩子" later, with no child at home, are those grandchildren
// again, not two children more. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('grandparents with grandchildren, counted once', () => {
  it('晋南: 带着孙子和孙女过…两人养老金…两个娃: four at home', () => {
    const f = facts(
      '稷山县某村村民李某（男，70岁）来电，儿子前年病殁了，儿媳走了不管娃。他和老伴（66岁）带着孙子（13岁，上初一）和孙女（9岁，上三年级）过。' +
        '老两口种地一年三千来块，两人养老金每月一共三百四。问两个娃能不能有补助。',
    );
    expect(f.get('size')).toBe(4);
    expect(f.get('members[2].relation')).toBe('grandchild');
    expect(f.get('members[3].relation')).toBe('grandchild');
    expect(f.get('members[3].age')).toBe(9);
    expect(f.has('members[4].relation')).toBe(false);
  });

  it('粤: 同老婆带住两个孙…两人养老金每月一共…两个细路: the same', () => {
    const f = facts(
      '来电人梁伯（72岁），阳东区某村村民，同老婆（68岁）带住孙仔（12岁）同孙女（7岁），两人养老金每月一共四百蚊。问两个细路有冇补助。',
      '441704',
    );
    expect(f.get('size')).toBe(4);
    expect(f.get('members[2].relation')).toBe('grandchild');
    expect(f.has('members[4].relation')).toBe(false);
  });

  it('a couple alone: "两人养老金" still says the household is the two', () => {
    const f = facts('来电人（男，75岁），村民，老两口过，两人养老金每月一共三百二。');
    expect(f.get('size')).toBe(2);
  });
});
