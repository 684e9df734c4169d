// Money from the other side of an accident told in its own sentence ("司机挺好，垫了医药费，还给了
// 1万块钱") is a transfer, not a relative's support; and "一个人照顾不过来" is caring alone for someone at
// home, not living alone (issue 22, round 10). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the payer named at the head of the sentence', () => {
  it('晋南: 司机挺好，垫了医药费，还给了八千块钱', () => {
    const h = run('来电人（男，70岁），老伴（67岁）12月1日被面包车撞了。司机挺好，垫了医药费，还给了8000块钱。');
    expect(h.income?.otherTransfers).toBe(8000);
    expect(h.income?.support ?? []).toEqual([]);
  });

  it('粤: 老板几好，畀咗五千蚊', () => {
    const h = run(
      '来电人（女，45岁），老公（47岁）12月2日喺厂度整伤手。老板几好，医药费佢出，仲畀咗5000蚊。',
      '441702',
    );
    expect(h.income?.otherTransfers).toBe(5000);
  });
});

describe('caring alone is not living alone', () => {
  it('晋南: 俺一个人照顾不过来', () => {
    const h = run('来电人（女，64岁），老汉（67岁）上个月中风了，来电人说"俺一个人照顾不过来"。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('粤: 我一个人睇住佢', () => {
    const h = run('来电人（男，70岁），老婆（68岁）有老人痴呆，佢话"我一个人睇住佢好辛苦"。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });
});
