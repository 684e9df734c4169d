// Round 12: answers to "第2位、第3位分别是你的什么人？" that say more about someone just named, or name
// someone who has died; and a members answer typed for a parent. Our own sentences, played through the
// dialogue, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

type Known = { relation?: 'self'; age: number }[];
const item = (say: string, city: '140800' | '441700', members: Known, kind = 'relations') => ({
  id: 'own-relations-12',
  city,
  kind: kind as never,
  known: { members },
  say,
  facts: {},
});

const two: Known = [{ relation: 'self', age: 64 }, { age: 62 }, { age: 33 }];

describe('the last word named again, to say more about them', () => {
  it('晋南 "俺老伴 俺小子 小子在家种地" is two people', () => {
    const r = runAnswer(item('俺老伴 俺小子 小子在家种地', '140800', two))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });

  it('粤 "老婆，个女，女仔离咗婚返屋企住" is two people', () => {
    const r = runAnswer(item('老婆，我个女，个女离咗婚返屋企住', '441700', two))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });

  it('the same word twice with nothing more is two people of that kind', () => {
    const r = runAnswer(item('闺女 闺女', '140800', [{ relation: 'self', age: 64 }, { age: 40 }, { age: 36 }]))!;
    expect(recorded(r, 'members[1].relation')).toBe('child');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });
});

describe('someone named as dead is none of those asked about', () => {
  it('晋南 "孙女跟她妈 俺儿子早没啦": the son who died is not counted', () => {
    const r = runAnswer(item('儿媳妇跟孙女 俺儿子早没啦', '140800', two))!;
    expect(recorded(r, 'members[1].relation')).toBe('other');
    expect(recorded(r, 'members[2].relation')).toBe('grandchild');
  });

  it('"俺外孙女 她爸没了 还有俺老伴": the daughter’s child, not skipped for her father’s death', () => {
    const r = runAnswer(item('俺外孙女 她爸没了 还有俺老伴', '140800', two))!;
    expect(recorded(r, 'members[1].relation')).toBe('grandchild');
    expect(recorded(r, 'members[2].relation')).toBe('spouse');
  });

  it('晋南 妗子 is an uncle’s wife: another relative', () => {
    const r = runAnswer(item('俺妗子', '140800', [{ relation: 'self', age: 40 }, { age: 66 }]))!;
    expect(recorded(r, 'members[1].relation')).toBe('other');
  });
});

describe('filling in for a parent, and a spouse who has died', () => {
  it('粤 "帮我阿妈填，佢七十，我老豆七十三": the mother is the applicant, the father her husband', () => {
    const r = runAnswer(item('帮我阿妈填，佢七十，我老豆七十三', '441700', [], 'members'))!;
    expect(recorded(r, 'size')).toBe(2);
    expect(recorded(r, 'members[0].age')).toBe(70);
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[1].age')).toBe(73);
  });

  it('晋南 "给俺爹填的 他八十 俺娘七十七"', () => {
    const r = runAnswer(item('给俺爹填的 他八十 俺娘七十七', '140800', [], 'members'))!;
    expect(recorded(r, 'members[0].age')).toBe(80);
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
  });

  it('晋南 "老伴早没啦 就俺一个 六十七" is one person', () => {
    const r = runAnswer(item('老伴早没啦 就俺一个 六十七', '140800', [], 'members'))!;
    expect(recorded(r, 'size')).toBe(1);
    expect(recorded(r, 'members[0].age')).toBe(67);
  });
});

describe('one numbered choice for all of those asked about', () => {
  const two = { obligors: { exist: true, list: [{ relation: 'child' as const }, { relation: 'child' as const }] } };
  const situation = (say: string, city: '140800' | '441700') => ({
    id: 'own-situation-12',
    city,
    kind: 'obligors.situation' as const,
    known: two,
    say,
    facts: {},
  });
  it('粤 "两个都系1" is choice 1 for both', () => {
    const r = runAnswer(situation('两个都系1', '441700'))!;
    expect(recorded(r, 'obligors.list[0].ableBodiedAdult')).toBe(true);
    expect(recorded(r, 'obligors.list[1].ableBodiedAdult')).toBe(true);
  });

  it('晋南 "俩都是1" the same; "都是2个" is no choice', () => {
    const r = runAnswer(situation('俩都是1', '140800'))!;
    expect(recorded(r, 'obligors.list[1].ableBodiedAdult')).toBe(true);
    const s = runAnswer(situation('都是2个', '140800'))!;
    expect(recorded(s, 'obligors.list[0].status')).toBeUndefined();
  });
});

describe('more words than members asked about', () => {
  it('晋南 "儿媳妇跟外孙 儿子在外地打工": the son away is not one of those asked about', () => {
    const r = runAnswer(
      item('儿媳妇跟孙女 儿子在外地打工', '140800', [{ relation: 'self', age: 66 }, { age: 38 }, { age: 10 }]),
    )!;
    expect(recorded(r, 'members[1].relation')).toBe('other');
    expect(recorded(r, 'members[2].relation')).toBe('grandchild');
  });

  it('粤 "心抱同个孙 个仔喺外面做嘢" the same', () => {
    const r = runAnswer(
      item('心抱同个孙，个仔喺外面做嘢', '441700', [{ relation: 'self', age: 66 }, { age: 38 }, { age: 10 }]),
    )!;
    expect(recorded(r, 'members[1].relation')).toBe('other');
    expect(recorded(r, 'members[2].relation')).toBe('grandchild');
  });
});

describe('a word that names someone only standing alone, in one part of the answer', () => {
  const three: Known = [{ relation: 'self', age: 45 }, { age: 43 }, { age: 70 }];
  it('晋南 "老婆子，俺大": 俺大 standing alone is the father', () => {
    const r = runAnswer(item('老婆子，俺大', '140800', three))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('parent');
  });

  it('"俺大孙子" is the eldest grandson, not the father', () => {
    const r = runAnswer(item('俺大孙子 俺老伴', '140800', [{ relation: 'self', age: 60 }, { age: 12 }, { age: 58 }]))!;
    expect(recorded(r, 'members[1].relation')).toBe('grandchild');
    expect(recorded(r, 'members[2].relation')).toBe('spouse');
  });

  it('粤 "阿妈，老板": 老板 standing alone as one part is still the husband', () => {
    const r = runAnswer(item('阿妈，老板', '441700', [{ relation: 'self', age: 45 }, { age: 70 }, { age: 47 }]))!;
    expect(recorded(r, 'members[1].relation')).toBe('parent');
    expect(recorded(r, 'members[2].relation')).toBe('spouse');
  });
});
