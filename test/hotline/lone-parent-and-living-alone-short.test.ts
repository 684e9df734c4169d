// "又当爹又当妈" is how a lone parent raises a child, not a father and a mother of theirs nor one living alone;
// and living alone written short in a summary ("一人住", "一人生活") places the children named after apart.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a lone parent, and living alone written short', () => {
  it('晋南: 一个人又当爹又当妈 with a child: a household of two, no parents named', () => {
    const h = run('夏县城区，女，39岁，丧偶，带一个10岁儿子，在饭店洗碗月工资1800。"一个人又当爹又当妈。"租房住。');
    expect(h.members?.length).toBe(2);
    expect(h.members?.[1]?.relation).toBe('child');
    expect(h.members?.[1]?.age).toBe(10);
    expect(h.obligors?.list?.some((o) => o.relation === 'parent') ?? false).toBe(false);
    expect(h.income?.wages).toBe(21600);
  });

  it('粤: 又做老豆又做阿妈 with a child: a household of two', () => {
    const h = run('来电人（男，42岁），离咗婚，带住个8岁女，喺厂做保安每月2500，又做老豆又做阿妈。', '441781');
    expect(h.members?.length).toBe(2);
    expect(h.obligors?.list?.some((o) => o.relation === 'parent') ?? false).toBe(false);
  });

  it('晋南: 奶奶一人住村里, the sons in town: the sons are apart', () => {
    const h = run('诉求人代其奶奶（85岁）来电。奶奶一人住村里，爷爷去世了，两个伯伯都在县城做生意。');
    expect(h.members?.length).toBe(1);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});
