// Round 24 (issue 22): in a summary, odd jobs said after a job lost ("下岗多年，打零工", 粤 "失咗业，而家做散工")
// are the work now (employed), while odd jobs said beside "干不了活" leave that standing. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('odd jobs after a job lost', () => {
  it('晋南: 下岗多年，打零工', () => {
    const h = run('来电人（男，51岁），侯马来的，住河津市城区，下岗多年，平时打零工，一个月一千来块，单身一人。');
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('晋南: 厂子倒闭后一直没固定工作，靠打零工', () => {
    const h = run('来电人（女，49岁），永济市城区居民，厂子倒闭后一直没固定工作，靠打零工一月八九百。');
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('粤: 下岗之后做散工', () => {
    const h = run('来电人（男，55岁），江城区居民，一个人住，厂里下岗之后做散工，一个月千几蚊。', '441702');
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('干不了活 stands beside odd jobs done before', () => {
    const h = run(
      '来电人（女，53岁），芮城县某村，独自生活。上月中风，干不了活。平时靠打零工每月一千多，现在没有收入。',
    );
    expect(h.members?.[0]?.employed).toBe(false);
  });
});
