// Children counted as a group (一儿一女, 一仔一女), then each named, then named again in a later sentence
// or a quote: the same two, not four (people.ts). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a group of children named again', () => {
  it('north: 一儿一女…儿子…女儿。儿子…女儿… is two children', () => {
    const h = run(
      '某村村民，女，72岁，老伴走了，一个人过。有一儿一女，儿子在县城修车，女儿嫁到河南。儿子每月给三百，女儿过年给一千。',
    );
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('north: the daughter named again by another word (女儿 … "闺女…")', () => {
    const h = run(
      '某村村民，男，75岁，独居。有一儿一女，儿子在太原打工，女儿嫁到外县。"儿子一年给两千，闺女逢年过节给点"。',
    );
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('粤: 一仔一女…个仔…个女。个仔…个女… is two children', () => {
    const h = run(
      '来电人（女，70岁），老公过咗身，自己一个住。有一仔一女，个仔喺佛山打工，个女嫁咗去茂名。个仔每个月畀五百，个女过年畀一千。',
      '441700',
    );
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('two sons counted, then two sons named: still each one, not the same one twice', () => {
    const h = run('某村村民，男，70岁，一个人住。有两个儿子，大儿子在运城，二儿子在西安，都成家了。');
    expect(h.obligors?.list).toHaveLength(2);
  });
});
