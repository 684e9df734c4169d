// One daughter named again by another plain word (issue 22, round 24): "一个女儿在外地工作 … 闺女叫她问问"
// is the one daughter, so one child obligor, not two. A daughter of another birth order (小闺女) or two
// daughters counted stay as many as the text gives. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const children = (r: ReturnType<typeof run>) =>
  (r.household.obligors?.list ?? []).filter((o) => o.relation === 'child').length;
const verdict = (r: ReturnType<typeof run>, p: string) => r.report.results.find((x) => x.program === p)?.verdict;

describe('a daughter named again by another word', () => {
  it('晋南: 一个女儿在西安上班 … 闺女叫她问问', () => {
    const r = run(
      '夏县某村村民，女，66岁，老汉殁了好些年，一个人过。一个女儿在西安上班，一月给她寄五百。"闺女叫俺问问能不能吃低保。"',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self']);
    expect(children(r)).toBe(1);
    expect(r.household.obligors?.exist).toBe(true);
    expect(verdict(r, 'tekun')).toBe('unlikely');
  });

  it('粤: 得一个女喺深圳打工 … 个女仔叫佢问', () => {
    const r = run(
      '来电人林某（女，70岁），阳东区某村人，老公过身咗，一个人住。得一个女儿喺深圳打工，每月俾佢五百蚊。女仔叫佢打嚟问下低保。',
      '441704',
    );
    expect(children(r)).toBe(1);
    expect(r.household.obligors?.list?.[0]).toMatchObject({ relation: 'child' });
  });

  it('two daughters counted stay two', () => {
    const r = run('来电人（男，72岁），和老伴两个人过。两个女儿都嫁到外县了，大女儿一年给一千，小女儿给八百。');
    expect(children(r)).toBe(2);
  });
});
