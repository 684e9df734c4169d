// What a request collects is checked before it is sent: names, phone numbers, and the optional
// 身份证号 by its GB 11643 check digit and birth date; and masked forms for lists.
import { describe, expect, it } from 'vitest';
import { cleanIdNumber, cleanName, cleanPhone } from '../../bot/referral/validate.ts';
import { maskIdNumber, maskName, maskPhone } from '../../bot/referral/mask.ts';

describe('request fields', () => {
  it('accepts Chinese names (with the minority middle dot) and Latin names, refuses the rest', () => {
    expect(cleanName(' 王秀英 ')).toBe('王秀英');
    expect(cleanName('阿依古丽•买买提')).toBe('阿依古丽·买买提');
    expect(cleanName('Li Na')).toBe('Li Na');
    expect(cleanName('王')).toBeUndefined();
    expect(cleanName('13812345678')).toBeUndefined();
    expect(cleanName('王'.repeat(21))).toBeUndefined();
  });

  it('accepts mainland mobiles (also full-width and +86) and landlines with an area code', () => {
    expect(cleanPhone('13812345678')).toBe('13812345678');
    expect(cleanPhone('１３８ １２３４ ５６７８')).toBe('13812345678');
    expect(cleanPhone('+86 13812345678')).toBe('13812345678');
    expect(cleanPhone('0359-2123456')).toBe('0359-2123456');
    expect(cleanPhone('07623123456')).toBe('0762-3123456');
    expect(cleanPhone('12812345678')).toBeUndefined();
    expect(cleanPhone('1381234567')).toBeUndefined();
    expect(cleanPhone('2123456')).toBeUndefined();
  });

  it('finds the one number in a sentence typed around it, never one of two', () => {
    expect(cleanPhone('１５９ ８８２１ ４４７０ 是我儿子的')).toBe('15988214470');
    expect(cleanPhone('打村里 0354-5012345 找会计')).toBe('0354-5012345');
    expect(cleanPhone('我今年70 电话13612345678')).toBe('13612345678');
    expect(cleanPhone('13612345678 或者 13712345678')).toBeUndefined();
    expect(cleanPhone('7 13612345678')).toBeUndefined();
    expect(cleanPhone('不想留电话')).toBeUndefined();
  });

  it('checks the GB 11643 check character and the birth date', () => {
    // The standard's own example number.
    expect(cleanIdNumber('11010519491231002X')).toBe('11010519491231002X');
    expect(cleanIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(cleanIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(cleanIdNumber('110105194912310021')).toBeUndefined(); // wrong check digit
    expect(cleanIdNumber('110105194902300020')).toBeUndefined(); // right check digit, but 30 February
    expect(cleanIdNumber('1101051949123100')).toBeUndefined();
  });

  it('masks for lists', () => {
    expect(maskName('王秀英')).toBe('王*英');
    expect(maskName('王英')).toBe('王*');
    expect(maskName('欧阳秀英')).toBe('欧**英');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('11010519491231002X')).toBe('1101************2X');
    expect(maskPhone('0359-2123456')).toBe('035****3456');
  });
});
