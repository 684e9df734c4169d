// A working couple in a call summary (issue 22, round 10): "和媳妇都在工厂上班" says both work, the
// caller too; "两人每月合共…" after their work counts the earners, not the household, so children
// named after it live there (a couple's pension, "两人养老金每月共…", still says the household is the
// two). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('和 X 都在… the caller and X', () => {
  it('晋南: 和老婆都在县城饭店打工', () => {
    const h = run('来电人（男，38岁），和老婆都在县城饭店打工，两人一个月一共挣四千五。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', employed: true });
  });

  it('粤: 同老公（50岁）都喺镇上返工', () => {
    const h = run('来电人（女，47岁），同老公（50岁）都喺镇上返工。', '441704');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]?.employed).toBe(true);
  });
});

describe('the earners counted, not the household', () => {
  it('粤: 两人每月合共约五千，有两个细路', () => {
    const h = run(
      '来电人（女，36岁），与老公（39岁）都在工厂做嘢，两人每月合共约5000元，有两个细路（9岁、5岁）。',
      '441704',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('晋南: 两人一个月一共挣六千，有个上初中的小子', () => {
    const h = run('来电人（男，44岁），和媳妇都在砖厂干活，两人一个月一共挣6000块，有一个上初中的小子。');
    expect(h.members?.some((m) => m.relation === 'child')).toBe(true);
    expect(h.obligors?.list ?? []).toHaveLength(0);
    expect(h.income?.wages).toBe(72000);
  });

  it('a couple’s pension still counts the two: sons named after live apart', () => {
    const h = run('来电人（男，70岁），与老伴（67岁）住，两人养老金每月合共约400元。两个仔都在外地打工。', '441704');
    expect(h.members).toHaveLength(2);
  });
});
