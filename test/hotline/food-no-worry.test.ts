// "吃饭不发愁，就是没地方住", 粤 "食饭唔愁，就系冇地方住": food said not to be a worry is the summary's own word on basic
// living (not severely hit), over the lack named after it with 就是. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('food not a worry', () => {
  it('晋南: 窑塌了，暂住在侄儿家，"吃饭倒不发愁，就是没地方住": not severe', () => {
    const f = facts(
      '平陆县某村村民张某（男，70岁）来电，10月连阴雨，住的窑塌了，现在暂住在侄儿家。“吃饭倒不发愁，就是没地方住。”问能不能给修房。',
    );
    expect(f.get('hardship.events[0].kind')).toBe('natural_disaster');
    expect(f.get('hardship.events[0].basicLivingSevere')).toBe(false);
  });

  it('粤: 屋企水浸，"食饭唔愁，就系冇地方住": the same', () => {
    const f = facts(
      '来电人陈伯（68岁），阳西县某村村民，上个月台风屋企水浸，瓦面冚咗。“食饭唔愁，就系冇地方住。”',
      '441721',
    );
    expect(f.get('hardship.events[0].basicLivingSevere')).toBe(false);
  });
});
