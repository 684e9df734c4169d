// A summary telling of an accident or a sudden illness that stopped the one member who earned pay,
// with a bill already run up: basic living is severely hit (临时救助). Not when someone else of the
// family still earns, and not without anything spent. A pay said with 原 (原月薪) is what was. The
// texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const severe = (text: string, region?: string) => run(text, region).hardship?.events?.[0]?.basicLivingSevere;

describe('the one who earned, stopped by an accident or illness', () => {
  it('粤: 独居…之前帮人装货每月两千…而家做唔到', () => {
    expect(
      severe(
        '来电人黄某（男，58岁），一个人住。11月30日突发中风，喺人民医院住院，已经使咗两万。之前帮人装货，每月两千，而家做唔到嘢。',
      ),
    ).toBe(true);
  });

  it('north: 丈夫之前打零工…现在干不了', () => {
    expect(
      severe(
        '来电人（女，45岁）称，丈夫（47岁）12月2日干活时从房上摔下，腿骨折，住院花了三万多。丈夫之前打零工，一个月两千来块，现在干不了了。本人没工作，孩子上初中。',
        '140800',
      ),
    ).toBe(true);
  });

  it('not when another member still earns', () => {
    expect(
      severe(
        '来电人（男，50岁）12月1日突发心梗，住院已花两万，之前做保安月薪2000，现无法工作。老婆喺超市做收银，月薪2200。',
      ),
    ).toBeUndefined();
  });

  it('not when nothing spent is told', () => {
    expect(severe('来电人（男，40岁）12月1日开工时跌伤腰，之前做散工月入三千，而家做唔到。')).toBeUndefined();
  });

  it('原月薪 is what was earned: with no emergency, no pay now', () => {
    expect(run('来电人（女，36岁），老公原月薪三千，本人冇工开。').income?.wages).toBeUndefined();
  });
});
