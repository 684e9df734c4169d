// Whose relative a summary names (issue 22, round 7). A caller who gave their own age and then reports
// on their parents ("来电人（女，58岁）反映母亲（86岁）独居在村里") calls about the parents, whichever
// way the reporting word was read. "孙子他妈改嫁了": the grandchild's mother moved away, not the
// grandchild, and she is not the caller's wife. A relative said, later in the same sentence, to live
// with the caller ("其父亲71岁，…，一直跟着他家过") belongs to the caller's household. The caller's own job
// ("来电人50岁，在西安打工。反映其母亲…") does not make the call about the caller's household, and a
// relative named again in the closing question (询问母亲能否…) is the one already placed. "孙子的母亲":
// the grandchildren named before, and their mother the son's wife when a son was named (out of contact,
// 再无联系, she gives nothing); a grandchild named after 很少联系 stays. "儿子、儿媳车祸双亡": both died.
// A household listed after its count ("一家四口：父亲（62岁）、母亲…") is the caller's, its parents
// members. After a parent-and-child pair with no caller described (某村母子俩。母亲66岁来电), the
// parent's word is the person the call is about, and the child's word later is the same child; so is the
// caller's word for themself (来电人系外婆…外婆自己…). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('whose relative', () => {
  it('a caller with an age who reports on a parent calls about the parent', () => {
    const h = run('来电人（女，58岁）反映母亲（86岁）独居在村里，每月领养老金二百元。');
    expect(h.members).toEqual([expect.objectContaining({ relation: 'self', age: 86 })]);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 58 });
  });

  it('the grandchild’s mother who remarried is the one who left', () => {
    const h = run(
      '来电人（男，70岁），和老伴（66岁）带着9岁的孙女过。儿子儿媳早年离婚，孙女她妈改嫁了，不管不问。',
      '140800',
    );
    expect(h.members?.slice(0, 3).map((m) => m.relation)).toEqual(['self', 'spouse', 'grandchild']);
    expect(h.obligors?.list?.map((o) => o.relation) ?? []).not.toContain('spouse');
  });

  it('a relative living with the caller, said later in the sentence, is of the caller’s household', () => {
    const h = run(
      '来电人赵某，男，44岁。其父亲71岁，肢体残疾三级，母亲去世后一直跟着他家过。家里还有妻子40岁，女儿12岁。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 44 });
    expect(h.members?.map((m) => m.relation).sort()).toEqual(['child', 'parent', 'self', 'spouse']);
  });

  it('a caller who says where they work still calls about the parent', () => {
    const h = run('来电人50岁，在西安打工。反映其母亲（79岁）一个人在村里住，每月养老金一百六。', '140800');
    expect(h.members).toEqual([expect.objectContaining({ relation: 'self', age: 79 })]);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 50 });
  });

  it('the relative named again in the closing question stays where placed', () => {
    const h = run(
      '来电人（女，52岁）称父亲（85岁）卧床多年，一直与来电人一家同住。来电人夫妻都在厂里上班。询问父亲能否申请特困。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 52 });
    expect(h.members?.map((m) => m.relation)).toContain('parent');
  });

  it('the grandchildren’s mother is the son’s wife, not a child of the family', () => {
    const h = run(
      '来电人（男，66岁）与老伴（63岁）带着两个孙女（11岁、8岁）。儿子在外打工；孙女的母亲离婚后再无联系。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'grandchild', 'grandchild']);
  });

  it('someone named after a word for contact stays', () => {
    const h = run('来电人（女，68岁）带着孙子（10岁）过，儿媳改嫁外地，很少联系孙子。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'grandchild']);
  });

  it('双亡 after two named with 、 is both', () => {
    const h = run('来电人（女，72岁），儿子、儿媳去年车祸双亡，留下孙子（7岁）由其抚养。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'grandchild']);
  });

  it('parents listed after the household count are members of the caller’s household', () => {
    const h = run('青年来电，29岁，一家四口：父亲（62岁，务农）、母亲（58岁）、妻子（27岁）。来电人在城区送快递。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 29 });
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent', 'spouse']);
  });

  it('after a pair, the parent’s word is the subject and the child’s word the same child', () => {
    const h = run(
      '某村母子俩。母亲66岁来电，儿子40岁，肢体残疾二级，一直跟她住。母亲每月养老金170元。问儿子能不能吃低保。',
    );
    expect(h.members).toEqual([
      expect.objectContaining({ relation: 'self', age: 66 }),
      expect.objectContaining({ relation: 'child', age: 40 }),
    ]);
  });

  it('the caller’s word for themself, named again, is the caller', () => {
    const h = run('某村，来电人系外婆（64岁），带着外孙女（9岁）生活。外婆自己种一亩地。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'grandchild']);
  });
});
