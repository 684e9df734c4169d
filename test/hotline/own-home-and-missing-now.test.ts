// Round 12 of call summaries: 自己住 after one of the homes counted (两套房，一套自己住，一套出租) is the
// family's own use of it, not living alone, so a spouse named later is of the household; and someone
// gone missing within the month (12月1日出海，至今失联) is an emergency to a member, not a relative
// declared missing (民法典 第四十条: two years without news). Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('one of the homes for the family’s own use', () => {
  it('晋南: 两套房，一套自己住，一套出租。老伴61岁', () => {
    const h = run('来电人（男，63岁），县城有两套房，一套自己住，一套出租，每月租金800元。老伴61岁。', '140821');
    expect(h.members).toHaveLength(2);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', age: 61 });
    expect(h.property?.houses).toBe(2);
  });

  it('粤: 两间屋，一间自己住，一间租畀人。老婆55岁', () => {
    const h = run('来电人（男，58岁），冇返工，屋企有两间屋，一间自己住，一间租畀人每月1200蚊。老婆55岁。', '441702');
    expect(h.members).toHaveLength(2);
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', age: 55 });
  });

  it('自己住 with no home counted before it is still living alone', () => {
    const out = intake(
      { region: '140821', text: '来电人（女，79岁），老伴去世多年，自己住。' },
      { today: '2026-12-05', parameters },
    );
    expect(out.facts.find((f) => f.path === 'size')).toMatchObject({ value: 1, words: '自己住' });
  });
});

describe('gone missing within the month', () => {
  it('粤: 老公12月1日出海，至今失联', () => {
    const h = run(
      '来电人（女，40岁），老公（43岁）12月1日出海打鱼，至今失联，仲搵紧。屋企冇人揾钱，米都就快冇。',
      '441721',
    );
    expect(h.members?.[1]).toMatchObject({ relation: 'spouse', age: 43 });
    expect(h.obligors?.list ?? []).toHaveLength(0);
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'accident', date: '2026-12-01', basicLivingSevere: true });
  });

  it('晋南: 男人前年出去打工就失联了 is a relative long missing, not an emergency', () => {
    const h = run('来电人（女，38岁），男人（40岁）前年出去打工，后来就失联了，她带两个娃（9岁、6岁）。', '140821');
    expect(h.hardship?.events ?? []).toHaveLength(0);
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(false);
  });
});
