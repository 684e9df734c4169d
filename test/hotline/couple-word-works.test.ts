// Who works, said with a couple word or a pronoun (issue 22, round 23): "夫妻在厂里上班", "两公婆喺镇上返工"
// is both partners, not the caller alone; "现在老婆在屋里看娃，他自己打零工" is the caller (他 after a wife
// named, or after a child too young to work, is the man the summary is about). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a couple word before work: both partners work', () => {
  it('晋南: 来电人两口子在县里砖厂干活', () => {
    const h = run('来电人（男，41岁），一家四口，两口子在县里砖厂干活，一个月合起来挣五千来块，俩娃都上学哩。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', employed: true });
  });

  it('粤: 来电人夫妻喺镇上制衣厂返工', () => {
    const h = run(
      '来电人（女，39岁），屋企四个人，来电人夫妻喺镇上制衣厂返工，每个月合共六千几，两个仔读小学。',
      '441702',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', employed: true });
  });
});

describe('他 after a wife or a small child: the caller', () => {
  it('晋南: 老婆在屋里看娃，他自己打零工', () => {
    const h = run(
      '来电人（男，36岁），屋里四口人，老婆35岁，小子4岁。如今老婆在屋里看娃，他自己打零工一个月两千来块。',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBeUndefined();
  });

  it('粤: 老婆喺医院陪个女，佢自己揾散工', () => {
    const h = run(
      '来电人（男，40岁），屋企四口人，老婆38岁，个仔5岁，个女7岁住院。而家老婆喺医院陪个女，佢自己打散工，一个月两千几。',
      '441702',
    );
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBeUndefined();
  });
});
