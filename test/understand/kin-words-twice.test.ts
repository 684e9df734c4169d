// Issue 21, round 7 (und7a): kinship words, our own sentences. A short kin word after "my" and its
// whole form are one person (俺闺女 … 闺女, 俺儿 … 儿子, 俺哥 … 哥哥); 孩他爸 is the husband, 干妈 and
// 契爷 are no statutory relatives (其他亲戚).
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

describe('one person named twice, short and whole', () => {
  it('俺儿 then 儿子 with the age', () => {
    const u = read('就俺跟俺儿 俺七十 儿子四十五', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(45);
  });

  it('俺哥 then 哥哥', () => {
    const u = read('俺和俺哥两个人，俺六十，哥哥六十五', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('sibling');
    expect(value(u, 'members[1].age')).toBe(65);
  });
});

describe('words for the husband and for non-relatives', () => {
  it('孩他爸 is the spouse', () => {
    const u = read('俺四十 孩他爸四十三', 'members');
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });

  it('干妈 and 契爷 are other', () => {
    expect(read('是俺干妈', 'relations').relationSequence[0]?.rel).toBe('other');
    expect(read('系我契爷', 'relations', '441700').relationSequence[0]?.rel).toBe('other');
  });
});

describe('a relative of the one just named', () => {
  it('"我个女 同 佢老公": the daughter, then her husband (其他亲戚)', () => {
    const u = read('我个女 同 佢老公', 'relations', '441700');
    expect(u.relationSequence.map((x) => x.rel)).toEqual(['child', 'other']);
  });

  it('with nobody named before, 他老伴 is still the spouse', () => {
    const u = read('他老伴', 'relations');
    expect(u.relationSequence.map((x) => x.rel)).toEqual(['spouse']);
  });
});
