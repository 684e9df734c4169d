// Money each of several relatives gives (issue 22, round 6b): "每人", "各" count the people the word
// before them counted ("四个女儿每人每月给500" is four), or the givers named in the clause before
// ("两个儿子过年给点钱，一年各八百"), not everyone the summary named; those givers live apart.
// Children said to have families of their own elsewhere (均在外成家) live apart. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('each of several givers', () => {
  it('每人 after a counted word counts that word', () => {
    const h = run('来电人（男，74岁）与老伴（70岁）在村里住，四个女儿每人每月给500，两人养老金各120元/月。');
    expect(h.income?.support?.[0]?.amount).toBe(24000);
    expect(h.income?.basicPension).toBe(2880);
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list).toHaveLength(4);
  });

  it('各 after the clause that named the givers', () => {
    const h = run('来电人（女，80岁）与老伴（82岁）住某村，两个儿子过年给点钱，一年各八百块。');
    expect(h.income?.support?.[0]?.amount).toBe(1600);
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('children with families of their own elsewhere live apart', () => {
    const h = run('来电人（女，66岁），有两个儿子，均已在外成家。');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('givers named again before the amount, and 每人 after the caller and the pair', () => {
    const h = run(
      '来电人称：本人秦某，70岁，与老伴（68岁）住某村；经询问，三个儿子都已成家在外，三个儿子过年给点，一年各六百；来电人表示老两口每人每月养老金150元。',
    );
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.map((o) => o.ableBodiedAdult)).toEqual([true, true, true]);
    expect(h.income?.support?.[0]?.amount).toBe(1800);
    expect(h.income?.basicPension).toBe(3600);
  });
});
