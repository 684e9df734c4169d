// Round 9 (issue 22): relatives who live elsewhere, however the summary counts or places them. A count
// right after relatives ("子女两人都在市区", "个仔两个都喺广州") counts them, not the household (but "家里就
// 父母二人" and "与女儿两人生活" still count the household); a place outside both cities after 在/喺
// ("个女喺香港", "儿子在新疆") is somewhere else to live, like the big cities already known; children a
// couple has, named after them and then "都已嫁出去", live apart while the couple stays. The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a count after relatives', () => {
  it('子女两人都在市区 counts the children, who live apart', () => {
    const h = run('居民来电，称自己79岁，独居，有退休金。子女两人都在城区。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('粤: 仔女两人都喺广州', () => {
    const h = run('来电人（女，70岁）老公过咗身，一个人住。仔女两人都喺广州返工。', '441700');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('与女儿两人生活 is still the household', () => {
    const h = run('来电人（女，38岁）与11岁女儿两人生活，在超市上班。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });
});

describe('a place outside both cities', () => {
  it('粤: 个女喺香港', () => {
    const h = run('居民何婆婆（75岁）来电，老公已过身，个女喺香港。', '441700');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('north: 儿子在新疆', () => {
    const h = run('来电人（男，72岁）与老伴（70岁）生活，儿子在新疆。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });
});

describe('children a couple has, all married away', () => {
  it('粤: 两公婆得两个女，都已嫁出去', () => {
    const h = run('村民（男，66岁）来电，两公婆得两个女，都已嫁出去，逢年过节畀啲钱。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('north: 老两口有三个闺女，都已出嫁', () => {
    const h = run('村民（男，70岁）来电，老两口有三个闺女，都已出嫁。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list).toHaveLength(3);
  });

  it('the speaker with a daughter, both there, are not set apart', () => {
    const h = run('来电人（女，40岁）话，我同个女，都喺广州。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });
});
