// The people area's phrase lists (content/lexicon/phrases-people.ts, issue 21): the prefix matcher they
// need and a few readings that depend on one list each (repeats and shadowing: ./phrases.test.ts). Our own
// sentences.
import { describe, expect, it } from 'vitest';
import { leadingPhrase } from '../../bot/understand/phrases.ts';
import { isUncleOrAunt } from '../../bot/understand/people.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { readFamilyRoles } from '../../bot/hotline/family-roles.ts';
import { readGrandchildParents } from '../../bot/hotline/grandchild-parents.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string) => intake({ region: '140800', text }, { today: '2026-12-05', parameters });
const members = (text: string) => run(text).household.members?.map((m) => [m.relation, m.age]);

describe('the longest phrase a word starts with', () => {
  it('takes 俺的 rather than 俺, and nothing from a word without one', () => {
    expect(leadingPhrase('俺的舅舅', 'myBeforeKin')).toBe('俺的');
    expect(leadingPhrase('俺舅', 'myBeforeKin')).toBe('俺');
    expect(leadingPhrase('舅舅', 'myBeforeKin')).toBeUndefined();
  });

  it('an uncle or aunt with "my" in front is still one (myBeforeKin)', () => {
    expect(isUncleOrAunt('俺的舅舅')).toBe(true);
    expect(isUncleOrAunt('个姑姐')).toBe(true);
    expect(isUncleOrAunt('俺的儿子')).toBe(false);
  });
});

describe('readings that rest on a list', () => {
  it('parents who left the house behind are not members (leftBehind)', () => {
    expect(members('来电人（65岁）独居，住父母留的房子，无收入。')).toEqual([['self', 65]]);
  });

  it('a caller said to be 女士 is the mother of a family listed from the child (callerIsWoman)', () => {
    const told = '张女士来电反映：来电人之子（10岁）读四年级，其父（40岁）打零工，其母（38岁）无业。';
    expect(members(told)).toEqual([
      ['self', 38],
      ['child', 10],
      ['spouse', 40],
    ]);
    // Not said: the parent named first is the caller.
    expect(members(told.slice('张女士来电反映：'.length))).toEqual([
      ['self', 40],
      ['child', 10],
      ['spouse', 38],
    ]);
  });

  it('a cadre’s list of a family the caller counts themself into stays as written (callerCountedIn)', () => {
    const text = '村主任来电反映：赵家一家三口，本人在外，父亲58岁，母亲55岁，都在家种地。';
    expect(readFamilyRoles(text)).toBe(text);
    const cadre = '村主任来电反映：赵家一家三口，儿在外，父亲58岁，母亲55岁，都在家种地。';
    expect(readFamilyRoles(cadre)).not.toBe(cadre);
  });

  it('a cadre reports a family only in the same sentence (outsideReporter, callOrReport, neighbourOrVillage)', () => {
    const said = '村主任来电反映：赵家一家三口，父亲58岁，母亲55岁。';
    expect(readFamilyRoles(said)).not.toBe(said);
    const apart = '村主任。来电反映：赵家一家三口，父亲58岁，母亲55岁。';
    expect(readFamilyRoles(apart)).toBe(apart);
    const neighbour = '来电人系邻居，赵家一家三口，父亲58岁，母亲55岁。';
    expect(readFamilyRoles(neighbour)).not.toBe(neighbour);
  });

  it("the grandchild's mother who left is the caller's daughter-in-law, not across a comma (leftTheFamily)", () => {
    const before = '与孙女（14岁）一起生活；孩子父亲（来电人之子）前年去世，';
    expect(readGrandchildParents(`${before}母亲已改嫁。`)).toContain('儿媳已改嫁');
    expect(readGrandchildParents(`${before}母亲，改嫁。`)).toContain('母亲，改嫁');
  });
});
