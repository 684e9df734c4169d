// Answers to "第2位、第3位分别是你的什么人？" that pick each member by their place in the list ("第二个系…"),
// and a grandchild or child typing for the applicant. Our own sentences, played through the dialogue,
// in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

type Known = { relation?: 'self'; age: number }[];
const item = (say: string, city: '140800' | '441700', members: Known) => ({
  id: 'own-relations-by-place',
  city,
  kind: 'relations' as never,
  known: { members },
  say,
  facts: {},
});

const pair: Known = [{ relation: 'self', age: 75 }, { age: 77 }];
const three: Known = [{ relation: 'self', age: 68 }, { age: 66 }, { age: 41 }];

describe('第N个 names the member at that place, not choice N', () => {
  it('晋南 "第二个是俺老伴" is the spouse, not choice 2 (子女)', () => {
    const r = runAnswer(item('第二个是俺老伴', '140800', pair))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
  });

  it('粤 "第3个系我个仔，第2个系我老婆" in any order', () => {
    const r = runAnswer(item('第3个系我个仔，第2个系我老婆', '441700', three))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });
});

describe('typing for the applicant: the writer’s relatives counted from the applicant', () => {
  it('粤 "帮阿婆打字，第二个系我阿公": the grandfather is her husband', () => {
    const r = runAnswer(item('我系佢外孙女，帮阿婆打字，第二个系我阿公', '441700', pair))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
  });

  it('晋南 "替俺奶奶打的字 第二个是俺爷爷": the grandfather is her husband', () => {
    const r = runAnswer(item('替俺奶奶打的字 第二个是俺爷爷', '140800', pair))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
  });

  it('晋南 "第二个是我娘第三个是我姐，我是他们小子": mother is the spouse, sister the child', () => {
    const r = runAnswer(item('第二个是我娘第三个是我姐，我是他们小子', '140800', three))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });

  it('粤 "第2个系我阿妈 第3个系我细佬，我系佢哋个女"', () => {
    const r = runAnswer(item('第2个系我阿妈 第3个系我细佬，我系佢哋个女', '441700', three))!;
    expect(recorded(r, 'members[1].relation')).toBe('spouse');
    expect(recorded(r, 'members[2].relation')).toBe('child');
  });

  it('with no one typed for, the writer’s own mother stays a parent', () => {
    const r = runAnswer(item('第二个是我妈', '140800', [{ relation: 'self', age: 40 }, { age: 66 }]))!;
    expect(recorded(r, 'members[1].relation')).toBe('parent');
  });
});
