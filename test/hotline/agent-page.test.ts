// The agent page: paste a call summary, see highlighted words, verdicts, questions and the
// summary; correcting a line of the summary and re-screening changes the facts.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { defaultParameters } from '../../screening/index.ts';

const app = createApp({ parameters: defaultParameters(), today: () => '2026-11-24' });
const post = async (form: Record<string, string>) =>
  (await app.request('/agent', { method: 'POST', body: new URLSearchParams(form) })).text();

describe('agent page', () => {
  it('shows the form', async () => {
    const html = await (await app.request('/agent')).text();
    expect(html).toContain('粘贴通话摘要');
    expect(html).toContain('<textarea');
  });

  it('highlights the words facts came from and lists verdicts, questions and the summary', async () => {
    const html = await post({
      region: '140800',
      text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，每月种地收入两百元。<b>x</b>',
    });
    expect(html).toContain('<mark>七十八岁</mark>');
    expect(html).toContain('<mark>无儿无女</mark>');
    expect(html).toContain('特困人员救助供养');
    expect(html).toContain('还需要问');
    expect(html).toContain('兜底助手 评估摘要');
    expect(html).not.toContain('<b>x</b>');
  });

  it('re-screens a corrected summary', async () => {
    const first = await post({
      region: '140800',
      text: '盐湖区农村王大爷七十八岁，独居，无儿无女，没有残疾证，身体还行，每月种地收入两百元，没有存款，没车，一套房，没有开店，没有遇到急事。',
    });
    const summary = first
      .match(/<textarea id="summary-text"[^>]*>(【兜底助手 评估摘要】[\s\S]*?)<\/textarea>/)![1]!
      .replaceAll('&amp;', '&');
    const corrected = summary.replace('年龄 78', '年龄 50');
    const second = await post({ region: '140802', text: corrected });
    expect(second).toContain('这是兜底助手的评估摘要');
    expect(second).toContain('年龄 50');
    expect(second).not.toContain('年满 60 周岁');
  });
});
