// Follow-up calls (issue 22, round 6b): "此前来电反映儿子（7岁）患…，本次补充：一家三口，来电人…；配偶
// 40岁" opens on the caller's child told about before — the household is the caller's, the child theirs
// and the spouse the caller's spouse, not a parent; "此前来电反映祖孙二人…本次补充：来电人66岁，孙9岁"
// is the caller's own household. 孙 before an age is a grandchild, 孙 before a name a surname. Our texts.
import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../bot/hotline/follow-up.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a follow-up call', () => {
  it('opening on the caller’s child', () => {
    const h = run(
      '此前来电反映儿子（7岁）患尿毒症，在市医院透析，本次补充：一家三口，来电人在饭店打工，每月2600元；配偶40岁。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', employed: true });
    expect(h.members?.find((m) => m.relation === 'child')).toMatchObject({ age: 7, seriousIllness: true });
    expect(h.members?.find((m) => m.relation === 'spouse')?.age).toBe(40);
    expect(h.members?.some((m) => m.relation === 'parent')).toBe(false);
  });

  it('opening on a grandparent and grandchild', () => {
    for (const region of ['140800', '441781']) {
      const h = run('此前来电反映祖孙二人生活困难，本次补充：来电人66岁，孙9岁，养老金每月150元。', region);
      expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 66 });
      expect(h.members?.find((m) => m.relation === 'grandchild')?.age).toBe(9);
    }
  });

  it('孙 before a name is a surname', () => {
    const h = run('来电人孙某（男，62岁），独居，每月养老金150元。');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]?.age).toBe(62);
  });

  it('keeps the length; another opening is left alone', () => {
    const t = '此前来电反映女儿（3岁）发高烧住院，本次补充：配偶35岁。';
    expect(readFollowUp(t)).toHaveLength(t.length);
    const other = '此前来电反映邻居王某（80岁）独居，本次补充：无儿无女。';
    expect(readFollowUp(other)).toBe(other);
  });
});
