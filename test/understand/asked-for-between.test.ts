// A helper asking for someone named between the helping and the asking ("帮…问下", "替…填"): the household
// is that person's, and 他/她/佢 after it is them. Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { type SlotId, understand } from '../../bot/understand/extract.ts';
import { value } from '../support/understanding.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, slot: SlotId = 'opening') =>
  understand(text, { slot, household: { members: [] }, today: '2026-12-05', parameters });

describe('the one asked for, named between 帮 and 问', () => {
  it('晋南: 帮俺舅问问, then 他 and an age: the age is the applicant’s', () => {
    const u = read('帮俺舅问问 他七十四了 老伴前些年走了 就他一个人');
    expect(value(u, 'members[0].age')).toBe(74);
    expect(value(u, 'size')).toBe(1);
  });

  it('粤: 帮村尾个阿婆睇下, then 佢 and an age: the old woman is the applicant', () => {
    const u = read('我係村干部，帮村尾个阿婆睇下，佢今年七十七，一个人住');
    expect(value(u, 'members[0].age')).toBe(77);
    expect(value(u, 'size')).toBe(1);
  });

  it('a neighbour named by surname: 替对门老李填的, 他八十几', () => {
    const u = read('替对门老李填的 他八十一 一个人过');
    expect(value(u, 'members[0].age')).toBe(81);
  });

  it('帮我问问 is the writer asking for themself: their own age stays theirs', () => {
    const u = read('帮我问问 我六十五 老伴六十三');
    expect(value(u, 'members[0].age')).toBe(65);
    expect(value(u, 'members[1].age')).toBe(63);
  });

  it('帮人看孩子 is work, not asking for anyone', () => {
    const u = read('我平时帮人看孩子，我五十八，一个人过');
    expect(value(u, 'members[0].age')).toBe(58);
  });

  it('a grandparent named is left to the reading of a parent’s household (both of them kept)', () => {
    const u = read('替我姥爷填的，我姥爷八十，我姥姥七十八，就他俩在家', 'members');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(78);
  });
});
