/**
 * The summary a resident copies to the village committee and an agent pastes into a work order.
 * One fact per labelled field, in a fixed order, so it reads plainly and parses back exactly:
 * pasting a chat summary into the hotline intake gives the same facts (parseSummary).
 */
import {
  DISABILITY_KIND_NAMES,
  type Expense,
  type HardshipEvent,
  type Household,
  type Member,
  type Obligor,
  type ScreeningReport,
} from '../screening/index.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from './messages/zh-CN.ts';
import { factWords, H } from './messages/facts.ts';

export const SUMMARY_HEADER = '【兜底助手 评估摘要】';

const UNKNOWN = '未说明';
const RELATION: Record<NonNullable<Member['relation']>, string> = {
  self: '本人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandparent: '祖父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
};
const STATUS: Record<NonNullable<Obligor['status']>, string> = {
  tekun: '特困',
  dibao: '低保',
  low_income: '低收入',
  none: '都不是',
};
const EVENT: Record<HardshipEvent['kind'], string> = {
  fire: '火灾',
  traffic_accident: '交通事故',
  natural_disaster: '自然灾害',
  sudden_illness: '突发重病',
  accident: '意外事故',
  crime: '遭受侵害',
  other: '其他急难',
};
const EXPENSE: Record<Expense['kind'], string> = {
  medical: '医疗',
  education: '教育',
  disability_rehab: '康复',
  other: '其他',
};

const ACTIVITY: Record<NonNullable<Member['dailyActivitiesUnable']>[number], string> = {
  eating: '吃饭',
  dressing: '穿衣',
  bed_transfer: '上下床',
  toileting: '如厕',
  indoor_walking: '室内行走',
  bathing: '洗澡',
};
const yn = (v: boolean | undefined, yes = '是', no = '否') => (v === undefined ? UNKNOWN : v ? yes : no);
const num = (v: number | undefined) => (v === undefined ? UNKNOWN : String(v));

function memberLine(m: Member, i: number): string {
  const f = [
    `关系 ${m.relation ? RELATION[m.relation] : UNKNOWN}`,
    `年龄 ${num(m.age)}`,
    `残疾证 ${yn(m.hasDisability, '有', '无')}`,
  ];
  if (m.disability)
    f.push(
      `残疾类别 ${m.disability.kind ? DISABILITY_KIND_NAMES[m.disability.kind] : UNKNOWN}`,
      `残疾等级 ${num(m.disability.grade)}`,
    );
  f.push(`重病 ${yn(m.seriousIllness, '有', '无')}`);
  if (m.illnessOnLocalList !== undefined) f.push(`当地目录 ${yn(m.illnessOnLocalList)}`);
  if (m.illnessName) f.push(`病名 ${m.illnessName}`);
  f.push(`工作 ${yn(m.employed, '有', '无')}`);
  if (m.dailyActivitiesUnable)
    f.push(`不能自理的日常活动 ${m.dailyActivitiesUnable.map((a) => ACTIVITY[a]).join('、') || '无'}`);
  if (m.orphanOrUnsupportedChild !== undefined) f.push(`孤儿或事实无人抚养 ${yn(m.orphanOrUnsupportedChild)}`);
  return `成员${i + 1}：${f.join('；')}`;
}

function obligorLine(o: Obligor, i: number): string {
  const f = [
    `关系 ${o.relation ? RELATION[o.relation] : UNKNOWN}`,
    `年龄 ${num(o.age)}`,
    `身份 ${o.status ? STATUS[o.status] : UNKNOWN}`,
  ];
  const flags: [keyof Obligor, string][] = [
    ['ableBodiedAdult', '健康有劳动能力'],
    ['severeDisability', '重度残疾'],
    ['noCivilCapacity', '无民事行为能力'],
    ['declaredMissing', '宣告失踪'],
    ['imprisoned', '服刑'],
    ['incomeBelowLocalAverage', '收入低于当地平均'],
    ['propertyWithinLowIncomeRules', '财产符合低收入规定'],
  ];
  for (const [k, label] of flags) if (o[k] !== undefined) f.push(`${label} ${yn(o[k] as boolean)}`);
  return `义务人${i + 1}：${f.join('；')}`;
}

/**
 * An event's date as the summary shows it. A month said without its day ("上个月", "今年8月") is held as the
 * month's first day, so the 1st shows as the month alone ("2026-11"), as the say-back does: a work order
 * must not state a day nobody said. parseSummary reads the month back as its first day.
 */
function dateSaid(iso: string): string {
  return iso.endsWith('-01') ? iso.slice(0, 7) : iso;
}

export function renderSummary(h: Household, r: ScreeningReport, at: { region: string; date: string }): string {
  const lines = [SUMMARY_HEADER, `地区：${r.regionName ?? ''}（${at.region}）`, `日期：${at.date}`];
  lines.push(`户籍：${h.hukou === 'rural' ? '农村' : h.hukou === 'urban' ? '城镇' : UNKNOWN}`);
  if (h.members) for (const [i, m] of h.members.entries()) lines.push(memberLine(m, i));
  else lines.push(`家庭人口：${num(h.size)}`);
  const inc = h.income;
  if (inc) {
    const support =
      inc.support === undefined
        ? UNKNOWN
        : inc.support
            .map((s) => `${s.amount}（付款人 ${s.payerStatus ? STATUS[s.payerStatus] : UNKNOWN}）`)
            .join('、') || '0';
    lines.push(
      `收入（近` +
        `${inc.periodMonths ?? 12}个月，元）：工资 ` +
        `${num(inc.wages)}；经营 ` +
        `${num(inc.business)}；财产 ` +
        `${num(inc.property)}；养老金 ` +
        `${num(inc.pensions)}；赡养费 ` +
        `${support}；基础养老金 ` +
        `${num(inc.basicPension)}；其他转移 ` +
        `${num(inc.otherTransfers)}`,
    );
  } else lines.push(`收入：${UNKNOWN}`);
  const p = h.property;
  lines.push(
    p
      ? `财产：存款 ` +
          `${num(p.deposits)}；汽车 ` +
          `${num(p.vehicles)}；住房 ` +
          `${num(p.houses)}；公司或个体户 ` +
          `${yn(p.registeredBusiness, '有', '无')}`
      : `财产：${UNKNOWN}`,
  );
  lines.push(`不同住的赡养义务人：${h.obligors?.exist === undefined ? UNKNOWN : h.obligors.exist ? '有' : '无'}`);
  for (const [i, o] of (h.obligors?.list ?? []).entries()) lines.push(obligorLine(o, i));
  const hs = h.hardship;
  lines.push(`急难和大额支出：${hs?.none === undefined ? UNKNOWN : hs.none ? '无' : '有'}`);
  for (const [i, e] of (hs?.events ?? []).entries()) {
    const date = e.date === undefined ? UNKNOWN : dateSaid(e.date);
    lines.push(`事件${i + 1}：${EVENT[e.kind]}；日期 ${date}；基本生活严重困难 ${yn(e.basicLivingSevere)}`);
  }
  // An expense told without its amount ("看病花了好多，多少不知道"): the amount is said to be unknown.
  for (const [i, e] of (hs?.expenses ?? []).entries())
    lines.push(`支出${i + 1}：${EXPENSE[e.kind]} ${e.amount ?? UNKNOWN}`);
  if (h.expenditureType !== undefined) lines.push(`支出型困难：${yn(h.expenditureType)}`);
  if (h.tuopin !== undefined) lines.push(`脱贫人口：${yn(h.tuopin)}`);
  if (h.residencePermit !== undefined) lines.push(`持居住证：${yn(h.residencePermit)}`);
  if (h.currentBenefits?.dibao !== undefined) lines.push(`正在享受低保：${yn(h.currentBenefits.dibao)}`);
  if (h.currentBenefits?.tekun !== undefined) lines.push(`正在享受特困供养：${yn(h.currentBenefits.tekun)}`);
  lines.push('评估结果（仅为估计，以核对和审核为准）：');
  for (const x of r.results)
    lines.push(
      `  ` +
        `${PROGRAM_NAMES[x.program]}：` +
        `${VERDICT_WORDS[x.verdict]}` +
        `${x.estimatedMonthlyAmount ? `，估计每月约${x.estimatedMonthlyAmount.yuan}元` : ''}`,
    );
  const missing = [...new Set(r.results.flatMap((x) => x.missing).map((p) => factWords(p)?.name ?? '其他情况'))];
  if (missing.length > 0) lines.push(`${H.stillToKnow}${missing.join('；')}`);
  return lines.join('\n');
}

const invert = <K extends string>(m: Record<K, string>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;
const KIND_OF = invert(DISABILITY_KIND_NAMES);
const RELATION_OF = invert(RELATION);
const STATUS_OF = invert(STATUS);
const EVENT_OF = invert(EVENT);
const EXPENSE_OF = invert(EXPENSE);
const ACTIVITY_OF = invert(ACTIVITY);

function fields(body: string): Map<string, string> {
  return new Map(
    body.split('；').map((part) => {
      const i = part.indexOf(' ');
      return [part.slice(0, i), part.slice(i + 1)] as [string, string];
    }),
  );
}

const readNum = (v: string | undefined) => (v === undefined || v === UNKNOWN ? undefined : Number(v));
const readBool = (v: string | undefined, yes = '是') => (v === undefined || v === UNKNOWN ? undefined : v === yes);

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Parse a summary made by renderSummary; undefined when the text is not one. */
export function parseSummary(text: string): { household: Household; region?: string } | undefined {
  const lines = text.split('\n').map((l) => l.trim());
  if (!lines.some((l) => l === SUMMARY_HEADER)) return undefined;
  const h: Household = {};
  let region: string | undefined;
  const members: Member[] = [];
  const obligors: Obligor[] = [];
  const events: HardshipEvent[] = [];
  const expenses: Expense[] = [];
  let hardshipState: string | undefined;
  for (const line of lines) {
    const [key, ...rest] = line.split('：');
    const body = rest.join('：');
    if (key === '地区') region = body.match(/（(\d{6})）/)?.[1];
    else if (key === '户籍') {
      if (body === '农村') h.hukou = 'rural';
      else if (body === '城镇') h.hukou = 'urban';
    } else if (key === '家庭人口') {
      const n = readNum(body);
      if (n !== undefined) h.size = n;
    } else if (key && /^成员\d+$/.test(key)) {
      const f = fields(body);
      const m: Member = defined({
        relation: RELATION_OF[f.get('关系') ?? ''],
        age: readNum(f.get('年龄')),
        hasDisability: readBool(f.get('残疾证'), '有'),
        seriousIllness: readBool(f.get('重病'), '有'),
        illnessOnLocalList: readBool(f.get('当地目录')),
        illnessName: f.get('病名'),
        employed: readBool(f.get('工作'), '有'),
      });
      const acts = f.get('不能自理的日常活动');
      if (acts !== undefined)
        m.dailyActivitiesUnable = acts === '无' ? [] : acts.split('、').map((a) => ACTIVITY_OF[a]!);
      const orphan = readBool(f.get('孤儿或事实无人抚养'));
      if (orphan !== undefined) m.orphanOrUnsupportedChild = orphan;
      if (f.has('残疾类别'))
        m.disability = defined({ kind: KIND_OF[f.get('残疾类别') ?? ''], grade: readNum(f.get('残疾等级')) });
      members.push(m);
    } else if (key?.startsWith('收入（近')) {
      const f = fields(body);
      const months = Number(key.match(/近(\d+)个月/)?.[1] ?? 12);
      const support = f.get('赡养费');
      h.income = defined({
        ...(months !== 12 ? { periodMonths: months } : {}),
        wages: readNum(f.get('工资')),
        business: readNum(f.get('经营')),
        property: readNum(f.get('财产')),
        pensions: readNum(f.get('养老金')),
        support:
          support === undefined || support === UNKNOWN
            ? undefined
            : support === '0'
              ? []
              : support.split('、').map((s) => {
                  const m = s.match(/^(\d+(?:\.\d+)?)（付款人 (.+)）$/);
                  return defined({ amount: Number(m?.[1]), payerStatus: STATUS_OF[m?.[2] ?? ''] });
                }),
        basicPension: readNum(f.get('基础养老金')),
        otherTransfers: readNum(f.get('其他转移')),
      });
    } else if (key === '财产' && body !== UNKNOWN) {
      const f = fields(body);
      h.property = defined({
        deposits: readNum(f.get('存款')),
        vehicles: readNum(f.get('汽车')),
        houses: readNum(f.get('住房')),
        registeredBusiness: readBool(f.get('公司或个体户'), '有'),
      });
    } else if (key === '不同住的赡养义务人' && body !== UNKNOWN) {
      h.obligors = { exist: body === '有' };
    } else if (key && /^义务人\d+$/.test(key)) {
      const f = fields(body);
      obligors.push(
        defined({
          relation: RELATION_OF[f.get('关系') ?? ''] as Obligor['relation'],
          age: readNum(f.get('年龄')),
          status: STATUS_OF[f.get('身份') ?? ''],
          ableBodiedAdult: readBool(f.get('健康有劳动能力')),
          severeDisability: readBool(f.get('重度残疾')),
          noCivilCapacity: readBool(f.get('无民事行为能力')),
          declaredMissing: readBool(f.get('宣告失踪')),
          imprisoned: readBool(f.get('服刑')),
          incomeBelowLocalAverage: readBool(f.get('收入低于当地平均')),
          propertyWithinLowIncomeRules: readBool(f.get('财产符合低收入规定')),
        }),
      );
    } else if (key === '急难和大额支出') hardshipState = body;
    else if (key && /^事件\d+$/.test(key)) {
      const [kind, ...rest2] = body.split('；');
      const f = fields(rest2.join('；'));
      const date = f.get('日期');
      events.push(
        defined({
          kind: EVENT_OF[kind ?? ''] as HardshipEvent['kind'],
          date: date === UNKNOWN || date === undefined ? undefined : /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date,
          basicLivingSevere: readBool(f.get('基本生活严重困难')),
        }),
      );
    } else if (key && /^支出\d+$/.test(key)) {
      const [kind, amount] = body.split(' ');
      const k = EXPENSE_OF[kind ?? ''] as Expense['kind'];
      expenses.push(amount === UNKNOWN || amount === undefined ? { kind: k } : { kind: k, amount: Number(amount) });
    } else if (key === '支出型困难') {
      const v = readBool(body);
      if (v !== undefined) h.expenditureType = v;
    } else if (key === '脱贫人口') {
      const v = readBool(body);
      if (v !== undefined) h.tuopin = v;
    } else if (key === '持居住证') {
      const v = readBool(body);
      if (v !== undefined) h.residencePermit = v;
    } else if (key === '正在享受低保' || key === '正在享受特困供养') {
      const v = readBool(body);
      if (v !== undefined)
        h.currentBenefits = { ...h.currentBenefits, [key === '正在享受低保' ? 'dibao' : 'tekun']: v };
    }
  }
  if (members.length > 0) h.members = members;
  if (obligors.length > 0) h.obligors = { ...(h.obligors ?? {}), list: obligors };
  if ((hardshipState && hardshipState !== UNKNOWN) || events.length > 0 || expenses.length > 0) {
    h.hardship = {
      ...(hardshipState === '无' ? { none: true } : hardshipState === '有' ? { none: false } : {}),
      events,
      expenses,
    };
  }
  return { household: h, ...(region ? { region } : {}) };
}
