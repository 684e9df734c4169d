// How a dialogue's turns become anonymous counts (adapters/stats/progress.ts through the session
// store decorator), driven through the real engine: 返回, a policy question in the middle, a
// misread answer, 重新开始 as a new start, and a result reached twice (返回 from it) counted once.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import type { CountCell } from '../../adapters/db/dialogue-counts.ts';
import { CountingSessionStore } from '../../adapters/stats/counting-store.ts';
import { defaultParameters } from '../../screening/index.ts';

function dialogue() {
  const cells: CountCell[] = [];
  const store = new CountingSessionStore(new MemorySessionStore(), {
    counts: { add: async (c) => void cells.push(...c) },
    parameters: defaultParameters(),
    now: () => new Date('2026-12-05T02:00:00Z'),
  });
  const deps = {
    store,
    clock: { now: () => new Date('2026-12-05T02:00:00Z'), today: () => '2026-12-05' },
    parameters: defaultParameters(),
  };
  const say = async (...texts: string[]) => {
    for (const text of texts)
      await handleMessage(
        {
          channel: 'web',
          userId: 'u',
          text,
          ...(text === '' ? { kind: 'start' as const } : {}),
          tags: { region: '140802' },
        },
        deps,
      );
    await store.settled();
  };
  const count = (kind: string, item = '') => cells.filter((c) => c.kind === kind && c.item === item).length;
  return { say, count, cells };
}

describe('dialogue progress counts', () => {
  it(
    'counts asks, answers, misreadings and departures per questio' + 'n through 返回, a policy question and 重新开始',
    async () => {
      const d = dialogue();
      await d.say(
        '',
        '就我一个人',
        '75岁',
        '返回',
        '76岁',
        '政策',
        '低保标准是多少',
        '返回',
        '城市户口',
        ...Array(7).fill('没有'),
        '返回',
        '没有',
        '重新开始',
      );
      expect(d.count('started')).toBe(2);
      expect([d.count('asked', 'members'), d.count('answered', 'members'), d.count('departed', 'members')]).toEqual([
        3, 2, 2,
      ]);
      expect([
        d.count('asked', 'disability'),
        d.count('answered', 'disability'),
        d.count('not_understood', 'disability'),
        d.count('departed', 'disability'),
      ]).toEqual([3, 1, 1, 3]);
      expect([d.count('asked', 'obligors'), d.count('answered', 'obligors')]).toEqual([2, 2]);
      expect([d.count('asked', 'hardship'), d.count('answered', 'hardship'), d.count('departed', 'hardship')]).toEqual([
        2, 0, 2,
      ]);
      expect(d.count('finished')).toBe(0);
      // Counted under the city of the county the link named; nothing names the resident.
      expect(new Set(d.cells.map((c) => c.city))).toEqual(new Set(['140800']));
      expect(JSON.stringify(d.cells)).not.toContain('"u"');
    },
  );

  it(
    'counts a result once, with one verdict per program, even whe' + 'n the resident goes back and answers again',
    async () => {
      const d = dialogue();
      await d.say('', '就我一个人', '75岁', '城市户口', ...Array(8).fill('没有'));
      expect(d.count('finished')).toBe(1);
      await d.say('返回', '没有');
      expect(d.count('finished')).toBe(1);
      expect(
        d.cells
          .filter((c) => c.kind === 'verdict')
          .map((c) => c.item.split(':')[0])
          .sort(),
      ).toEqual(['dibao', 'single_person_dibao', 'tekun', 'temporary_assistance']);
    },
  );
});

describe('dialogue counts gathered before writing (flushMs)', () => {
  function gathered(flushMs: number) {
    const writes: CountCell[][] = [];
    const store = new CountingSessionStore(new MemorySessionStore(), {
      counts: { add: async (c) => void writes.push(c) },
      parameters: defaultParameters(),
      now: () => new Date('2026-12-05T02:00:00Z'),
      flushMs,
    });
    const deps = {
      store,
      clock: { now: () => new Date('2026-12-05T02:00:00Z'), today: () => '2026-12-05' },
      parameters: defaultParameters(),
    };
    const say = async (userId: string, ...texts: string[]) => {
      for (const text of texts)
        await handleMessage(
          {
            channel: 'web',
            userId,
            text,
            ...(text === '' ? { kind: 'start' as const } : {}),
            tags: { region: '140802' },
          },
          deps,
        );
    };
    return { say, store, writes };
  }

  it('many turns of many residents go in one write, with every count of writing them one by one', async () => {
    const turns = ['', '就我一个人', '75岁', '城市户口'];
    const one = gathered(0);
    const many = gathered(60_000);
    for (const u of ['a', 'b', 'c']) {
      await one.say(u, ...turns);
      await many.say(u, ...turns);
    }
    await one.store.settled();
    expect(one.writes.length).toBeGreaterThan(3);
    expect(many.writes).toHaveLength(0);
    await many.store.settled();
    expect(many.writes).toHaveLength(1);
    const key = (c: CountCell) => `${c.kind}:${c.item}:${c.city}`;
    expect(many.writes[0]!.map(key).sort()).toEqual(one.writes.flat().map(key).sort());
  });

  it('writes on its own once the time is up', async () => {
    const g = gathered(20);
    await g.say('a', '', '就我一个人');
    expect(g.writes).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(g.writes).toHaveLength(1);
  });
});

describe("the counts' day", () => {
  it("is China's date of each write, across China's midnight and back", async () => {
    const cells: CountCell[] = [];
    let now = new Date('2026-12-05T15:59:59.999Z');
    const store = new CountingSessionStore(new MemorySessionStore(), {
      counts: { add: async (c) => void cells.push(...c) },
      parameters: defaultParameters(),
      now: () => now,
    });
    const deps = { store, clock: { now: () => now, today: () => '2026-12-05' }, parameters: defaultParameters() };
    const days: string[] = [];
    for (const at of ['2026-12-05T15:59:59.999Z', '2026-12-05T16:00:00.000Z', '2026-12-05T15:00:00.000Z']) {
      now = new Date(at);
      cells.length = 0;
      await handleMessage({ channel: 'web', userId: at, text: '', kind: 'start', tags: { region: '140802' } }, deps);
      await store.settled();
      days.push(...new Set(cells.map((c) => c.day)));
    }
    expect(days).toEqual(['2026-12-05', '2026-12-06', '2026-12-05']);
  });
});
