// Whose illness, and who a pair or a group is, in a call summary (issue 22, round 10): an illness
// said right before a person ("照顾中风的阿爸") is theirs; a programme named (大病救助, 医疗救助) is no
// illness; 老人痴呆 is one illness word, not 老人; 粤 两老 after a grown child named their parents is
// those parents; "带着两个娃", "同父母住" count the caller and them. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('an illness said right before a person is theirs', () => {
  it('粤: 在屋企照顾中风嘅阿妈', () => {
    const h = run('来电人（女，41岁），未婚，在屋企照顾中风嘅阿妈（70岁），自己做散工每月约一千。', '441781');
    expect(h.members?.[0]?.seriousIllness).not.toBe(true);
    expect(h.members?.find((m) => m.relation === 'parent')?.illnessName).toBe('中风');
  });

  it('晋南: 伺候得了脑梗的老父亲', () => {
    const h = run('来电人（男，44岁），在家伺候得了脑梗的老父亲（75岁），没法出去打工。');
    expect(h.members?.[0]?.seriousIllness).not.toBe(true);
    expect(h.members?.find((m) => m.relation === 'parent')?.seriousIllness).toBe(true);
  });
});

describe('a programme named is no illness', () => {
  it('咨询低保同大病救助 leaves the caller well', () => {
    const h = run('来电人（男，60岁），老婆（58岁）今年查出肺癌，自付约3万元。咨询低保同大病救助。', '441781');
    expect(h.members?.[0]?.seriousIllness).not.toBe(true);
    expect(h.members?.[1]?.seriousIllness).toBe(true);
  });

  it('询问有没有医疗救助', () => {
    const h = run('来电人（女，45岁），丈夫（47岁）患尿毒症，每周透析两次，询问有没有医疗救助。');
    expect(h.members?.[0]?.seriousIllness).not.toBe(true);
  });
});

describe('老人痴呆 names no one', () => {
  it('老伴有老人痴呆, the disability certificate is hers', () => {
    const h = run('来电人（男，79岁），老伴（76岁）有老人痴呆，办咗精神残疾证二级，要人睇住。', '441781');
    expect(h.members?.[0]?.hasDisability).not.toBe(true);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', hasDisability: true });
    expect(h.members).toHaveLength(2);
  });
});

describe('粤 两老 after the parents were named', () => {
  it('同阿爸、阿妈住。两老每人每月… is the parents, no spouse for the caller', () => {
    const h = run('来电人（男，45岁），冇结婚，同阿爸（79岁）、阿妈（74岁）住。两老每人每月养老金约210元。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(h.income?.basicPension).toBe(2 * 210 * 12);
  });

  it('the caller’s couple stays the caller’s couple', () => {
    const h = run('来电人（女，69岁），同老公（71岁）住。两老每人每月养老金约210元。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});

describe('a group beside the caller', () => {
  it('离婚后带着两个娃: three people', () => {
    const h = run('来电人（女，33岁），离婚后带着两个娃生活，在超市上班。');
    expect(h.members).toHaveLength(3);
  });

  it('粤: 同父母住: the caller and both parents', () => {
    const h = run('来电人（男，31岁），有精神残疾证三级，同父母住。', '441781');
    expect(h.members?.filter((m) => m.relation === 'parent')).toHaveLength(2);
  });
});
