// "窑里生炉子着了火", "灶房着起了火", 粤 "厨房着起火": a place that caught fire is a fire, dated and placed as any.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('caught fire', () => {
  it('晋南: 12月2日夜里窑里生炉子着了火', () => {
    const f = facts(
      '闻喜县某村村民吴某（男，72岁）来电，称12月2日夜里窑里生炉子着了火，铺盖衣裳都没啦，现在吃饭都成问题。请求救助。',
      '140823',
    );
    expect(f.get('hardship.events[0].kind')).toBe('fire');
    expect(f.get('hardship.events[0].date')).toBe('2026-12-02');
    expect(f.get('hardship.events[0].basicLivingSevere')).toBe(true);
  });

  it('粤: 11月30号晚厨房着起火', () => {
    const f = facts('来电人何姐（55岁），阳春市某村村民，11月30号晚厨房着起火，啲家私烧晒，而家冇钱开饭。', '441781');
    expect(f.get('hardship.events[0].kind')).toBe('fire');
    expect(f.get('hardship.events[0].date')).toBe('2026-11-30');
  });
});
