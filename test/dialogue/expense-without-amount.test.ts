// A big expense whose kind is known but whose amount is not (our own sentences, 晋南 and 粤 ways of
// writing): answered to the hardship question, it is recorded with its kind at once; the amount question
// then fills that same expense, and "不知道" keeps the kind. The result says what is missing.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { type DialogueState, newState } from '../../bot/state.ts';
import { defaultParameters, type Household, screen } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const deps = { parameters: defaultParameters(), today: '2026-12-05' };

/** Everything asked but the hardship question: 运城 盐湖区, rural, alone, 700 a month (over 550, under 1333). */
const known: Household = {
  hukou: 'rural',
  hukouInRegion: true,
  members: [{ relation: 'self', age: 50, hasDisability: false, seriousIllness: false, employed: false }],
  employedCount: 0,
  income: { wages: 0, business: 8400, property: 0, pensions: 0, support: [] },
  property: { deposits: 0, vehicles: 0, houses: 1, registeredBusiness: false },
  obligors: { exist: false },
};

function at(pending: string, household: Household = known, sub?: DialogueState['sub']): DialogueState {
  return { ...newState(), mode: 'screening', region: '140802', household, pending, ...(sub ? { sub } : {}) };
}

function say(state: DialogueState, text: string) {
  const res = step(state, { channel: 'test', userId: 'e', text }, deps);
  return { state: res.state!, reply: replyText(res.out as OutboundMessage[]) };
}

const AMOUNT_ASKED = '自己掏了大概多少钱';

describe('a big expense told without its amount', () => {
  it.each([
    ['5', 'medical', '看病'],
    ['5 今年看病花了不老少', 'medical', '看病'],
    ['孙子上高中学费一年比一年贵，俺们掏钱掏得紧', 'education', '上学'],
    ['阿妈做康复使咗好多钱', 'disability_rehab', '康复'],
    ['冇咩大事，不过睇病使咗好多钱', 'medical', '看病'],
  ] as const)('"%s" records a %s expense at once, says it back and asks the amount', (text, kind, word) => {
    const { state, reply } = say(at('hardship'), text);
    expect(state.household.hardship?.expenses).toEqual([{ kind }]);
    expect(reply).toContain(`记下了：${word}花了不少钱，多少还不清楚`);
    expect(reply).toContain(AMOUNT_ASKED);
  });

  it('two kinds named, each kept; an amount then given is what they cost in all', () => {
    const first = say(at('hardship'), '5 个女读大学，老豆又睇病，使咗好多');
    expect(first.state.household.hardship?.expenses).toEqual([{ kind: 'education' }, { kind: 'medical' }]);
    const second = say(first.state, '一共三万左右');
    expect(second.state.household.hardship?.expenses).toEqual([{ kind: 'education', amount: 30_000 }]);
  });

  it('the amount fills that same expense, of its kind, not a second one', () => {
    const first = say(at('hardship'), '闺女念大学交学费哩');
    expect(first.state.household.hardship?.expenses).toEqual([{ kind: 'education' }]);
    const second = say(first.state, '一年得一万二');
    expect(second.state.household.hardship?.expenses).toEqual([{ kind: 'education', amount: 12_000 }]);
    expect(second.reply).toContain('上学自己花了约12000元');
  });

  it('a kind named with no spending said is not yet an expense ("没有 就是日子紧巴")', () => {
    const { state } = say(at('hardship'), '没有 就是供娃念书紧巴点');
    expect(state.household.hardship?.expenses ?? []).toEqual([]);
    const idk = say(state, '说不上来');
    expect(idk.state.household.hardship?.expenses ?? []).toEqual([]);
  });

  it('an opening that tells of spending with no amount keeps its kind', () => {
    const res = step(undefined, { channel: 'test', userId: 'o', text: '俺娘住院做手术，看病把家底都花光了' }, deps);
    expect(res.state?.household.hardship?.expenses).toEqual([{ kind: 'medical' }]);
  });

  it('"5" → how much → "不知道": the kind is kept and the result says 临时救助 needs the amount', () => {
    const first = say(at('hardship'), '5');
    expect(first.reply).toContain(AMOUNT_ASKED);
    let { state, reply } = say(first.state, '不知道');
    expect(state.household.hardship?.expenses).toEqual([{ kind: 'medical' }]);
    expect(reply).toContain('记下了：看病花了不少钱，多少还不清楚。');
    // Any question left (none expected) is answered "不知道" until the result.
    for (let i = 0; i < 5 && state.mode !== 'result'; i++) ({ state, reply } = say(state, '不知道'));
    expect(state.mode).toBe('result');
    const report = screen(state.household, { region: '140802', date: deps.today });
    const temp = report.results.find((r) => r.program === 'temporary_assistance');
    expect(temp?.verdict).toBe('need_info');
    expect(temp?.missing).toContain('hardship.expenses[0].amount');
    expect(reply).toContain('看病的支出还不知道自己负担了多少');
  });
});
