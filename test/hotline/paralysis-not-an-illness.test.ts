// Round 11 (issue 22): paralysis (瘫痪) is what an illness or an injury left, read as a physical
// disability, not a 重病 to match on the local list of 重特大疾病; the illness that caused it is
// named on its own (中风, 脑梗). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('瘫痪', () => {
  it('晋南: 摔伤后下肢瘫痪 is a disability, no illness', () => {
    const h = run('来电人（男，33岁），夏县某村人，三年前从房上摔下来下肢瘫痪，坐轮椅，和父母一起过。');
    expect(h.members?.[0]?.seriousIllness).not.toBe(true);
    expect(h.members?.[0]?.illnessName).toBeUndefined();
  });

  it('粤: 瘫痪喺床 names no illness', () => {
    const h = run('阳西县某村协理员来电，反映村民黄伯（80岁）独居，上个月开始瘫痪喺床，食饭都要人喂。', '441721');
    expect(h.members?.[0]?.illnessName).toBeUndefined();
  });

  it('the illness that caused it is still named', () => {
    const h = run('来电人（女，60岁），老汉（63岁）上个月突发脑梗，现在瘫痪在床。');
    const ill = h.members?.find((m) => m.illnessName !== undefined);
    expect(ill?.illnessName).toBe('脑梗');
  });
});
