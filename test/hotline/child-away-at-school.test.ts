// Round 11 (issue 22): a child away at school ("娃考上大学去外地上了", 粤 "个女去咗广州读大学") is still
// one of the household (最低生活保障审核确认办法 第七条: 在校就读的子女), not a relative elsewhere who
// owes support; a child away who works is. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a child away at school', () => {
  it('晋南: 娃考上大学去外地上了', () => {
    const h = run('来电人（男），稷山县人，家里吃低保，问“娃今年考上大学去外地上了，低保还给不给”。');
    expect(h.members?.some((m) => m.relation === 'child')).toBe(true);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('粤: 个女去咗外地读大学', () => {
    const h = run('来电人（女），阳春市人，屋企系低保户，话个女今年去咗外地读大学，问低保会唔会取消。', '441781');
    expect(h.members?.some((m) => m.relation === 'child')).toBe(true);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('a child away who works still lives apart', () => {
    const h = run('来电人（女，66岁），和老汉（68岁）过。儿子在太原打工，一年给两千。');
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});
