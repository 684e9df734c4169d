// "某某乡村民" (issue 22, round 21c): a township's 乡 followed by 村民, a village member (a rural 户口, as
// 某村村民 is read), not the word 乡村 followed by a stray 民. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a villager of a township named with 乡', () => {
  it('芮城县陌南乡村民: rural, and the person is still the subject', () => {
    const h = run('芮城县陌南乡村民杨某（男，73岁）来电，说老伴殁了，一个人过，一月养老金一百五。');
    expect(h.hukou).toBe('rural');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 73 });
  });

  it('in written Cantonese, a 乡村民 from a neighbouring county: rural', () => {
    const h = run('来电人系某县大沟乡村民陈某（女，66岁），自己一个住，每月养老金两百几。', '441700');
    expect(h.hukou).toBe('rural');
  });

  it('乡村 as a place where one lives is still no 户口', () => {
    const h = run('来电人（女，45岁）原来在城里上班，现在回乡村老家照顾老人。');
    expect(h.hukou).toBeUndefined();
  });
});
