/**
 * Income as 最低生活保障审核确认办法 第十三条 counts it, in words: what was deducted or left out
 * and why, what a reduction hangs on ("如果……"), and how a household's income compares with a
 * line. Each entry takes the figures a rule found; nothing is decided here.
 */
import type { FindingBase as Finding, Speak } from '../model/finding.ts';
import {
  CATEGORY_NAMES,
  EXPENSE_KIND_NAMES,
  type ExpenseKind,
  endOf,
  type IncomeCategory,
  line,
  type LineRef,
  PAYER_NAMES,
  type PayerStatus,
  subject,
  type Subject,
  yuanAfter,
} from './words.ts';

/** The head of a comparison: "家庭人均月收入约 417 元", or "按这个收入" right after the same figure was said. */
interface Compared {
  subject: Subject;
  hi: number;
  line: LineRef;
  /** The same figure was just said in the reason before: go on from it. */
  continued?: boolean;
}

function head(f: Compared): string {
  return `${subject(f.subject)}${yuanAfter(f.hi)}`;
}

/** "比标准高 75 元" or, under a yuan, "比标准高不到 1 元". */
function gap(fen: number, word: '高' | '低'): string {
  return fen < 100 ? `比标准${word}不到 1 元` : `比标准${word}${yuanAfter(fen)}`;
}

/** A comparison sentence, said in full or going on from the figure just said. */
function sentence(f: Compared, rest: string): string {
  return f.continued ? `按这个收入，${rest}` : `${head(f)}，${rest}`;
}

function conditions(list: readonly Finding[], say: Speak): string {
  return list.map(say).join('；');
}

export const INCOME = {
  // Income not known yet.
  'income.sizeUnknown': () => '还不知道家里有几口人，无法算出人均收入。',
  'income.unknown': () => '还不知道家里的收入情况，无法算出人均收入。',

  // What was applied (notes under the result).
  'income.employmentDeducted': (f: { percent: number; perWorker: number; total: number }) =>
    `就业成本按城市低保标准的${f.percent}%扣减：每名就业成员每月${yuanAfter(f.perWorker)}，共扣减${yuanAfter(f.total)}（不超过工资收入）。`,
  'income.employmentLapsed': (f: { percent: number; ended: string }) =>
    `过渡期内“就业成本按城市低保标准的${f.percent}%扣减”的规定到${endOf(f.ended)}，之后是否继续执行还没有核实，这里没有扣减；继续执行的，人均收入会更低。`,
  'income.employmentUnspecified': () =>
    '当地规定必要的就业成本可以扣减，但扣减多少没有规定，这里没有扣减；实际核算时人均收入可能更低。',
  'income.rigidDeducted': (f: { spent: number }) =>
    `因残疾、重病自己负担的看病、康复费用${yuanAfter(f.spent)}，按规定从收入中扣减。`,
  'income.supportLapsed': (f: { ended: string; payer: PayerStatus; fen: number }) =>
    `过渡期内“困难义务人给的赡养费不计入收入”的规定到${endOf(f.ended)}，之后是否继续执行还没有核实，这里把${PAYER_NAMES[f.payer]}给的${yuanAfter(f.fen)}计入了收入。`,
  'income.supportExcluded': (f: { payer: PayerStatus; fen: number }) =>
    `赡养（抚养、扶养）义务人本身是${PAYER_NAMES[f.payer]}，其给的${yuanAfter(f.fen)}不计入收入。`,
  'income.basicPensionExcluded': (f: { fen: number }) => `城乡居民基础养老金${yuanAfter(f.fen)}不计入收入。`,
  'income.basicPensionUnverified': (f: { fen: number }) =>
    `城乡居民基础养老金${yuanAfter(f.fen)}暂按计入收入计算：“十四五”期间不计入的规定已到期，现行口径未核实。`,

  // What a reduction hangs on: said inside a comparison.
  'if.employmentLapsed': (f: { percent: number; ended: string }) =>
    `如果“就业成本按城市低保标准的${f.percent}%扣减”的规定在过渡期（到${endOf(f.ended)}）结束后仍然执行（是否继续执行还没有核实）`,
  'if.employmentUnspecified': () => '当地规定必要的就业成本可以按规定扣减，但扣减多少没有规定，由乡镇核算',
  'if.moreWorkers': () => '如果家里还有其他人在打工（每人都可扣减就业成本）',
  'if.rigidAsk': () => '如果家里因残疾、重病自己负担了看病、康复的费用（这部分可以按规定适当扣减）',
  'if.rigidAmountUnknown': (f: { open: ExpenseKind[] }) =>
    `如果算上还不知道金额的${f.open.map((k) => EXPENSE_KIND_NAMES[k]).join('、')}支出（因残疾、重病自己负担的看病、康复费用可以按规定适当扣减）`,
  'if.rigidOffice': (f: { spent: number }) =>
    `家里因残疾、重病自己负担的看病、康复费用有${yuanAfter(f.spent)}，按规定可以适当扣减，扣多少由当地核算`,
  'if.supportLapsed': (f: { ended: string; payer: PayerStatus }) =>
    `如果“困难义务人给的赡养费不计入收入”的规定在过渡期（到${endOf(f.ended)}）结束后仍然执行（给这笔钱的人本身是${PAYER_NAMES[f.payer]}）`,
  'if.supportPayer': () => '如果给赡养费的人本身是特困、低保或低收入家庭成员（这笔钱不计入收入）',
  'if.waiver': (f: { declared: boolean; ended?: string }) => {
    const lapsed = f.ended ? `（这条规定是过渡期的，到${endOf(f.ended)}，之后是否继续执行还没有核实）` : '';
    return f.declared
      ? `你家属于因病、因残、因学或突发事件支出较大的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费${lapsed}`
      : `如果属于因病、因残、因学或突发事件支出较大、实际生活低于低保标准的“支出型”家庭，经村民委员会民主评议、乡镇审核备案后可以不计算赡养费${lapsed}`;
  },
  'if.basicPension': () => '如果基础养老金仍不计入收入（“十四五”期间的规定已到期，现行口径未核实）',

  // Income compared with a line (strictly below passes: "低于当地最低生活保障标准").
  'line.knownOver': (f: Compared) =>
    f.continued ? `按这个收入，已明显高于${line(f.line)}。` : `仅已知的收入，${head(f)}，已明显高于${line(f.line)}。`,
  'line.categoriesMissing': (f: Compared & { categories: IncomeCategory[]; below: boolean }) =>
    `还不知道` +
    `${f.categories.map((c) => CATEGORY_NAMES[c]).join('、')}方面的收入；按已经知道的收入算，` +
    `${head(f)}，` +
    `${f.below ? '低于' : '接近'}` +
    `${line(f.line)}。`,
  'line.below': (f: Compared & { under?: number }) =>
    sentence(f, `低于${line(f.line)}${f.under !== undefined ? `，${gap(f.under, '低')}` : ''}。`),
  'line.officeBelow': (f: Compared & { conditions: Finding[]; after?: number }, say: Speak) =>
    sentence(
      f,
      `不低于` +
        `${line(f.line)}；` +
        `${conditions(f.conditions, say)}，` +
        `${f.after === undefined ? '扣减后可能低于标准' : `则为${yuanAfter(f.after)}，低于标准`}。结果取决于当地认定，请向乡镇（街道）咨询。`,
    ),
  'line.askBelow': (f: Compared & { conditions: Finding[] }, say: Speak) =>
    sentence(f, `不低于${line(f.line)}；${conditions(f.conditions, say)}，可能降到标准以下。`),
  'line.nearAsk': (f: Compared & { conditions: Finding[] }, say: Speak) =>
    sentence(f, `略高于${line(f.line)}；${conditions(f.conditions, say)}，还会略低一些。`),
  'line.nearAfterDeduction': (f: Compared & { conditions: Finding[] }, say: Speak) =>
    sentence(f, `高于${line(f.line)}；${conditions(f.conditions, say)}，扣减后接近标准，以当地核算为准。`),
  'line.equal': (f: Compared) => sentence(f, `正好等于${line(f.line)}，须低于标准才符合，核对时收入认定可能有出入。`),
  'line.slightlyOver': (f: Compared & { over: number }) =>
    sentence(f, `略高于${line(f.line)}，${gap(f.over, '高')}，核对时收入认定可能有出入。`),
  'line.over': (f: Compared) => sentence(f, `高于${line(f.line)}。`),
  'line.hukouNeeded': (f: { urban: number; rural: number }) =>
    `城市和农村的标准不同（城市${yuanAfter(f.urban)}，农村${yuanAfter(f.rural)}），需要知道户口是城市还是农村。`,
} as const;
