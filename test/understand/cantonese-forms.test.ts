// Written Cantonese forms residents of 阳江 type (issue 21, round 3): commands said in Cantonese
// mid-dialogue (问呢啲做乜, 我头先答咗啲乜, 返上一条, 我唔明), a day of this month (今个月三号),
// managing or not (仲顶得住, 好艰难), and a loss at sea (出海遇到大风浪). Our own examples.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, slot: Parameters<typeof understand>[1]['slot'], household = {}) =>
  understand(text, { slot, household, today: '2026-12-05', region: '441700', parameters });
const event = { hardship: { none: false, events: [{ kind: 'fire' as const }] } };

describe('Cantonese commands mid-question', () => {
  it.each([
    ['问呢啲做咩？', 'why'],
    ['我答咗啲乜嚟？', 'my_answers'],
    ['返上一题', 'back'],
    ['唔明，点拣', 'help'],
  ])('%s → %s', (text, cmd) => {
    expect(read(text, 'deposits').commands).toContain(cmd);
  });
});

describe('Cantonese answers about an emergency', () => {
  it('今个月三号 is the 3rd of this month', () => {
    expect(parseWhen('今个月三号', '2026-12-05')).toBe('2026-12-03');
  });

  it('仲顶得住 is managing; 好艰难 is not', () => {
    expect(
      read('仲顶得住', 'hardship.severe', event).facts.find((f) => f.path.endsWith('basicLivingSevere'))?.value,
    ).toBe(false);
    expect(
      read('靠亲戚帮补，好艰难', 'hardship.severe', event).facts.find((f) => f.path.endsWith('basicLivingSevere'))
        ?.value,
    ).toBe(true);
  });

  it('a husband lost at sea is an emergency, not "nothing happened"', () => {
    const u = read('老公十月出海遇到大风浪，冇返嚟', 'hardship');
    expect(u.facts.find((f) => f.path === 'hardship.events[0].kind')?.value).toBe('accident');
  });
});

describe('who 自己 is, and words of illness and school', () => {
  it('"他自己也是低保户" is about him, not the resident', () => {
    const u = read('佢自己都係低保户', 'obligors.situation', {
      obligors: { exist: true, list: [{ relation: 'child' }] },
    });
    expect(u.facts.find((f) => f.path === 'obligors.list[0].status')?.value).toBe('dibao');
    expect(u.facts.some((f) => f.path.startsWith('currentBenefits'))).toBe(false);
  });

  it('洗紧肾 is 尿毒症; 两个读书仔 are two children at school', () => {
    const u = read('我老公洗紧肾，屋企仲有两个读书仔', 'opening');
    expect(u.facts.find((f) => f.path === 'members[1].illnessName')?.value).toBe('尿毒症');
    expect(u.facts.filter((f) => /members\[\d\]\.relation/.test(f.path) && f.value === 'child')).toHaveLength(2);
    expect(u.facts.find((f) => f.path === 'members[2].student.fullTime')?.value).toBe(true);
  });
});
