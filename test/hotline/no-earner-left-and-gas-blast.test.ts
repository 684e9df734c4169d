// Round 21 (yj21-h): "no one left to earn" after the earner died or was laid up (粤 "成头家都冇人揾钱", 晋南
// "家里再没人挣钱了") is basic living severely hit, however the 都/再/就 falls; gas blowing up with no cylinder
// named (煤气爆炸, 粤 石油气爆炸, often next door) is an accident to the home. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });
const verdict = (r: ReturnType<typeof run>, p: string) => r.report.results.find((x) => x.program === p)?.verdict;

describe('no earner left, and a gas blast', () => {
  it('粤: 老公车祸过身，"成头家都冇人揾钱"', () => {
    const r = run(
      '某镇村民黄某（女，33岁）来电，老公（35岁）12月2日开摩托车被大货车撞死。屋企有两个细路（7岁、3岁）。黄某冇做嘢。"佢走咗，成头家都冇人揾钱"。',
      '441781',
    );
    expect(r.household.hardship?.events?.[0]?.kind).toBe('traffic_accident');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(verdict(r, 'temporary_assistance')).toBe('likely');
  });

  it('晋南: 男人摔伤住院，"家里再没人挣钱了"', () => {
    const r = run(
      '某村村民（女，45岁）来电，男人（47岁）12月1日在工地上摔下来，腰摔断了住院，家里再没人挣钱了，俩娃（14岁、10岁）上学。',
      '140800',
    );
    expect(r.household.hardship?.events?.[0]?.kind).toBe('accident');
    expect(r.household.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 隔篱石油气爆炸，屋塌咗一半', () => {
    const r = run(
      '某镇村民（男，70岁）来电，12月3日晚隔篱屋企石油气爆炸，连累佢间瓦屋倒咗一边，人冇事，而家暂住亲戚屋企。',
      '441721',
    );
    const e = r.household.hardship?.events?.[0];
    expect(e?.kind).toBe('accident');
    expect(e?.date).toBe('2026-12-03');
    expect(e?.basicLivingSevere).toBe(true);
  });

  it('晋南: 邻家煤气爆炸，房子震塌', () => {
    const r = run('某村村民（女，61岁）来电，11月30日邻家煤气爆炸，把她家门窗都震坏了。', '140800');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('accident');
    expect(r.household.hardship?.events?.[0]?.date).toBe('2026-11-30');
  });

  it('a gas cylinder blowing up at home is still a fire', () => {
    const r = run('某村村民（男，58岁）来电，12月2日家里煤气罐爆炸，厨房烧了。', '140800');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('fire');
  });
});
