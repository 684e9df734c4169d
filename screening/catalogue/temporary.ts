/**
 * 临时救助 in words (社会救助暂行办法 第四十七条; 社会救助法 第三十七条、第五十条; both notices 二（六））:
 * the emergency and where to apply for it, 支出型 spending, and what the office decides.
 */
import type { HardshipEvent } from '../model/household.ts';
import type { FindingBase, Speak } from '../model/finding.ts';
import { type ExpenseKind, openExpenses, yuanAfter } from './words.ts';

const EVENT_NAMES: Record<HardshipEvent['kind'], string> = {
  fire: '火灾',
  traffic_accident: '交通事故',
  natural_disaster: '自然灾害',
  sudden_illness: '突发重病',
  accident: '意外事故',
  crime: '遭受侵害',
  other: '突发困难',
};

type Kind = HardshipEvent['kind'];

/** What is found about one event. */
export type EventPart =
  | { kind: 'future'; event: Kind }
  | { kind: 'copes'; event: Kind }
  | { kind: 'ask'; event: Kind; date: boolean; severe: boolean }
  | { kind: 'lasting'; event: Kind; date: string }
  | { kind: 'recent'; event: Kind; date: string };

function event(p: EventPart): string {
  const name = EVENT_NAMES[p.event];
  switch (p.kind) {
    case 'future':
      return `${name}的日期在评估日期之后`;
    case 'copes':
      return `${name}之后基本生活还能维持`;
    case 'ask':
      return (
        `遭遇了` +
        `${name}，` +
        `还需要知道${p.date ? '发生的时间' : ''}` +
        `${p.date && p.severe ? '和' : ''}` +
        `${p.severe ? '基本生活是否出现严重困难' : ''}`
      );
    case 'lasting':
      return `${p.date} 遭遇${name}，已经过去一段时间；基本生活仍然严重困难的，也可以申请，当地可以“跟进救助”，由当地认定`;
    case 'recent':
      return `${p.date} 遭遇${name}，基本生活出现严重困难`;
  }
}

/** Where 临时救助 is applied for: the 急难发生地, named when known, said when it is not the resident's city. */
export type Place =
  | { kind: 'unknown' }
  | { kind: 'here'; name: string }
  | { kind: 'elsewhere'; name: string; home: string };

export function place(p: Place): string {
  switch (p.kind) {
    case 'unknown':
      return '向急难发生地（事情发生的地方）的乡镇（街道）申请，不受户籍限制';
    case 'here':
      return `向急难发生地${p.name}的乡镇（街道）申请，不受户籍限制`;
    case 'elsewhere':
      return `事情发生在${p.name}，不在${p.home}：向急难发生地${p.name}的乡镇（街道）申请，由那里审核发放，不受户籍限制`;
  }
}

/** "近期必需支出 20000 元，另外上学的支出还不知道自己负担了多少" — known and open amounts. */
function spending(spent: number, open: readonly ExpenseKind[]): string {
  if (open.length === 0) return `近期必需支出${yuanAfter(spent)}`;
  if (spent === 0) return `近期有${openExpenses(open)}`;
  return `近期必需支出${yuanAfter(spent)}，另外${openExpenses(open)}`;
}

const bare = (s: string) => (s.endsWith('。') ? s.slice(0, -1) : s);

export const TEMPORARY = {
  'temp.events': (f: { parts: EventPart[]; place?: Place }) =>
    `${f.parts.map(event).join('；')}${f.place ? `。${place(f.place)}；情况紧急、金额较小的可先行救助，事后补手续。` : '。'}`,
  'temp.eventsUnasked': () => '还不知道最近有没有遇到火灾、车祸、突发重病等急事。',
  'temp.expensesUnasked': () => '还不知道最近有没有看病、上学等自己负担的大额支出。',
  'temp.none': () => '没有遭遇突发事件，也没有超出承受能力的大额必需支出。',
  'temp.unasked': () => '还不知道最近有没有遇到火灾、车祸、突发重病等急事，或者看病、上学等大额支出。',
  'temp.spendingIncomeUnknown': (f: { spent: number; open: ExpenseKind[]; income: FindingBase }, say: Speak) =>
    `${spending(f.spent, f.open)}；${say(f.income)}`,
  /** 支出型 where only the amount of an expense reported without one can decide (社会救助暂行办法 第四十七条). */
  'temp.spendingAmountUnknown': (
    f: { spent: number; open: ExpenseKind[]; income: FindingBase; estimateOnly: boolean },
    say: Speak,
  ) =>
    `${spending(f.spent, f.open)}。` +
    `${say(f.income)}` +
    `要知道这笔钱大概有多少，才能算出扣除后的生活是否低于当地低保标准` +
    `${f.estimateOnly ? '（这是估计口径：当地文件没有这样规定，以当地审核为准）' : ''}。`,
  'temp.disposableUnset': () => '当地上年人均可支配收入没有配置',
  /**
   * 支出型: income under the 上年人均可支配收入, and what is left after the spending under the 低保
   * standard — a city's own words where its notice defines 支出型 so; elsewhere this tool's measure of "基本生活暂时出现严重困难"
   * (Q18).
   */
  'temp.spending': (
    f: {
      spent: number;
      perCapita: number;
      income: FindingBase;
      left: FindingBase;
      estimateOnly: boolean;
      open?: ExpenseKind[];
    },
    say: Speak,
  ) => {
    const open = f.open ?? [];
    // With only amounts not known, nothing was taken off: what is left is said only where it already passes.
    if (f.spent === 0 && f.left.status !== 'pass') return `${spending(0, open)}。${say(f.income)}`;
    return (
      `${spending(f.spent, open)}` +
      `${f.spent > 0 ? `（人均每月${yuanAfter(f.perCapita)}）` : ''}。` +
      `${say(f.income)}` +
      `${f.estimateOnly ? `${bare(say(f.left))}（这是估计口径：当地文件没有这样规定，以当地审核为准）。` : say(f.left)}`
    );
  },
  'temp.hukouNeeded': () => '城市和农村的标准不同，需要知道户口是城市还是农村。',
  'temp.amount': () => '救助金额由当地按困难类型和程度分档确定，困难特别大的可以“一事一议”，这里不估计金额。',
  'temp.hotline': () => '遇到急事可以直接拨打 12345 政务服务热线求助，或找村（居）委会。',
  'temp.staged': () => '困难还会持续的（比如还要继续治疗），可以“一次审批、分阶段救助”，救助之后还可以“跟进救助”。',
  'temp.expenditureRoute': () => '支出型困难按正常程序审核审批；看病、上学等还可以申请医疗、教育等专项救助。',
} as const;
