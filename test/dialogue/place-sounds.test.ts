// A place typed with the input method's wrong pick (文喜 for 闻喜县): offered back as a question,
// recorded only on yes, asked again on no; never offered when two places sound the same or none
// does. Our own spellings, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { placeBySound } from '../../bot/understand/place-sounds.ts';
import { defaultParameters } from '../../screening/index.ts';
import { chat } from '../support/chat.ts';

const parameters = defaultParameters();

describe('a county typed by its sound', () => {
  it.each([
    ['文喜', '140823', '闻喜'],
    ['俺是林依县的', '140821', '临猗县'],
    ['睿城', '140830', '芮城'],
    ['吉山那边', '140824', '稷山'],
    ['羊东', '441704', '阳东'],
    ['住喺江程区', '441702', '江城区'],
  ])('%s sounds like %s', (typed, code, spelled) => {
    const h = placeBySound(typed, parameters);
    expect(h?.code).toBe(code);
    expect(h?.spelled).toBe(spelled);
    expect(h?.text).toContain(spelled);
  });

  it('offers nothing for words that sound like no place, or for a name spelled right', () => {
    for (const t of ['你好', '不知道', '阳村', '两个人', '闻喜']) expect(placeBySound(t, parameters)).toBeUndefined();
  });

  it('asks before recording, records on yes', async () => {
    const say = chat();
    await say('', true);
    const asked = await say('文喜');
    expect(asked).toContain('“文喜”');
    expect(asked).toContain('闻喜县');
    expect(asked).not.toContain('记下了');
    expect(await say('对')).toContain('记下了：住在闻喜县');
  });

  it('asks the question again on no', async () => {
    const say = chat();
    await say('', true);
    await say('河金');
    const again = await say('不对');
    expect(again).toContain('请再说一遍');
    expect(again).toContain('你家住在哪个市');
    expect(await say('2')).toContain('阳江');
  });

  it('an answer understood as written is never read by sound', async () => {
    const say = chat();
    await say('', true);
    expect(await say('河津')).toContain('记下了：住在河津市');
  });
});
