// "儿子40岁在县城打工，自己一家四口": a clause opening with 自己一家 right after a grown relative counts that relative's
// own family: not the household's size, and the relative keeps a home of their own (an obligor, not a member).
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe("a relative's own family counted after 自己一家", () => {
  it('晋南: 闺女38岁在运城打工，自己一家三口: the couple are two, the daughter an obligor', () => {
    const f = facts(
      '夏县某村村民赵某（男，70岁）来电，老伴68岁，老两口种地一年三千来块。闺女38岁在运城打工，自己一家三口，顾不上俺们。问能不能吃低保。',
    );
    expect(f.get('size')).toBe(2);
    expect(f.get('obligors.list[0].relation')).toBe('child');
    expect(f.get('obligors.list[0].age')).toBe(38);
    expect(f.has('members[2].relation')).toBe(false);
  });

  it('粤: 个仔42岁喺阳江打工，自己一家四口: the same', () => {
    const f = facts(
      '来电人林姨（66岁），阳东区某村村民，同老公（69岁）两个住。个仔42岁喺阳江打工，自己一家四口，冇乜俾钱。',
      '441704',
    );
    expect(f.get('size')).toBe(2);
    expect(f.get('obligors.list[0].relation')).toBe('child');
  });

  it("the caller's own family of three is still the household", () => {
    const f = facts('来电人王某（男，40岁），村民，自己一家三口，老婆38岁，闺女12岁上初一。');
    expect(f.get('size')).toBe(3);
  });
});
