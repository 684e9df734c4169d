// A summary that describes a household and closes "由村干部代为反映" / "居委帮佢问" is a cadre asking for
// that household: the person the summary opened on stays the subject, not the youngest child named
// last. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a cadre asking for the household described', () => {
  it('粤: 村民（男，36岁）…两个细路（6岁、3岁）。由村干部代为反映', () => {
    const h = run(
      '某村村民（男，36岁），喺砖厂做散工，每月两千几。老婆（34岁）喺屋企睇两个细路（6岁、3岁）。由村干部代为反映，问可唔可以申请低保。',
      '441781',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 36],
      ['spouse', 34],
      ['child', 6],
      ['child', 3],
    ]);
  });

  it('north: 村民（女，52岁）…孙子（4岁）。村主任代为来电咨询', () => {
    const h = run('某村村民（女，52岁），丈夫（55岁）常年有病，家里还有孙子（4岁）。村主任代为来电咨询。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 52],
      ['spouse', 55],
      ['grandchild', 4],
    ]);
  });
});
