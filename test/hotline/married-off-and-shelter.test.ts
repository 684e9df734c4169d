// Two short ways a summary says where people are: daughters "已嫁" (married off, so living apart and
// owing support, not members), and a family moved to a shelter after a disaster ("搬去临时安置点"),
// which has lost the use of its home, so basic living is severely hit (临时救助). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('married off, said short', () => {
  it('粤: 三个女都已嫁', () => {
    const h = run('来电人：李伯，72岁，同老伴（70岁）两个住，种少少菜。三个女都已嫁，过年畀几百。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list).toHaveLength(3);
  });

  it('north: 闺女已嫁人', () => {
    const h = run('来电人（男，66岁），和老伴住，闺女已嫁人，儿子在太原打工。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });
});

describe('moved to a shelter after a disaster', () => {
  it('粤: 水浸…搬咗去安置点', () => {
    const h = run('来电人（男，50岁），12月3日大雨水浸，屋企入晒水，一家四口已经搬咗去镇上安置点。');
    expect(h.hardship?.events?.[0]?.kind).toBe('natural_disaster');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('north: 山体塌方…住进临时安置点', () => {
    const h = run('来电人（女，48岁）称，12月2日夜里后山塌方，压坏了两间房，一家人住进了村里的临时安置点。', '140800');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
