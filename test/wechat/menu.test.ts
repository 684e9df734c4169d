// The WeChat menu puts the key actions one tap away: every click key in the menu maps to a word
// the dialogue understands as that command, and the menu fits WeChat's limits (three buttons,
// names of at most 4 characters at the top and 8 below, at most five sub-buttons).
import { describe, expect, it } from 'vitest';
import { DOUDI_MENU } from '../../adapters/wechat/api-client.ts';
import { MENU_KEYS, toInbound } from '../../adapters/wechat/inbound.ts';
import { step } from '../../bot/engine.ts';
import { defaultParameters } from '../../screening/index.ts';

type Button = { type?: string; name: string; key?: string; sub_button?: Button[] };

describe('WeChat menu', () => {
  const buttons = DOUDI_MENU.button as Button[];
  const all = buttons.flatMap((b) => (b.sub_button ? b.sub_button : [b]));

  it('fits WeChat’s limits', () => {
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const b of buttons) {
      expect([...b.name].length).toBeLessThanOrEqual(4);
      expect(b.sub_button?.length ?? 0).toBeLessThanOrEqual(5);
      for (const s of b.sub_button ?? []) expect([...s.name].length).toBeLessThanOrEqual(8);
    }
  });

  it('offers 为什么, 返回, 我的回答, 摘要, 人工, 申请 and 政策, each a key the webhook maps', () => {
    const words = all.map((b) => MENU_KEYS[b.key as keyof typeof MENU_KEYS]);
    expect(words).toEqual(expect.arrayContaining(['为什么', '返回', '我的回答', '摘要', '人工', '联系村委', '政策']));
    expect(words.every((w) => w !== undefined)).toBe(true);
  });

  it('a click on 为什么 mid-question says why and asks the same question again', () => {
    const inbound = toInbound({ FromUserName: 'o1', MsgType: 'event', Event: 'CLICK', EventKey: 'WHY' });
    expect(inbound).toMatchObject({ kind: 'message', message: { text: '为什么' } });
    const deps = { parameters: defaultParameters(), today: '2026-12-05' };
    const first = step(undefined, { channel: 'wechat', userId: 'o1', text: '你好' }, deps);
    const second = step(first.state, { channel: 'wechat', userId: 'o1', text: '1' }, deps);
    const why = step(
      second.state,
      inbound.kind === 'message' ? inbound.message : { channel: 'wechat', userId: 'o1', text: '' },
      deps,
    );
    const text = why.out.map((m) => ('text' in m ? m.text : '')).join('\n');
    expect(text).toContain('都是谁、多大年纪');
    expect(why.state?.history.length).toBe(second.state?.history.length);
  });
});
