// The resident's side of sending a request: consent first, then name, phone, village, call time
// and an optional 身份证号, a confirmation that shows what goes, one hand-over, 返回 at every
// step, and refusals that send nothing. The desk here is an in-memory stand-in; the database
// desk has its own tests (desk.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage, type HandleDeps } from '../../bot/engine.ts';
import { MemorySessionStore } from '../../bot/memory-store.ts';
import type { ForgetResult, ReferralDesk, ReferralSubmission, SessionKey } from '../../bot/ports.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const clock = { now: () => new Date('2026-12-02T04:00:00Z'), today: () => '2026-12-02' };

/** The elderly-alone household of test/transcripts/010, answered to the result. */
// …存款 没有, 户口 农村, 赡养人 没有, 急难 都没有
const TO_RESULT = ['1', '七十八岁', '没有', '1', '2', '一年一千二', '每月150', '5', '没有', '1', '1', '6'];

class FakeDesk implements ReferralDesk {
  submitted: ReferralSubmission[] = [];
  forgotten: SessionKey[] = [];
  async submit(s: ReferralSubmission) {
    const same = this.submitted.findIndex((x) => x.idempotencyKey === s.idempotencyKey);
    if (same >= 0) return { reference: `DD-${same}`, created: false };
    this.submitted.push(s);
    return { reference: `DD-${this.submitted.length - 1}`, created: true };
  }
  async forget(key: SessionKey): Promise<ForgetResult> {
    this.forgotten.push(key);
    return { deleted: this.submitted.map((_, i) => `DD-${i}`), kept: [] };
  }
}

function manyVillages() {
  const villages = Array.from({ length: 12 }, (_, i) => ({
    code: `v${i}`,
    name: `第${i + 1}村`,
    township: { code: i < 6 ? 't1' : 't2', name: i < 6 ? '东镇' : '西镇' },
    region: '140802',
  }));
  return villageDirectory({ villages });
}

let store: MemorySessionStore;
let desk: FakeDesk;
let deps: HandleDeps;

async function say(text: string, extra: Partial<Parameters<typeof handleMessage>[0]> = {}) {
  return replyText(await handleMessage({ channel: 'test', userId: 'u1', text, ...extra }, deps));
}

async function toResult(tags?: { village?: string; region?: string }) {
  await say('', { kind: 'start', ...(tags ? { tags } : {}) });
  let last = '';
  for (const t of TO_RESULT) last = await say(t);
  expect(last).toContain('估计结果如下');
  expect(last).toContain('回复“申请”');
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

describe('sending a request to the village committee', () => {
  it('asks consent first, then only what the request needs, and hands it over once', async () => {
    await toResult();
    const consent = await say('申请');
    expect(consent).toContain('核对');
    expect(consent).toContain('加密保存');
    expect(consent).toContain('删除我的信息');
    expect(consent).toContain('365 天');
    expect(await say('1')).toContain('姓名');
    expect(await say('王')).toContain('2 到 20 个字');
    expect(await say('王秀英')).toContain('电话');
    expect(await say('12345')).toContain('号码好像不对');
    const villages = await say('13812345678');
    expect(villages).toContain('哪个村');
    expect(villages).toContain('示例村一（运城）');
    expect(villages).not.toContain('阳江');
    expect(await say('9')).toContain('请回复列表前面的数字');
    expect(await say('1')).toContain('什么时候打电话');
    expect(await say('2')).toContain('身份证号');
    expect(await say('110105194912310021')).toContain('对不上');
    const confirm = await say('11010519491231002X');
    expect(confirm).toContain('姓名：王秀英');
    expect(confirm).toContain('电话：13812345678');
    expect(confirm).toContain('示例镇（运城） 示例村一（运城）');
    expect(confirm).toContain('方便联系：下午');
    expect(confirm).toContain('1101************2X');
    expect(confirm).not.toContain('11010519491231002X');
    expect(desk.submitted).toHaveLength(0);
    const sent = await say('1');
    expect(sent).toContain('申请编号：DD-0');
    expect(sent).toContain('会在 3 个工作日内打电话联系你');
    expect(sent).toContain('核对授权书');
    expect(desk.submitted).toHaveLength(1);
    const s = desk.submitted[0]!;
    expect(s.contact).toEqual({
      name: '王秀英',
      phone: '13812345678',
      callTime: '下午',
      idNumber: '11010519491231002X',
    });
    expect(s.village).toBe('demo-yc-1');
    expect(s.region).toBe('140800');
    expect(s.consent.at).toBe('2026-12-02T04:00:00.000Z');
    expect(s.consent.text).toContain('核对');
    expect(s.report.results).toHaveLength(4);
    expect(s.summary).toContain('【兜底助手 评估摘要】');
    expect(s.materials.map((m) => m.program)).toContain('tekun');
    // After sending, "1" again is not a second confirmation.
    expect(await say('1')).toContain('回复“为什么”');
    expect(desk.submitted).toHaveLength(1);
  });

  it('sends nothing when the resident declines or cancels, and 返回 walks back step by step', async () => {
    await toResult();
    await say('申请');
    expect(await say('2')).toContain('没有发送任何信息');
    await say('申请');
    await say('1');
    await say('李四');
    expect(await say('返回')).toContain('姓名');
    await say('李四');
    await say('0359-2123456');
    await say('2');
    await say('4');
    const back = await say('返回');
    expect(back).toContain('什么时候打电话');
    await say('4');
    expect(await say('跳过')).toContain('身份证号：不填');
    expect(await say('2')).toContain('姓名');
    await say('李四');
    await say('0359-2123456');
    await say('1');
    await say('1');
    await say('1');
    expect(await say('3')).toContain('已取消');
    expect(desk.submitted).toHaveLength(0);
    // From the consent question, 返回 goes back to the result.
    await say('申请');
    expect(await say('返回')).toContain('回到评估结果');
  });

  it('skips the village question when the link or QR code named a configured village', async () => {
    await toResult({ village: 'demo-yc-2', region: '140802' });
    expect(await say('申请')).toContain('示例村二（运城）');
    await say('1');
    await say('赵六');
    expect(await say('13912345678')).toContain('什么时候打电话');
    await say('1');
    await say('1');
    await say('1');
    expect(desk.submitted[0]?.village).toBe('demo-yc-2');
  });

  it('asks the township first when a city has many villages, and accepts a typed name', async () => {
    const villages = manyVillages();
    deps = { ...deps, referral: { desk, villages, keepDays: 365 } };
    await toResult();
    await say('申请');
    await say('1');
    await say('赵六');
    const towns = await say('13912345678');
    expect(towns).toContain('哪个乡镇');
    expect(towns).toContain('西镇');
    const list = await say('西镇');
    expect(list).toContain('第7村');
    expect(list).not.toContain('第1村');
    expect(await say('第9村')).toContain('什么时候打电话');
    await say('1');
    await say('1');
    await say('1');
    expect(desk.submitted[0]?.village).toBe('v8');
  });

  it('"我的村不在列表里" sends the request to the township chosen next, and 返回 undoes it', async () => {
    await toResult();
    await say('申请');
    await say('1');
    await say('赵六');
    const list = await say('13912345678');
    // The demo city has two villages: listed, then the way out as the last number.
    expect(list).toContain('3. 我的村（社区）不在列表里');
    const towns = await say('3');
    expect(towns).toContain('哪个乡镇');
    expect(towns).toContain('2. 我的乡镇（街道）也不在列表里');
    // 返回 from the township question goes back to the village list.
    expect(await say('返回')).toContain('我的村（社区）不在列表里');
    await say('3');
    expect(await say('1')).toContain('什么时候打电话');
    await say('1');
    const confirm = await say('1');
    expect(confirm).toContain('村（社区）：村（社区）不在列表里，转给示例镇（运城）');
    const sent = await say('1');
    expect(sent).toContain('已经发给示例镇（运城）');
    expect(sent).toContain('工作人员会在 3 个工作日内打电话联系你');
    expect(desk.submitted[0]).toMatchObject({ village: '', office: { level: 'township', code: 'demo-yc-t1' } });
  });

  it('a township not in the list either sends the request to the county of the resident’s city', async () => {
    const villages = manyVillages();
    deps = { ...deps, referral: { desk, villages, keepDays: 365 } };
    await toResult();
    await say('申请');
    await say('1');
    await say('赵六');
    const towns = await say('13912345678');
    expect(towns).toContain('3. 我的乡镇（街道）也不在列表里');
    expect(await say('我的乡镇也不在列表里')).toContain('什么时候打电话');
    await say('1');
    expect(await say('1')).toContain('转给县（市、区）民政部门');
    await say('1');
    expect(desk.submitted[0]).toMatchObject({ village: '', office: { level: 'county', code: '140800' } });
  });

  it('says plainly when no village is configured for the city, and when requests are switched off', async () => {
    deps = {
      ...deps,
      referral: {
        desk,
        villages: villageDirectory({
          villages: [{ code: 'x', name: '某村', township: { code: 't', name: '某镇' }, region: '441702' }],
        }),
        keepDays: 365,
      },
    };
    await toResult();
    expect(await say('申请')).toContain('还没有配置你们当地的村');
    const { referral: _off, ...without } = deps;
    deps = without;
    expect(await say('申请')).toContain('暂时不能在线转交');
  });

  it('when the chosen village left the configuration meanwhile, asks for the village again', async () => {
    await toResult();
    await say('申请');
    for (const t of ['1', '王秀英', '13812345678', '1', '1', '1']) await say(t);
    const villages = villageDirectory({
      villages: [{ code: 'new1', name: '新村', township: { code: 't', name: '某镇' }, region: '140802' }],
    });
    deps = { ...deps, referral: { desk, villages, keepDays: 365 } };
    const again = await say('1');
    expect(again).toContain('不在名单里');
    expect(again).toContain('新村');
    expect(desk.submitted).toHaveLength(0);
  });

  it('asks for the city first when 申请 comes before any answer', async () => {
    await say('', { kind: 'start' });
    expect(await say('申请')).toContain('先要知道你家在哪个市');
  });

  it('删除我的信息 also deletes the requests nobody has started on, and says so', async () => {
    await toResult();
    await say('申请');
    for (const t of ['1', '王秀英', '13812345678', '1', '1', '1', '1']) await say(t);
    await say('删除我的信息');
    const done = await say('1');
    expect(done).toContain('DD-0');
    expect(desk.forgotten).toEqual([{ channel: 'test', userId: 'u1' }]);
    expect(await store.get({ channel: 'test', userId: 'u1' })).toBeUndefined();
  });
});
