// Issue 21, round 7 (und7a): our own sentences. What is left ("就剩", "得番") after a correction is
// the money the answer began with, not the reason told in between; a negation before a verb of
// willing or letting ("不肯说", "唔肯讲") refuses to tell and is not a no; 屋里的 alone is the wife in
// 晋南, but not before a thing ("屋里的东西").
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('what is left, after a correction', () => {
  it('a savings figure corrected by what remains after a cost', () => {
    const u = read('有三万块，不对，前些天给老汉看病花了，现在还剩两万', 'deposits');
    expect(value(u, 'property.deposits')).toBe(20000);
    expect(value(u, 'income.support')).toBeUndefined();
  });

  it('粤: 得番 is what is left', () => {
    const u = read('本来有五万，唔系，旧年帮个仔交咗首期，而家得番一万', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(10000);
  });

  it('净番 after costs is the net', () => {
    const u = read('一年卖菜卖得八千，除咗种子肥料净番五千', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(5000);
  });
});

describe('refusing to tell is not a no', () => {
  it('"不知道，他不肯说" leaves the savings unknown', () => {
    const u = read('不知道，俺爹不肯说', 'deposits');
    expect(u.idk).toBe(true);
    expect(u.yes).toBeUndefined();
  });

  it('粤: "唔知，佢唔肯讲"', () => {
    const u = read('唔知，阿爸唔肯讲', 'deposits', '441700');
    expect(u.idk).toBe(true);
    expect(u.yes).toBeUndefined();
  });
});

describe('屋里的', () => {
  it('alone, with an age, is the wife', () => {
    const u = read('俺六十六 屋里的六十四', 'members');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(64);
  });

  it('before a thing, names no one', () => {
    const u = read('俺六十六，屋里的家具都烧了', 'members');
    expect(value(u, 'size')).not.toBe(2);
  });
});

describe('in a 12345 summary', () => {
  it('what is left in hand of a payment is savings', () => {
    const u = read('来电人称丈夫去年工伤去世，厂里赔了三十万，还了债，自己手里还剩五万', 'summary');
    expect(value(u, 'property.deposits')).toBe(50000);
  });

  it('"称俺家屋里的（妻子…）" is the caller’s wife, not the person the call is about', () => {
    const u = read('临猗县来电，称俺家屋里的（妻子，52岁）瘫痪在床，俺在家照顾', 'summary');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(52);
  });
});
