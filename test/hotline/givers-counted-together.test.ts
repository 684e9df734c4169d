// Givers counted in a call summary (issue 22, round 10): sons and daughters counted in one word
// (两儿一女, 一子二女, 粤 两仔一女) are all of them; "都在外头打工" after the count is their work, not
// the caller's; "来电人和弟弟…每人每月给母亲500元" is two givers, the mother given to not among them.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('children counted in one word', () => {
  it('晋南: 两儿一女，都在外头打工，每人每月给150', () => {
    const h = run('来电人（男，81岁），老伴走了，一个人住。两儿一女，都在外头打工，每人每月给150块。');
    expect(h.obligors?.list).toHaveLength(3);
    expect(h.obligors?.list?.every((o) => o.ableBodiedAdult === true)).toBe(true);
    expect(h.income?.support?.[0]?.amount).toBe(3 * 150 * 12);
    expect(h.members?.[0]?.employed).not.toBe(true);
  });

  it('粤: 两仔一女都喺广州，每人每月畀300', () => {
    const h = run('来电人（女，77岁），老公过咗身，自己住。两仔一女都喺广州，每人每月畀300蚊。', '441702');
    expect(h.obligors?.list).toHaveLength(3);
    expect(h.income?.support?.[0]?.amount).toBe(3 * 300 * 12);
  });
});

describe('the caller and a brother each giving', () => {
  it('来电人和弟弟都在城里上班，每人每月给母亲600元', () => {
    const h = run('来电人（女）代其母亲咨询。母亲79岁，一个人住。来电人和弟弟都在城里上班，每人每月给母亲600元。');
    expect(h.income?.support?.[0]?.amount).toBe(2 * 600 * 12);
  });
});
