// Round 11 (issue 22): a child and their spouse named together working away ("儿子媳妇在外头打工",
// 粤 "仔同心抱喺深圳打工") are a couple the work is said of, so the child is able to support (特困人员
// 认定办法 第八条); a caller said to live with the parent the call turns to ("和老母亲一起住…俺妈能不能…")
// is one of that household, not a child elsewhere (审核确认办法 第七条). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child and their spouse working away', () => {
  it('晋南: 儿子媳妇在外地打工', () => {
    const h = run('来电人（女，70岁），和老汉（73岁）带着孙女（9岁）过。儿子媳妇在郑州打工，一年给两千。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
    expect(h.members?.[1]?.employed).toBeUndefined();
  });

  it('晋南: 闺女和女婿在城里上班', () => {
    const h = run('来电人（男，75岁），和老伴（72岁）两个人过。闺女和女婿在城里打工。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('粤: 个仔同心抱喺佛山打工', () => {
    const h = run('来电人（男，71岁），同老婆（69岁）两个住。个仔同心抱喺佛山打工，每月畀八百。', '441704');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('a couple whose own household is hard up is not taken as able', () => {
    const h = run('来电人（女，70岁），和老汉（73岁）过。儿子媳妇在郑州打工，自己家也困难。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });
});

describe('a caller living with the parent the call is about', () => {
  it('晋南: 和老母亲一起住 … 俺妈能不能吃低保', () => {
    const h = run(
      '来电人（男，55岁），永济市城西街道居民，和80岁的老母亲一起住。母亲腿脚不好，没有收入。来电人问“俺妈能不能吃低保”。',
    );
    expect(h.members?.map((m) => m.relation).sort()).toEqual(['child', 'self']);
    expect(h.members?.find((m) => m.relation === 'child')?.age).toBe(55);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('a caller who does not live with her owes support from elsewhere', () => {
    const h = run('来电人（男，55岁），在太原上班。母亲80岁一个人在村里住，没有收入。来电人问“俺妈能不能吃低保”。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 55 });
  });
});

describe("a grandchild's parents named right after the grandchild", () => {
  it("晋南: 孙子父母都在外地打工 are the family's son or daughter, not its parents", () => {
    const h = run('来电人（女，70岁），和孙子（11岁，上五年级）一起过，孙子父母都在西安打工，一年给三千。');
    const rels = (h.obligors?.list ?? []).map((o) => o.relation);
    expect(rels).toContain('child');
    expect(rels).not.toContain('parent');
  });

  it('粤: 孙女父母喺东莞打工', () => {
    const h = run('来电人（男，72岁），同孙女（9岁）住，孙女父母都喺东莞打工，每月寄五百返嚟。', '441702');
    const rels = (h.obligors?.list ?? []).map((o) => o.relation);
    expect(rels).toContain('child');
    expect(rels).not.toContain('parent');
  });
});

describe('a relative the call is for, living with the caller', () => {
  it('晋南: 替弟弟咨询 … 一直跟着来电人一家过', () => {
    const h = run(
      '来电人（男，68岁），夏县某村人，替妹妹咨询。妹妹60岁，精神残疾二级，没成家，一直跟着来电人一家过。问妹妹能不能吃五保。',
    );
    expect(h.members?.[0]?.age).toBe(60);
    expect(h.members?.some((m) => m.age === 68)).toBe(true);
  });

  it('粤: 替细佬问 … 一直同来电人一家住', () => {
    const h = run(
      '来电人（女，62岁），阳东区某村，替细佬咨询。细佬55岁，智力残疾二级，冇结婚，一直同来电人一家住。问细佬可唔可以申请特困。',
      '441704',
    );
    expect(h.members?.[0]?.age).toBe(55);
    expect(h.members?.some((m) => m.age === 62)).toBe(true);
  });
});
