// Whether an emergency leaves basic living severely hit, in a call summary's words (issue 22, round 10):
// no money coming in any more (一家子没进项了, 饭碗没了), none left to go on paying (粤 冇钱再交住院费,
// 冇钱继续医), help needed now (急需帮助); and a loss said to be small (损失不大) is not. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('basic living hit', () => {
  it('晋南: 出了车祸住院，一家子没进项了', () => {
    const h = run('来电人（男，36岁），12月2日骑摩托车被货车撞了，住院花了一万多，媳妇在家带娃，"一家子没进项了"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 跌伤入院，冇钱再交住院费', () => {
    const h = run('来电人（女，44岁），老公（46岁）12月1日喺工地跌落嚟，已自付一万几，而家冇钱再交住院费。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 老公出海翻船，而家冇收入，急需帮助', () => {
    const h = run('来电人（女，39岁），老公（41岁）11月29日出海遇大风浪翻船，屋企而家冇收入，急需帮助。', '441721');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

describe('a loss said to be small', () => {
  it('柴火垛着火，损失不大', () => {
    const h = run('来电人（男，72岁），12月2日院里柴火垛着火，烧了些柴火，人没事，"损失不大"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
});
