// The result a resident reads, over every golden report: what to do first, programs in the order
// to act on them, money in whole yuan, four verdict words told apart at a glance, and "为什么" with
// each clause once, the reasons first and the wording folded (or asked for by number).
import { describe, expect, it } from 'vitest';
import { getClause } from '../../content/clauses.ts';
import { citedSections, renderQuote, renderResult, renderWhy } from '../../bot/flows/result.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../../bot/messages/zh-CN.ts';
import { screen } from '../../screening/index.ts';
import { loadGoldenCases } from '../golden/golden-case.ts';

const reports = loadGoldenCases().map(({ data: c }) => ({
  name: c.name,
  report: screen(c.household, { region: c.region, date: c.date }),
}));
const textOf = (out: ReturnType<typeof renderResult>) => out.map((m) => (m.type === 'text' ? m.text : '')).join('\n');

describe('the result a resident reads', () => {
  it('says what to do first, then the programs in the report order, with money in whole yuan', () => {
    for (const { name, report } of reports) {
      const text = textOf(renderResult(report));
      expect(text, name).not.toMatch(/\d+\.\d+ 元/);
      const positions = report.results.map((r) =>
        text.indexOf(`${PROGRAM_NAMES[r.program]}：${VERDICT_WORDS[r.verdict]}`),
      );
      expect(
        positions.every((p) => p > 0),
        name,
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        name,
      ).toEqual(positions);
      if (report.advice?.length) expect(text.indexOf('先做什么'), name).toBeLessThan(positions[0]!);
    }
  });

  it('puts what may apply before what does not, and 特困 before 低保 when both may', () => {
    const rank = { likely: 0, possible: 1, need_info: 2, unlikely: 3 } as const;
    for (const { name, report } of reports) {
      // An emergency's 临时救助 may lead; after it, verdicts never improve down the list, except
      // that a hopeful 特困 comes just before a hopeful 低保 (it covers more).
      const rest = report.results.filter((r, i) => !(i === 0 && r.program === 'temporary_assistance'));
      const dibao = report.results.find((r) => r.program === 'dibao')!;
      const hopeful = (v: string) => v === 'likely' || v === 'possible';
      const ranks = rest.map((r) =>
        r.program === 'tekun' && hopeful(r.verdict) && hopeful(dibao.verdict) ? rank[dibao.verdict] : rank[r.verdict],
      );
      expect(
        [...ranks].sort((a, b) => a - b),
        name,
      ).toEqual(ranks);
      if (hopeful(dibao.verdict) && hopeful(report.results.find((r) => r.program === 'tekun')!.verdict)) {
        expect(
          rest.findIndex((r) => r.program === 'tekun'),
          name,
        ).toBe(rest.findIndex((r) => r.program === 'dibao') - 1);
      }
    }
  });

  it('uses four verdict words that start differently', () => {
    const starts = Object.values(VERDICT_WORDS).map((w) => w.slice(0, 2));
    expect(new Set(starts).size).toBe(4);
  });

  it('为什么: reasons first, each clause section once, the wording only folded or on request', () => {
    for (const { name, report } of reports) {
      const [reasons, list] = renderWhy(report);
      if (reasons?.type !== 'text' || list?.type !== 'text') throw new Error('two text messages expected');
      const sections = citedSections(report);
      expect(new Set(sections.map((s) => s.key)).size, name).toBe(sections.length);
      expect(list.folds?.length, name).toBe(sections.length);
      for (const [i, s] of sections.entries()) {
        expect(list.text, name).toContain(`${i + 1}. ${s.label}`);
        for (const id of s.ids)
          expect(list.folds?.[i]?.body, `${name}: ${id}`).toContain(getClause(id)!.text.slice(0, 20));
      }
      // No clause wording in the chat text: that is what made 为什么 13 screens long.
      for (const s of sections)
        for (const id of s.ids)
          expect(`${reasons.text}\n${list.text}`, name).not.toContain(getClause(id)!.text.slice(0, 40));
    }
  });

  it('原文 N quotes the Nth section of the list, and says when there is none', () => {
    const { report } = reports.find((r) => r.report.results.some((x) => x.verdict === 'likely'))!;
    const sections = citedSections(report);
    const quote = renderQuote(report, 1)[0];
    expect(quote?.type === 'text' && quote.text).toContain(sections[0]!.title);
    expect(quote?.type === 'text' && quote.text).toContain(getClause(sections[0]!.ids[0]!)!.text);
    const none = renderQuote(report, sections.length + 1)[0];
    expect(none?.type === 'text' && none.text).toContain(`共 ${sections.length} 条`);
  });
});
