/**
 * 临时救助 (temporary_assistance), emergency (急难型) or expenditure (支出型).
 *
 * 社会救助暂行办法 第四十七条: 因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活
 * 暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难
 * 的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。
 * - 急难型: a sudden event and basic living in severe difficulty; apply where it happened whatever
 *   the 户籍 (运城 rule 18, 阳江 rule 19, 社会救助法 第三十七条); small sums paid first (先行救助,
 *   运城 rule 21, 阳江 rule 20, 社会救助法 第五十条). No text sets a window after the event: a
 *   recent one fits 先行救助, an older one whose hardship lasts is `possible` with 跟进救助 (Q16);
 *   一次审批、分阶段救助 is offered where the hardship goes on (both notices 二（六））.
 * - 支出型: essential spending (medical, school) beyond what the household can bear. Two checks:
 *   per-capita income below the local 上年人均可支配收入 (as for 刚性支出困难家庭, 社会救助法 第二十二条),
 *   and what is left after the spending below the 低保 standard (运城's own definition, rule 8; an
 *   estimate elsewhere, Q18).
 * Amounts are local and large cases go to 一事一议 (rule 22), so no amount is estimated (Q10).
 */
import type { HardshipEvent } from '../model/household.ts';
import type { Check, CheckStatus, ProgramResult, Reason } from '../model/report.ts';
import { bestStatus, check, combineStatus, missingOf, reasonsOf, verdictOf, verdictRank } from '../engine/checks.ts';
import { compareWithLine, perCapitaMonthly } from './shared/income.ts';
import { divideFen, yuanAfter, yuanToFen } from '../engine/money.ts';
import { type RuleContext, hukouUndecided } from './shared/context.ts';
import { localCitations, nationalCitations } from '../params/citations.ts';

const EVENT_NAMES: Record<HardshipEvent['kind'], string> = {
  fire: '火灾',
  traffic_accident: '交通事故',
  natural_disaster: '自然灾害',
  sudden_illness: '突发重病',
  accident: '意外事故',
  crime: '遭受侵害',
  other: '突发困难',
};

/** Months of 30 days. */
const SHORT_MONTHS: readonly number[] = [4, 6, 9, 11];

/**
 * The ISO date `months` calendar months after `date` (day clamped to the month's end), so an
 * event counts as recent up to and including the same day `months` months later.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : SHORT_MONTHS.includes(month) ? 30 : 31;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Where to apply: 急难发生地 (运城 rule 18, 阳江 rule 19, 社会救助法 第三十七条), read from the
 * event's place when given; said with its name, and said plainly when it is not the resident's
 * own city. Cites the notice of the city where it happened when that city has one.
 */
export function emergencyPlace(ctx: RuleContext): { text: string; citations: string[] } {
  const events = ctx.h.hardship?.events ?? [];
  const place = events.find((e) => e.place !== undefined)?.place;
  const region = place ? ctx.res.regionInfo(place) : undefined;
  const city = place ? ctx.res.cityOf(place) : undefined;
  const national = nationalCitations('temp.place');
  if (!region || !city) {
    return { text: '向急难发生地（事情发生的地方）的乡镇（街道）申请，不受户籍限制', citations: ctx.cite('temp.place') };
  }
  const elsewhere = city.code !== ctx.city;
  const full = region.code === city.code ? region.name : `${city.name}${region.name}`;
  return {
    text: elsewhere
      ? `事情发生在${full}，不在${ctx.res.city.name}：向急难发生地${full}的乡镇（街道）申请，由那里审核发放，不受户籍限制`
      : `向急难发生地${region.name}的乡镇（街道）申请，不受户籍限制`,
    citations: [...localCitations(city.code, 'temp.place'), ...national],
  };
}

function emergencyRoute(ctx: RuleContext): Check | undefined {
  const events = ctx.h.hardship?.events ?? [];
  if (events.length === 0) return undefined;
  const window = ctx.res.get('temporary.recentEventMonths');
  const place = emergencyPlace(ctx);
  const cites = [...ctx.cite('temp.who', 'temp.firstAid'), ...place.citations];
  const label = '遭遇突发事件，基本生活出现严重困难（急难型）';
  const each = events.map((e, i) => {
    const name = EVENT_NAMES[e.kind];
    const path = `hardship.events[${i}]`;
    if (e.date !== undefined && e.date > ctx.res.date) return { status: 'fail' as CheckStatus, text: `${name}的日期在评估日期之后`, missing: [] };
    const dateMissing = e.date === undefined ? [`${path}.date`] : [];
    if (e.basicLivingSevere === false) return { status: 'fail' as CheckStatus, text: `${name}之后基本生活还能维持`, missing: [] };
    if (e.basicLivingSevere === undefined || e.date === undefined) {
      return {
        status: 'unknown' as CheckStatus,
        text: `遭遇了${name}，还需要知道${e.date === undefined ? '发生的时间' : ''}${e.date === undefined && e.basicLivingSevere === undefined ? '和' : ''}${e.basicLivingSevere === undefined ? '基本生活是否出现严重困难' : ''}`,
        missing: [...dateMissing, ...(e.basicLivingSevere === undefined ? [`${path}.basicLivingSevere`] : [])],
      };
    }
    // 第四十七条 sets no window: an older event whose hardship lasts is still 临时救助, with 跟进救助.
    if (addMonths(e.date, window) < ctx.res.date) {
      return { status: 'uncertain' as CheckStatus, text: `${e.date} 遭遇${name}，已经过去一段时间；基本生活仍然严重困难的，也可以申请，当地可以“跟进救助”，由当地认定`, missing: [] };
    }
    return { status: 'pass' as CheckStatus, text: `${e.date} 遭遇${name}，基本生活出现严重困难`, missing: [] };
  });
  const status = bestStatus(each.map((x) => x.status));
  const chosen = each.filter((x) => x.status === status);
  const tail = status === 'pass' || status === 'uncertain' ? `。${place.text}；情况紧急、金额较小的可先行救助，事后补手续。` : '。';
  const lasting = status === 'uncertain' ? ctx.cite('temp.lasting') : [];
  return check('emergency', label, status, `${chosen.map((x) => x.text).join('；')}${tail}`, [...cites, ...lasting], status === 'unknown' ? chosen.flatMap((x) => x.missing) : []);
}

/**
 * 支出型: essential spending beyond what the household can bear (第四十七条). Two tests: income
 * below the local 上年人均可支配收入 (as 社会救助法 第二十二条 for 刚性支出困难家庭), and what is left
 * after the spending below the 低保 standard. The second is 运城's own definition ("实际生活水平低于
 * 当地低保标准的'支出型'贫困家庭", rule 8); where no local text says it (阳江: "对支出型临时救助，按照
 * 审核审批程序办理"), it is only an estimate (Q18): failing it leaves the case to the office.
 */
function expenditureRoute(ctx: RuleContext): Check[] | undefined {
  const expenses = ctx.h.hardship?.expenses ?? [];
  const totalFen = expenses.reduce((s, e) => s + yuanToFen(e.amount), 0);
  if (totalFen === 0) return undefined;
  const label = '生活必需支出突然增加，超出家庭承受能力（支出型）';
  const cites = ctx.cite('temp.who', 'temp.expenditure');
  const income = ctx.incomeAssessment('dibao');
  if (income.kind === 'unknown') return [check('expenditure', label, 'unknown', `近期必需支出${yuanAfter(totalFen)}；${income.text}`, cites, income.missing)];
  const a = income.assessment;
  const near = ctx.nearLine();
  const test = ctx.res.get('temporary.livingBelowStandardTest');
  const testCites = ctx.paramClauses('temporary.livingBelowStandardTest');
  const byHukou = ctx.hukouOptions().map((hk) => {
    const annual = ctx.res.get(`disposableIncomeAnnual.${hk}`);
    if (annual === null) {
      return { status: 'unknown' as CheckStatus, text: '当地上年人均可支配收入没有配置', missing: [] as string[], cites: [] as string[] };
    }
    const avgMonthly = divideFen(yuanToFen(annual), 12);
    const incomeCmp = compareWithLine(a, avgMonthly, '当地上年居民人均可支配收入折合每月', 0);
    const afterSpending = { ...a, countedFen: Math.max(0, a.countedFen - totalFen) };
    const standard = ctx.dibaoStandardFen(hk);
    const left = compareWithLine(afterSpending, standard, `${hk === 'urban' ? '城市' : '农村'}低保标准`, near, '扣除必需支出后，人均每月可用于生活的钱');
    // Where no local text defines it, say that "扣除支出后低于低保标准" is this tool's measure of
    // "基本生活暂时出现严重困难" (第四十七条), not the city's words.
    const leftText = test === 'assumption' ? `${left.text.replace(/。$/, '')}（这是估计口径：当地文件没有这样规定，以当地审核为准）。` : left.text;
    const status = combineStatus([incomeCmp.status, left.status]);
    return {
      status,
      text: `近期必需支出${yuanAfter(totalFen)}（人均每月${yuanAfter(perCapitaMonthly(a, totalFen))}）。${incomeCmp.text}${leftText}`,
      missing: [...incomeCmp.missing, ...left.missing],
      cites: [...incomeCmp.citations, ...left.citations, ...testCites],
    };
  });
  const [first, second] = byHukou;
  if (!first) return undefined;
  if (second && second.status !== first.status) {
    return [
      check('expenditure', label, hukouUndecided(first.status, second.status), '城市和农村的标准不同，需要知道户口是城市还是农村。', cites, ['hukou', ...first.missing, ...second.missing]),
      ctx.propertyCheck(ctx.h.hukou),
    ];
  }
  return [
    check('expenditure', label, first.status, first.text, [...cites, ...first.cites], first.missing),
    ctx.propertyCheck(ctx.h.hukou),
  ];
}

export function temporaryAssistanceRule(ctx: RuleContext): ProgramResult {
  const h = ctx.h;
  const whoCites = ctx.cite('temp.who');
  const emergency = emergencyRoute(ctx);
  const expenditure = expenditureRoute(ctx);
  const extra: Reason[] = [];
  let checks: Check[];

  // 第四十七条 has two routes (急难型, 支出型); either suffices. A route never asked is not a "no":
  // `events` answered and `expenses` left out (or the reverse) leaves the other route open.
  const hs = h.hardship;
  const saidNone = hs?.none === true;
  const eventsAsked = saidNone || hs?.events !== undefined;
  const expensesAsked = saidNone || hs?.expenses !== undefined;
  const unasked: Check[] = [];
  if (!emergency && !eventsAsked && hs !== undefined) {
    unasked.push(check('emergency', '遭遇突发事件，基本生活出现严重困难（急难型）', 'unknown', '还不知道最近有没有遇到火灾、车祸、突发重病等急事。', [...whoCites, ...ctx.cite('temp.place')], ['hardship.events']));
  }
  if (!expenditure && !expensesAsked && hs !== undefined) {
    unasked.push(check('expenditure', '生活必需支出突然增加，超出家庭承受能力（支出型）', 'unknown', '还不知道最近有没有看病、上学等自己负担的大额支出。', [...whoCites, ...ctx.cite('temp.expenditure')], ['hardship.expenses']));
  }
  if (!emergency && !expenditure && unasked.length === 0) {
    checks =
      hs !== undefined
        ? [check('hardship', '遭遇突发事件或必需支出突增', 'fail', '没有遭遇突发事件，也没有超出承受能力的大额必需支出。', whoCites)]
        : [check('hardship', '遭遇突发事件或必需支出突增', 'unknown', '还不知道最近有没有遇到火灾、车祸、突发重病等急事，或者看病、上学等大额支出。', whoCites, ['hardship'])];
  } else {
    // Either route suffices: keep the better one's checks.
    const routes: Check[][] = [...(emergency ? [[emergency]] : []), ...(expenditure ? [expenditure] : []), ...unasked.map((c) => [c])];
    checks = routes.reduce((x, y) => (verdictRank(verdictOf(y)) > verdictRank(verdictOf(x)) ? y : x));
  }
  const verdict = verdictOf(checks);
  if (verdict !== 'unlikely') {
    extra.push({
      text: '救助金额由当地按困难类型和程度分档确定，困难特别大的可以“一事一议”，这里不估计金额。',
      citations: ctx.cite('temp.amount'),
    });
  }
  const hotline = ctx.cite('hotline');
  if (verdict !== 'unlikely') {
    extra.push({ text: '遇到急事可以直接拨打 12345 政务服务热线求助，或找村（居）委会。', citations: hotline });
  }
  const staged = ctx.cite('temp.staged');
  if (emergency && checks.includes(emergency) && (verdict === 'likely' || verdict === 'possible') && staged.length > 0) {
    extra.push({ text: '困难还会持续的（比如还要继续治疗），可以“一次审批、分阶段救助”，救助之后还可以“跟进救助”。', citations: staged });
  }
  if (expenditure && checks === expenditure && verdict !== 'unlikely') {
    extra.push({ text: '支出型困难按正常程序审核审批；看病、上学等还可以申请医疗、教育等专项救助。', citations: ctx.cite('temp.expenditure') });
  }
  return { program: 'temporary_assistance', verdict, reasons: reasonsOf(checks, extra), missing: missingOf(checks), checks, alternatives: [] };
}
