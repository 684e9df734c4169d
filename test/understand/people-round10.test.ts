// Round 10 (r10p): people and money conventions left over after round 10's helpers. Our own sentences,
// not the blind sets', each with the other city's way of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'opening') => read(text, slot, '441700');
const yc = (text: string, slot: SlotId = 'opening') => read(text, slot, '140800');

describe('asking for a parent, with the verb right after the parent', () => {
  it('"帮我阿妈问嘅" makes the mother the applicant; 阿爸 after it is her husband', () => {
    const u = yj('帮我阿妈问嘅，佢七十八，阿爸八十一，得两老喺乡下');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'members[0].age')).toBe(78);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(81);
  });

  it('给俺娘问, in 晋南 words', () => {
    const u = yc('给俺娘问个事，她七十九了，俺爹八十');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });
});

describe('typing for someone who lives with the writer', () => {
  it('"我帮佢打字…得我同佢两个": the writer is counted, the parent is a member', () => {
    const u = yj('阿妈盲咗眼 我帮佢打字 屋企得我同佢两个');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[0].relation')).toBe('self');
    expect(value(u, 'members[1].relation')).toBe('parent');
  });

  it('the same in 晋南 words', () => {
    const u = yc('俺爹瘫在炕上 俺帮他问问 家里就俺跟他两个');
    expect(value(u, 'askingFor')).toBeUndefined();
    expect(value(u, 'members[0].relation')).toBe('self');
    expect(value(u, 'members[1].relation')).toBe('parent');
  });
});
