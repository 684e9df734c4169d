// A bracket right after a person saying only whose relative they are ("父亲（爷爷唯一个仔）", "阿妈（阿嫲嘅大女）")
// names the same person again, not someone new. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('an aside saying whose relative someone is', () => {
  it('粤: 来电人父亲（阿爷唯一个仔）', () => {
    const h = run(
      '来电人（男，24岁）为阿爷阿嫲咨询。阿爷（79岁）同阿嫲（77岁）两个住。来电人父亲（阿爷唯一个仔）旧年过身，阿妈改嫁咗。两老每月养老金一共460。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBe(79);
  });

  it('north: 他爹（奶奶的独生子）', () => {
    const h = run(
      '来电人（女，22岁）替爷爷奶奶问。爷爷（80岁）和奶奶（78岁）俩人过。来电人她爹（奶奶的独生子）前年没了。俩老人养老金一月一共三百。',
      '140800',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});
