// A son or daughter named as the one giving the household money, while the household is described: a
// relative supporting it from elsewhere, not one more member. Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { type SlotId, understand } from '../../bot/understand/extract.ts';
import { value } from '../support/understanding.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, slot: SlotId = 'opening') =>
  understand(text, { slot, household: { members: [] }, today: '2026-12-05', parameters });

describe('the giver of money lives elsewhere', () => {
  it('晋南: 俺两口子…全凭闺女给点钱: two members, the daughter a relative elsewhere', () => {
    const u = read('俺两口子六十八六十六 全凭闺女给点钱', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });

  it('粤: 两公婆…靠个女畀钱: the daughter is not counted in the household', () => {
    const u = read('我同老公两公婆都六十几，靠个女畀钱开饭');
    expect(value(u, 'members[2].relation')).toBeUndefined();
    expect(value(u, 'obligors.exist')).toBe(true);
  });

  it('a son who lives with them and does something for them (给俺做饭) stays a member', () => {
    const u = read('俺跟儿子住 儿子给俺做饭', 'members');
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'obligors.exist')).toBeUndefined();
  });
});
