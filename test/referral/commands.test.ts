// Commands typed in the middle of sending a request (为什么, 摘要, 我的回答, 帮助, 人工, 申请,
// 政策, 返回, 重新开始, 删除我的信息) are never taken as the answer of the step: the resident sees
// what they asked for and then the same question again, with nothing they typed lost. 取消 (and
// 不申请, 不发了) stops the unsent request at any step, and 帮助 explains the request itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type HandleDeps } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import type { ForgetResult, ReferralDesk, ReferralSubmission, SessionKey } from '../../bot/ports.ts';
import type { DialogueState } from '../../bot/state.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const clock = { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' };

/** The elderly-alone household of test/transcripts/010, answered to the result. */
// …存款 没有, 户口 农村, 赡养人 没有, 急难 都没有
const TO_RESULT = ['1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'];

class FakeDesk implements ReferralDesk {
  submitted: ReferralSubmission[] = [];
  async submit(s: ReferralSubmission) {
    this.submitted.push(s);
    return { reference: `DD-${this.submitted.length - 1}`, created: true };
  }
  async forget(_key: SessionKey): Promise<ForgetResult> {
    return { deleted: this.submitted.map((_, i) => `DD-${i}`), kept: [] };
  }
}

let store: MemorySessionStore;
let desk: FakeDesk;
let deps: HandleDeps;

async function say(text: string, extra: Partial<Parameters<typeof handleMessage>[0]> = {}) {
  return replyText(await handleMessage({ channel: 'test', userId: 'u1', text, ...extra }, deps));
}

async function session(): Promise<DialogueState | undefined> {
  return (await store.get({ channel: 'test', userId: 'u1' }))?.state;
}

async function toResult() {
  await say('', { kind: 'start' });
  for (const t of TO_RESULT) await say(t);
}

beforeEach(() => {
  store = new MemorySessionStore();
  desk = new FakeDesk();
  const villages = villageDirectory({});
  deps = {
    store,
    clock,
    parameters: defaultParameters(),
    referral: { desk, villages, keepDays: villages.retention.closedRequestDays },
  };
});

/**
 * The referral steps tested, how to reach each from the result, its question, and a valid answer with what follows it.
 */
const STEPS = [
  { step: 'consent', reach: ['申请'], question: '你同意把这些信息发给村委会吗', answer: '1', next: '申请人的姓名' },
  { step: 'name', reach: ['申请', '1'], question: '申请人的姓名', answer: '张三', next: '能打通的电话号码' },
  {
    step: 'phone',
    reach: ['申请', '1', '王秀英'],
    question: '能打通的电话号码',
    answer: '13912345678',
    next: '哪个村',
  },
  {
    step: 'confirm',
    reach: ['申请', '1', '王秀英', '13812345678', '1', '2', '跳过'],
    question: '请确认要发给村委会的内容',
    answer: '1',
    next: '申请编号',
  },
] as const;

/** Each command, and text its reply must show before the step's question comes again. */
const COMMANDS = [
  { say: '为什么', shows: ['为什么这样估计', '特困人员认定办法（民发〔2021〕43号）'] },
  { say: '摘要', shows: ['【兜底助手 评估摘要】'] },
  { say: '我的回答', shows: ['你已经回答的内容', '家里的人和年龄'] },
  { say: '帮助', shows: ['可以用的指令'] },
  { say: '人工', shows: ['12345 政务服务热线'] },
  { say: '申请', shows: ['还没有发送'] },
] as const;

describe('commands in the middle of sending a request', () => {
  for (const s of STEPS) {
    for (const c of COMMANDS) {
      it(`${c.say} at the ${s.step} step shows what was asked, asks that step again, keeps all`, async () => {
        await toResult();
        for (const t of s.reach) await say(t);
        const before = await session();
        expect(before?.mode).toBe('referral');
        expect(before?.referral?.step).toBe(s.step);

        const reply = await say(c.say);
        for (const e of c.shows) expect(reply).toContain(e);
        // The step's question comes again, after what was asked for.
        expect(reply).toContain(s.question);
        expect(reply.lastIndexOf(s.question)).toBeGreaterThan(reply.indexOf(c.shows[0]));
        expect(await session()).toEqual(before);

        // The next plain answer is still that step's answer.
        expect(await say(s.answer)).toContain(s.next);
        if (s.step === 'name') expect((await session())?.referral?.name).toBe('张三');
        if (s.step === 'phone') expect((await session())?.referral?.phone).toBe('13912345678');
        if (s.step === 'confirm') expect(desk.submitted.map((x) => x.contact.name)).toEqual(['王秀英']);
      });
    }
  }

  it('我的回答 does not offer 返回 for changing an answer (返回 goes back one request step here)', async () => {
    await toResult();
    for (const t of ['申请', '1']) await say(t);
    expect(await say('我的回答')).not.toContain('修改最后一个回答');
  });

  for (const s of STEPS.filter((x) => x.step !== 'consent')) {
    it(`政策 at the ${s.step} step answers policy questions, and 返回 comes back to the same step`, async () => {
      await toResult();
      for (const t of s.reach) await say(t);
      const before = await session();

      const prompt = await say('政策');
      expect(prompt).toContain('政策问题');
      expect(prompt).toContain('还没有发送');
      expect(prompt).toContain('回复“返回”接着填');
      expect((await session())?.referral).toEqual(before?.referral);

      const answer = await say('五保户现在叫什么');
      expect(answer).toContain('特困人员认定办法');
      expect(answer).toContain('回复“返回”接着填');
      expect(answer).not.toContain('回到评估');

      const back = await say('返回');
      expect(back).toContain(s.question);
      expect(back).not.toContain('回到上一步');
      expect(await session()).toEqual(before);

      expect(await say(s.answer)).toContain(s.next);
    });
  }

  it('申请 after a policy question also comes back to the same step, nothing typed lost', async () => {
    await toResult();
    for (const t of STEPS[2].reach) await say(t);
    const before = await session();
    await say('政策');
    await say('房子烧了找谁');
    expect(await say('申请')).toContain('能打通的电话号码');
    expect(await session()).toEqual(before);
  });

  it('取消 while asking a policy question during a request cancels the request', async () => {
    await toResult();
    for (const t of STEPS[2].reach) await say(t);
    await say('政策');
    await say('房子烧了找谁');
    expect(await say('取消')).toContain('没有发送任何信息');
    const s = await session();
    expect(s?.referral).toBeUndefined();
    expect(s?.mode).toBe('result');
    expect(desk.submitted).toHaveLength(0);
    expect(await say('申请')).toContain('你同意把这些信息发给村委会吗');
  });

  it('返回 still goes back one step, and 取消 / 不同意 still send nothing', async () => {
    await toResult();
    for (const t of STEPS[2].reach) await say(t);
    expect(await say('返回')).toContain('回到上一步');
    expect((await session())?.referral?.step).toBe('name');
    await say('王秀英');
    for (const t of ['13812345678', '1', '2', '跳过']) await say(t);
    expect(await say('取消')).toContain('已取消');
    expect((await session())?.referral).toBeUndefined();
    await say('申请');
    expect(await say('不同意')).toContain('没有发送任何信息');
    expect(desk.submitted).toHaveLength(0);
  });

  it('重新开始 drops the unsent request and starts over', async () => {
    await toResult();
    for (const t of STEPS[2].reach) await say(t);
    const reply = await say('重新开始');
    expect(reply).toContain('重新开始');
    expect(reply).toContain('你家住在哪个市');
    const s = await session();
    expect(s?.mode).toBe('screening');
    expect(s?.referral).toBeUndefined();
    expect(desk.submitted).toHaveLength(0);
  });

  it('删除我的信息 asks first; “不删除” comes back to the same step, “确定” deletes', async () => {
    await toResult();
    for (const t of STEPS[2].reach) await say(t);
    const before = await session();
    expect(await say('删除我的信息')).toContain('确定要删除');
    const kept = await say('2');
    expect(kept).toContain('没有删除');
    expect(kept).toContain('能打通的电话号码');
    expect(await session()).toEqual(before);
    expect(await say('13912345678')).toContain('哪个村');

    expect(await say('删除我的信息')).toContain('确定要删除');
    expect(await say('1')).toContain('已删除');
    expect(await session()).toBeUndefined();
  });

  it('a name that merely contains a command word is a name', async () => {
    await toResult();
    for (const t of STEPS[1].reach) await say(t);
    for (const name of ['王帮助', '为什么人', '李摘要']) {
      expect(await say(name)).toContain('能打通的电话号码');
      expect((await session())?.referral?.name).toBe(name);
      await say('返回');
    }
  });
});

/** Every step of the request with the default villages (no township step), in order. */
const ALL_STEPS = [
  { step: 'consent', reach: ['申请'], question: '你同意把这些信息发给村委会吗', answer: '1', next: '申请人的姓名' },
  { step: 'name', reach: ['申请', '1'], question: '申请人的姓名', answer: '张三', next: '能打通的电话号码' },
  {
    step: 'phone',
    reach: ['申请', '1', '王秀英'],
    question: '能打通的电话号码',
    answer: '13912345678',
    next: '哪个村',
  },
  {
    step: 'village',
    reach: ['申请', '1', '王秀英', '13812345678'],
    question: '哪个村',
    answer: '1',
    next: '什么时候打电话',
  },
  {
    step: 'call_time',
    reach: ['申请', '1', '王秀英', '13812345678', '1'],
    question: '什么时候打电话',
    answer: '2',
    next: '身份证号',
  },
  {
    step: 'id_number',
    reach: ['申请', '1', '王秀英', '13812345678', '1', '2'],
    question: '可以填申请人的身份证号',
    answer: '跳过',
    next: '请确认要发给村委会的内容',
  },
  {
    step: 'confirm',
    reach: ['申请', '1', '王秀英', '13812345678', '1', '2', '跳过'],
    question: '请确认要发给村委会的内容',
    answer: '1',
    next: '申请编号',
  },
] as const;

describe('取消 in the middle of sending a request', () => {
  for (const s of ALL_STEPS) {
    it(`取消 at the ${s.step} step sends nothing, says so, and goes back to the result`, async () => {
      await toResult();
      const atResult = await session();
      expect(atResult?.mode).toBe('result');
      for (const t of s.reach) await say(t);
      expect((await session())?.referral?.step).toBe(s.step);

      const reply = await say('取消');
      expect(reply).toContain('已取消');
      expect(reply).toContain('没有发送任何信息');
      expect(reply).not.toContain(s.question);
      expect(desk.submitted).toHaveLength(0);
      // Back where the resident was before 申请: the result, with no request in progress.
      expect(await session()).toEqual(atResult);

      // A later 申请 starts afresh at consent, with nothing from the cancelled request.
      expect(await say('申请')).toContain('你同意把这些信息发给村委会吗');
      expect((await session())?.referral).toEqual({ step: 'consent', returnMode: 'result' });
      await say('1');
      expect((await session())?.referral?.name).toBeUndefined();
    });
  }

  for (const [word, step] of [
    ['不申请', 'name'],
    ['不发了', 'phone'],
    ['不申请', 'id_number'],
    ['取消。', 'village'],
  ] as const) {
    it(`“${word}” at the ${step} step cancels too`, async () => {
      await toResult();
      const atResult = await session();
      for (const t of ALL_STEPS.find((x) => x.step === step)!.reach) await say(t);
      expect(await say(word)).toContain('没有发送任何信息');
      expect(await session()).toEqual(atResult);
      expect(desk.submitted).toHaveLength(0);
    });
  }

  it('算了 at the 身份证号 step still skips the number (it is not a cancel word there)', async () => {
    await toResult();
    for (const t of ALL_STEPS[5].reach) await say(t);
    expect(await say('算了')).toContain('请确认要发给村委会的内容');
    expect((await session())?.referral?.step).toBe('confirm');
  });

  it('a name that merely contains a cancel word is a name', async () => {
    await toResult();
    for (const t of ALL_STEPS[1].reach) await say(t);
    for (const name of ['王取消', '取消人', '李不申请']) {
      expect(await say(name)).toContain('能打通的电话号码');
      expect((await session())?.referral?.name).toBe(name);
      await say('返回');
    }
    expect((await session())?.referral?.step).toBe('name');
  });
});

describe('帮助 in the middle of sending a request', () => {
  for (const s of [ALL_STEPS[1], ALL_STEPS[4]]) {
    it(`帮助 at the ${s.step} step explains the request, then asks the same step again`, async () => {
      await toResult();
      for (const t of s.reach) await say(t);
      const before = await session();

      const reply = await say('帮助');
      expect(reply).toContain('把你的情况发给村委会');
      expect(reply).toContain('返回：回到上一步');
      expect(reply).toContain('取消：不发送');
      expect(reply).toContain('为什么');
      expect(reply).toContain('摘要');
      expect(reply).toContain('“确认发送”之前，什么都不会发出去');
      // Not the screening's help, whose 返回 changes the last screening answer.
      expect(reply).not.toContain('改上一个问题的回答');
      expect(reply.lastIndexOf(s.question)).toBeGreaterThan(reply.indexOf('把你的情况发给村委会'));
      expect(await session()).toEqual(before);

      expect(await say(s.answer)).toContain(s.next);
      if (s.step === 'name') expect((await session())?.referral?.name).toBe('张三');
      if (s.step === 'call_time') expect((await session())?.referral?.callTime).toBe('下午');
    });
  }
});

describe('leaving a request begun in the middle of the screening', () => {
  // After the region and the household's ages, the next question is about disability.
  async function midScreening() {
    await say('', { kind: 'start' });
    await say('1');
    const pending = await say('七十八岁');
    expect(pending).toContain('残疾');
    return pending;
  }

  it.each([
    ['取消 at the name step', ['申请', '1', '取消']],
    ['不同意 at consent', ['申请', '2']],
    ['返回 at consent', ['申请', '返回']],
  ])('%s: the screening question is asked again, and its answer is taken', async (_label, typed) => {
    await midScreening();
    let reply = '';
    for (const t of typed) reply = await say(t);
    expect(reply).toContain('残疾');
    expect(reply).not.toContain('回到评估结果');
    const s = await session();
    expect(s?.mode).toBe('screening');
    expect(s?.referral).toBeUndefined();
    expect(s?.pending).toBe('disability');
    // The answer goes to that question: the next one is asked.
    expect(await say('没有')).not.toContain('残疾证吗');
    expect((await session())?.history.at(-1)?.question).toBe('disability');
  });
});
