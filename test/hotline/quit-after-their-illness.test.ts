// "段某原来打工，娃病了以后辞了工陪护": the one who stopped work after someone else fell ill is the subject the sentence
// was about, not the one of the time clause; and "日子过得比低保户还紧" compares with 低保户, it is no status held.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('quit after a child fell ill; compared with 低保户', () => {
  it('晋南: 闺女病了以后辞了工: the caller does not work, the child is not said to', () => {
    const f = facts(
      '河津市某村村民郭某（女，36岁）来电，闺女8岁，今年查出白血病。郭某原来在厂里上班，闺女病了以后辞了工陪着看病。“日子过得比低保户还紧。”',
    );
    expect(f.get('members[0].employed')).toBe(false);
    expect(f.get('members[1].relation')).toBe('child');
    expect(f.has('members[1].employed')).toBe(false);
    expect(f.has('currentBenefits.dibao')).toBe(false);
  });

  it('粤: 个仔病咗之后辞咗工: the same; "仲衰过低保户" no status', () => {
    const f = facts(
      '来电人黄姐（40岁），江城区居民，个仔10岁今年查出肾病。来电人之前喺超市返工，个仔病咗之后辞咗工照顾佢。“而家仲衰过低保户。”',
      '441702',
    );
    expect(f.get('members[0].employed')).toBe(false);
    expect(f.has('members[1].employed')).toBe(false);
    expect(f.has('currentBenefits.dibao')).toBe(false);
  });

  it('a household that is one: "我家是低保户" is still a status', () => {
    const f = facts('来电人（男，60岁），村民，自家是低保户，问临时救助。');
    expect(f.get('currentBenefits.dibao')).toBe(true);
  });
});
