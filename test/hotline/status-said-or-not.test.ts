// Whether a status is held, said in a summary (issue 22, round 23): got onto it already ("已经吃上低保") is
// held, though 吃上 alone asks; a holder named by the programme ("特困供养人员某某", "低保对象") holds it;
// a status not known ("不清楚他有没有吃低保") or what ought to be ("认为佢唔应该享受低保") says nothing
// either way. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('held already, or a holder named by the programme', () => {
  it('晋南: 俺前年就已经吃上低保了', () => {
    const h = run('来电人（女，58岁）说，自己前年已经吃上低保，今年闺女出去打工了，问低保会不会给停了。');
    expect(h.currentBenefits?.dibao).toBe(true);
  });

  it('粤: 已经食上低保', () => {
    const h = run('来电人（男，63岁），讲自己旧年已经食上低保，而家个仔返咗工，问低保使唔使取消。', '441702');
    expect(h.currentBenefits?.dibao).toBe(true);
  });

  it('晋南: 特困供养人员某某来电', () => {
    const h = run('某村特困供养人员张某（80岁，一个人过）来电，说屋里炕塌了，问能不能给帮着修一下。');
    expect(h.currentBenefits?.tekun).toBe(true);
  });

  it('粤: 特困供养人员某某', () => {
    const h = run('某镇特困供养人员陈某（76岁，独居）来电，话屋顶漏水，问有冇救助帮手整。', '441702');
    expect(h.currentBenefits?.tekun).toBe(true);
  });
});

describe('not known, or what ought to be: no status', () => {
  it('晋南: 来电人不清楚他有没有吃低保', () => {
    const h = run(
      '邻居来电，村里王老汉（72岁）一个人过，没儿没女。来电人不清楚他现在有没有吃低保，问能不能给他办五保。',
    );
    expect(h.currentBenefits?.dibao).toBeUndefined();
  });

  it('粤: 来电人唔知佢有冇低保', () => {
    const h = run(
      '街坊来电，话隔篱屋陈伯（75岁）一个人住，冇仔冇女。来电人唔知佢有冇低保，问可唔可以帮佢申请特困。',
      '441702',
    );
    expect(h.currentBenefits?.dibao).toBeUndefined();
  });

  it('粤: 低保户某某 … 认为佢唔应该享受低保: still held', () => {
    const h = run('匿名举报：某村低保户黄某屋企有两架车，举报人认为佢唔应该享受低保，要求核查。', '441702');
    expect(h.currentBenefits?.dibao).toBe(true);
  });

  it('晋南: 低保户某某 … 认为不该吃低保: still held', () => {
    const h = run('匿名反映：某村低保户李某家里盖了新楼，开着小车，来电人认为不该吃低保，要求查一查。');
    expect(h.currentBenefits?.dibao).toBe(true);
  });
});
