// A child who works away or gives a little is taken as able to support (round 6b), but not when the
// summary says their own household is hard up or they are out of reach (issue 22, round 6c): whether
// they can support is then for the village to find out. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives hard up themselves', () => {
  it('a son working away whose own family is struggling is not taken as able', () => {
    const h = run('来电人（男，73岁）和老伴（70岁）两人过，儿子成家另过，在临汾打工，自己一家也困难，很少给钱。');
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });

  it('粤: 个女畀少少，自己都唔够使', () => {
    const h = run('来电人（女，80岁）一个人住，个女喺中山打工，每月畀两百，自己都唔够使。', '441702');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });

  it('a son away for years without coming home is not taken as able', () => {
    const h = run('来电人（女，66岁）独居，儿子在外地打工多年不回家，问能不能办五保。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });

  it('a son working away, nothing more said, is still able', () => {
    const h = run('来电人（女，66岁）独居，儿子在外地打工，每月给三百。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBe(true);
  });

  it('said outright to be healthy stays able, hard up or not', () => {
    const h = run('来电人（男，75岁）独居，儿子身体好，在县城打工，自己也困难。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).toBe(true);
  });
});

describe('a giver named again in the clause that gives', () => {
  it('儿子成家在外 … 儿子每月给 is the same son, able to support', () => {
    const h = run('来电人（女，70岁）与老伴两人过；儿子已成家在县城住，儿子每月给500元；两人养老金每月共300元。');
    expect(h.obligors?.list).toHaveLength(1);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });
});
