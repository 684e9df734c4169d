// "二仔（55）同三仔（52）打工，每人每月俾200" (issue 22, round 22b): two relatives listed with a bracket after
// each are both the givers of "each"; a status said of a relative named before them is not the givers'.
// Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives listed across brackets', () => {
  it('written Cantonese: 二仔（55）同三仔（52）each give, two givers not three', () => {
    const h = run(
      '阳西县某村村民陈某（女，79）之孙来电：阿婆一个人住，有三个仔，大仔（57）系低保户，二仔（54）同三仔（50）做散工，每人每月俾300。',
      '441700',
    );
    expect(h.income?.support?.[0]?.amount).toBe(7200);
  });

  it('晋南 colloquial: 二小子（53岁）和三小子（49岁）each give', () => {
    const h = run(
      '夏县某村，老汉81岁，三个小子，大小子（58岁）是低保户，二小子（53岁）和三小子（49岁）在外打工，一人一月给二百。',
    );
    expect(h.income?.support?.[0]?.amount).toBe(4800);
  });

  it('the giver who is on 低保 himself keeps the status', () => {
    const h = run('阳西县某村，阿伯（80）得一个仔，个仔每月俾200，佢自己都系低保户。', '441700');
    expect(h.income?.support?.[0]?.payerStatus).toBe('dibao');
  });
});
