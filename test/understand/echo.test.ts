// Nothing is recorded without being said back (issue 21, item 3): every fact the extractor finds
// in the blind tuning answers and call summaries falls under a path the say-back covers, and each
// such fact on its own produces a say-back line. A fact kind added to the extractor without a
// phrase fails here.
import { describe, expect, it } from 'vitest';
import { applyFacts } from '../../bot/understand/apply.ts';
import { echo, echoes } from '../../bot/understand/echo.ts';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';
import { loadAnswers } from '../eval/answers-eval.ts';
import { loadHotline } from '../eval/hotline-eval.ts';

const parameters = defaultParameters();
const texts = [
  ...loadAnswers('tune').map((a) => ({ text: a.say, region: a.city })),
  ...loadHotline('tune').map((h) => ({ text: h.text, region: h.region })),
];

describe('the say-back covers every fact', () => {
  // Read once and shared by every check below: reading every tuning text is most of this file's time.
  const readings = texts.map(({ text, region }) => ({
    text,
    facts: understand(text, { slot: 'opening', household: {}, today: '2026-12-05', region, parameters }).facts,
  }));
  const facts = readings.flatMap((r) => r.facts);

  it('finds facts to check', () => {
    expect(facts.length).toBeGreaterThan(1000);
  });

  it('every path written is one the say-back covers', () => {
    const uncovered = [...new Set(facts.map((f) => f.path).filter((p) => !echoes(p)))];
    expect(uncovered).toEqual([]);
  });

  // Said with another fact: an illness's name with whether it is serious; the person answering is "您".
  const companion = /^members\[\d+\]\.illnessName$|^members\[0\]\.relation$/;

  it('each fact alone is said back', () => {
    const silent = facts
      .filter(
        (f) =>
          !companion.test(f.path) &&
          f.path !== 'region' &&
          f.path !== 'debt' &&
          echo([f], applyFacts({}, [f]), parameters) === '',
      )
      .map((f) => `${f.path}=${JSON.stringify(f.value)}`);
    expect([...new Set(silent)]).toEqual([]);
  });

  it('an illness named is always said back with whether it is serious', () => {
    for (const { text, facts: read } of readings) {
      for (const f of read.filter((x) => /illnessName$/.test(x.path))) {
        expect(
          read.some((x) => x.path === f.path.replace('illnessName', 'seriousIllness')),
          text,
        ).toBe(true);
        expect(echo(read, applyFacts({}, read), parameters), text).toContain(String(f.value));
      }
    }
  });
});
