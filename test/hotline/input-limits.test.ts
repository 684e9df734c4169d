// Free text is read only up to a cap (issue 14 item 1): a call summary longer than
// MAX_SUMMARY_CHARS is refused with a stable code and a plain Chinese message, on the API and the
// agent page, and the longest accepted worst-case inputs (runs of one numeral) still get an answer.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../adapters/http/app.ts';
import { MAX_SUMMARY_CHARS } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const app = createApp({ parameters: defaultParameters(), today: () => '2026-12-05' });
const intake = (text: string) =>
  app.request('/api/v1/hotline/intake', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ region: '140800', text }),
  });

describe('hotline input limits', () => {
  it('refuses a summary over the cap with 413 TEXT_TOO_LONG and says so in Chinese', async () => {
    const res = await intake('万'.repeat(MAX_SUMMARY_CHARS + 1));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TEXT_TOO_LONG');
    expect(body.error.message).toContain(`最多 ${MAX_SUMMARY_CHARS} 字`);
  });

  it('answers the longest accepted runs of numerals, 多/来/几 and punctuation', async () => {
    for (const ch of ['万', '九', '0', '多', '几', '，', '岁']) {
      const res = await intake(ch.repeat(MAX_SUMMARY_CHARS));
      expect(res.status, ch).toBe(200);
    }
  });

  it('the agent page shows the limit instead of cutting the text silently', async () => {
    const res = await app.request('/agent', {
      method: 'POST',
      body: new URLSearchParams({ region: '140800', text: '万'.repeat(MAX_SUMMARY_CHARS + 1) }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('摘要太长了');
  });
});
