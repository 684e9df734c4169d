// Round 15 of the hotline: what a student earns in the holidays ("暑假打工挣了三千", 粤 "寒假做兼职赚两千")
// is that sum once a year, not a monthly wage; minding a car park (粤 "帮人睇停车场") is work and no car
// owned; a postgraduate (读研究生, 读研) is a full-time student of the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a holiday job', () => {
  it('晋南: 暑假打工挣了三千', () => {
    const h = run('来电人（女，49岁），种地一年五千来块，闺女上大学，暑假打工挣了三千。');
    expect(h.income?.wages).toBe(3000);
  });

  it('粤: 寒假做兼职赚两千', () => {
    const h = run('来电人（男，55），同个仔（20，读大二）住，仔寒假做兼职赚两千。', '441702');
    expect(h.income?.wages).toBe(2000);
  });
});

describe('a car park', () => {
  it('粤: 帮人睇停车场，月薪两千', () => {
    const h = run('来电人（女，56），老公（60）帮人睇停车场，月薪两千。', '441781');
    expect(h.members?.[1]?.employed).toBe(true);
    expect(h.property?.vehicles).toBeUndefined();
    expect(h.income?.wages).toBe(24000);
  });

  it('晋南: 在停车场看车，一月一千五', () => {
    const h = run('来电人（男，58岁）在县城给人看停车场，一月一千五。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.property?.vehicles).toBeUndefined();
  });
});

describe('a postgraduate', () => {
  it('粤: 个仔读研（24）喺深圳', () => {
    const h = run('来电人（女，52），个仔读研（24）喺深圳，学费靠屋企。', '441704');
    expect(h.members?.find((m) => m.relation === 'child')).toMatchObject({ age: 24, student: { fullTime: true } });
  });

  it('晋南: 闺女在太原读研究生', () => {
    const h = run('来电人（男，55岁），闺女（24岁）在太原读研究生。');
    expect(h.members?.find((m) => m.relation === 'child')?.student?.fullTime).toBe(true);
  });
});
