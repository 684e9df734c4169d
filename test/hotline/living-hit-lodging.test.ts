// Whether an emergency leaves basic living severely hit (round 12 of call summaries): a home lost to
// fire or flood with the family now at a relative's or a friend's; even rice bought on loan (连…都要借);
// not knowing how to go on; nowhere to sleep, nothing to wear; money too short for what must be paid
// now; savings handed over to the last cent. Living at a relative's with no home lost is not. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const severe = (text: string, region?: string) => run(text, region).hardship?.events?.[0]?.basicLivingSevere;

describe('a home lost, the family staying elsewhere', () => {
  it('晋南: 窑洞塌了，现在住在她外甥家', () => {
    expect(severe('来电人（女，70岁），12月1日下大雨窑洞塌了，现在住在她外甥家。', '140827')).toBe(true);
  });

  it('粤: 间屋火烧，暂时住喺佢朋友度', () => {
    expect(severe('来电人（男，52岁），12月2日夜晚屋企起火，间屋烧咗，而家住喺佢朋友度。', '441704')).toBe(true);
  });

  it('living at an aunt’s after a death long settled is not a home lost', () => {
    const h = run('来电人（男，17岁），读高二，阿妈今年4月病死，而家住喺姑妈屋企。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});

describe('even the basics, said in other words', () => {
  it('粤: 被人骗晒啲钱，连食饭都要问亲戚借', () => {
    expect(severe('来电人（女，70岁），12月1日俾人电话骗走三万蚊，已报警，而家连食饭都要问亲戚借。', '441781')).toBe(
      true,
    );
  });

  it('晋南: 男人出车祸没了，不知道往后咋过', () => {
    expect(severe('来电人（女，44岁），12月3日丈夫开三轮在路上被货车撞了，人没了，"不知道往后咋过"。', '140824')).toBe(
      true,
    );
  });

  it('粤: 屋企火烧，衫都冇件，唔知瞓边', () => {
    expect(severe('来电人（男，40岁），琴晚屋企火烧，衫都冇件，今晚唔知瞓边。', '441721')).toBe(true);
  });

  it('晋南: 煤气中毒走了一个人，后事钱不够', () => {
    expect(severe('来电人（男，45岁），12月2日家里煤气中毒，老母亲没救过来，办后事钱不够。', '140829')).toBe(true);
  });

  it('粤: 老公车祸入院，积蓄都畀晒医院 (no savings left either)', () => {
    const h = run('来电人（女，38岁），老公11月29日喺路上被车撞，而家喺医院，屋企积蓄都畀晒医院。', '441702');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(h.property?.deposits).toBe(0);
  });
});
