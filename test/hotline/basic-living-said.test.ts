// Basic living said in so many words to be getting by (基本生活还能维持, 粤 "基本生活仲维持到") is the
// summary's own word on it: a hint of hardship before it (staying with kin) or a quoted cry after it
// ("乜都冇晒") does not turn it severe, unless a 但 turns it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('basic living said to be getting by', () => {
  it('晋南: staying with kin after a fire, but 基本生活尚能维持: not severe', () => {
    const h = run(
      '来电人（男，52岁）称11月29日夜里厨房失火，烧了两间房，一家三口先借住在弟弟家，基本生活尚能维持，问重建有没有补助。',
    );
    expect(h.hardship?.events?.[0]?.kind).toBe('fire');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('粤: 基本生活仲维持到, then the caller quoted "乜都冇晒": not severe', () => {
    const h = run(
      '来电人（女，45岁），11月30日屋企水浸，雪柜洗衣机都浸坏，基本生活仲维持到。佢话“乜都冇晒，好烦”。',
      '441702',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('a 但 after it still turns it: severe', () => {
    const h = run('来电人（男，60岁）称12月1日院墙被大风刮倒，基本生活没问题，但现在身上没钱了，看病也交不起。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('basic living said to be hard stays severe', () => {
    const h = run('来电人（女，38岁）称丈夫11月27日在工地摔伤住院，家里基本生活都成问题。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
