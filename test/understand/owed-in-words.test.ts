// 晋南 该 ("owe") and a loan taken are debts, never savings (issue 21, round 6b). Our own sentences.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { echo } from '../../bot/understand/echo.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { defaultParameters } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const parameters = defaultParameters();
const read = (text: string) =>
  understand(text, {
    slot: 'deposits',
    household: { members: [{ relation: 'self', age: 60 }] },
    today: '2026-12-05',
    region: '140800',
    parameters,
  });

describe('owing in 晋南 words', () => {
  it('"还该着人家一万五" is a debt, said back as one', () => {
    const u = read('没啥存款 还该着人家一万五');
    expect(value(u, 'property.deposits')).not.toBe(15000);
    expect(value(u, 'debt')).toBe(15000);
    expect(echo(u.facts, applyFacts({ members: [{ relation: 'self', age: 60 }] }, u.facts), parameters)).toContain(
      '欠的钱不算存款',
    );
  });

  it('"银行贷了五万盖房" is a debt', () => {
    const u = read('存款没有，银行贷了五万盖房');
    expect(value(u, 'debt')).toBe(50000);
    expect(value(u, 'property.deposits')).not.toBe(50000);
  });
});
