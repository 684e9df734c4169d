/**
 * What a question asks, as clauses to prefer (../search.ts weighs them): the one rule it turns on
 * ("五保户啥情况下会给取消了" → 特困人员认定办法 第二十四条; ./rules.ts and the topics of
 * content/explanations.ts), and what it asks of a program ("五保户得够啥条件" → 第四条,
 * "临时救助畀几多钱" → the clauses on how the amount is set), even where other clauses share more
 * of the question's words. Which rule is meant can depend on the program (when 特困 ends is not
 * when 低保 ends) and on what the question says together (a relative on 低保 in a question about
 * 特困 is the rule on obligors); that reasoning is here, the words are in ./terms.ts.
 */
import type { Program } from '../../screening/index.ts';
import { type Aspect, EXPLANATIONS, type Statement, type Topic, TOPICS } from '../explanations.ts';
import { type OwnTopic, RULES } from './rules.ts';
import type { Tag } from './terms.ts';

/**
 * Where the clauses that answer what is asked of a program are other than content/explanations.ts rests its overview
 * on.
 */
const OWN_ASPECTS: Partial<Record<Program, Partial<Record<Aspect, Statement>>>> = {
  temporary_assistance: {
    apply: {
      text: '临时救助向急难发生地的乡镇人民政府（街道办事处）申请，不受户籍限制；情况紧急、金额较小的可以先行救助，事后补手续。',
      clauses: ['yc59.2-6.emergency-place', 'yj14.2-6.emergency-place', 'sjzf2026.a37', 'sjzf2026.a50'],
    },
    time: {
      text: '临时救助遇到急难的可以先行救助，先给钱给物，事后补手续；支出型的按审核审批程序办理，县级民政部门审批，金额较小的可以委托乡镇（街道）审批。',
      clauses: ['yj14.2-6.first-aid', 'yc59.2-6.small-first', 'sjzf2026.a50', 'gwy649.a48'],
    },
  },
};

/** The most specific program a question names: 单人保 is a kind of 低保, 临时救助 may be asked of a 低保 family. */
const SPECIFIC_FIRST: readonly Program[] = ['single_person_dibao', 'tekun', 'temporary_assistance', 'dibao'];
const ASPECTS: readonly Aspect[] = ['who', 'amount', 'apply', 'materials', 'time'];

/**
 * The program a question asks about. An application asked about without naming its program (递了申请
 * 多久有结果, 申请要带什么) is, in a service for 低保 and the assistance beside it, 低保's.
 */
export function programOf(tags: ReadonlySet<Tag>): Program | undefined {
  const named = SPECIFIC_FIRST.find((p) => tags.has(`p:${p}`));
  if (named) return named;
  if (tags.has('applying') && (tags.has('a:time') || tags.has('a:materials') || tags.has('a:apply'))) return 'dibao';
  return undefined;
}

export type Rule = Topic | OwnTopic;

/**
 * The rules a question asks about: those its words name (t: tags), resolved by program where the
 * clauses differ (when 特困 ends is not when 低保 ends), and those that follow from what it says
 * together — whether money counts is the income rule, whether a person counts is the household
 * rule, a relative who is poor themselves in a question about 特困 is the rule on obligors'
 * ability (第八条), income a little above the line is the 低保边缘 rule and above it while on
 * 低保 the 渐退期.
 */
export function rulesOf(tags: ReadonlySet<Tag>): Set<Rule> {
  const program = programOf(tags);
  const tekun = program === 'tekun';
  const out = new Set<Rule>();
  for (const t of tags) {
    if (!t.startsWith('t:')) continue;
    const name = t.slice(2);
    if (name in TOPICS || name in RULES) out.add(name as Rule);
  }
  if (
    tags.has('deduct') ||
    (tags.has('counts') && tags.has('money') && !tags.has('property-word')) ||
    (tags.has('counts-weak') && tags.has('income-word'))
  )
    out.add('income');
  // Taking costs off wages is the deduction for 就业成本, which each city's notice sets.
  if (tags.has('deduct') && tags.has('work') && out.delete('income')) out.add('employment-cost');
  if (tags.has('counts') && !tags.has('money') && tags.has('relative')) out.add('household');
  // Whether money affects assistance is whether it counts as income.
  if (tags.has('affects') && tags.has('money')) out.add('income');
  if (tekun && tags.has('relative') && (tags.has('relative-poor') || tags.has('p:dibao'))) out.add('obligor');
  if (tags.has('above')) out.add(tags.has('edge') ? 'edge' : 'exit');
  if (tags.has('t:end')) out.add(tekun && tags.has('p:dibao') ? 'tekun-then-dibao' : tekun ? 'end-tekun' : 'end-dibao');
  if (tags.has('t:approval'))
    out.add(program === 'temporary_assistance' ? 'approval-temp' : tekun ? 'approval-tekun' : 'approval-dibao');
  // A death in a 低保 family: the review after it, not the periodic one.
  if (tags.has('t:death') && program === 'dibao') {
    out.add('death-dibao');
    out.delete('review');
  }
  // Schooling or health care with a plea for help: the special assistance (not when 临时救助 is what is asked).
  if (
    tags.has('special-need') &&
    (tags.has('help') || tags.has('procedure') || tags.has('t:kinds') || tags.has('a:who')) &&
    !out.has('expenditure') &&
    program !== 'temporary_assistance'
  )
    out.add('special');
  // Support from children not counted for a family whose spending is too high: 运城's own rule.
  if (out.has('expenditure') && tags.has('support') && (tags.has('counts') || out.has('income'))) {
    out.delete('expenditure');
    out.delete('income');
    out.delete('household');
    out.add('expenditure-support');
  }
  // "有存款是不是就不给申请": whether the rule bars it, not a refusal someone reported ("镇上不给我申请").
  if (out.has('property') && !tags.has('told')) out.delete('must-accept');
  // A member refusing work offered: that rule, not whether wages count.
  if (out.has('work-refusal')) out.delete('income');
  // What someone else owns, in a complaint or a report of fraud or of an official's relative, is not the resident's
  // property.
  if (out.has('kin-staff') || out.has('complaint') || out.has('fraud')) out.delete('property');
  // Checking that finds income hidden is the rule on fraud.
  if (out.has('fraud')) out.delete('verify');
  // A relative who married or moved away, asked whether what they earn counts: first whether they count.
  if (program === 'dibao' && tags.has('relative') && tags.has('away') && tags.has('counts')) out.add('household');
  // Where to apply with 户口 in another county of the same province: the 户籍所在地, or the 居住证 where it is used.
  if (!tags.has('province') && out.delete('hukou-elsewhere')) out.add('hukou-home');
  // How many times 临时救助 can be asked for: what the local government sets.
  if (program === 'temporary_assistance' && tags.has('times')) out.add('temp-times');
  // Moving elsewhere while on 低保 is a change to report, not where 特困 is provided.
  if (!tekun && out.delete('where-cared')) out.add('change');
  // Letting only one member in, the family left out: the rule against it, not 单人保 asked for.
  if (out.has('partial') && !tags.has('disabled')) out.delete('edge');
  // What a family with someone disabled or bedridden can get: 单人保 and care.
  if (tags.has('disabled') && tags.has('t:kinds') && (!program || program === 'dibao')) out.add('disabled-member');
  if (out.has('disabled-member')) out.delete('kinds');
  // 公示 is a step of each program's own procedure.
  if (tags.has('t:publicity'))
    out.add(program === 'temporary_assistance' ? 'publicity-temp' : tekun ? 'publicity-tekun' : 'publicity-dibao');
  // More money: case by case in 临时救助, help for those still in need on 低保.
  if (tags.has('more') && program !== 'temporary_assistance') out.add('still-hard');
  // The yearly review, or an appeal, not applying again; special help, not the rule on 脱贫.
  if (out.has('appeal')) out.delete('reapply');
  if (out.has('review')) out.delete('reapply');
  if (out.has('special')) out.delete('tuopin');
  // A move or a change of 户口 to report, not where to apply.
  if (out.has('change')) out.delete('hukou-elsewhere');
  // The more specific of two rules: spending that was too much, or a program named, over the
  // kinds of assistance; 单独申请 over someone applying on another's behalf ("单独帮她申请").
  if (out.has('expenditure') || out.has('special') || program) out.delete('kinds');
  if (program === 'single_person_dibao') out.delete('agent');
  // Rules of one program asked of another: the other's own clause.
  if (tekun && out.delete('exit')) out.add('end-tekun');
  if (tekun && out.delete('agent')) out.add('agent-tekun');
  if (tekun && out.delete('property')) out.add('property-tekun');
  if (tekun && out.delete('start-dibao')) out.add('start-tekun');
  if (tekun && out.delete('standard')) out.add('standard-tekun');
  if (tekun && out.delete('income')) out.add('income-tekun');
  // In 特困 a relative in prison or missing is a question of the obligor's ability (第八条（五）), not of the household.
  if (tekun && tags.has('relative') && out.delete('household')) out.add('obligor');
  // Illness, funerals or who looks after a 特困 person: what 供养 covers.
  if (tekun && (tags.has('care-need') || out.has('funeral'))) out.add('tekun-covers');
  // A member added or lost, to be reported: the rule on changes, not on who counts.
  if (out.has('change') && !tags.has('counts')) out.delete('household');
  // Leaving poverty (脱贫) has its own rule on staying on assistance.
  if (out.has('tuopin')) out.delete('end-dibao');
  // Income above the line while on 低保: the 渐退期 says how it ends.
  if (out.has('exit')) out.delete('end-dibao');
  if (out.has('care-standard')) out.delete('care');
  if (out.has('care')) out.delete('discover');
  // A funeral asked of a 低保 family: who pays for it, not the review after a death.
  if (out.has('funeral')) out.delete('death-dibao');
  // 临时救助 asked where one does not live, or of an emergency away from home: where the emergency happened.
  if (
    program === 'temporary_assistance' &&
    (tags.has('t:residence') || tags.has('t:hukou-elsewhere') || tags.has('away'))
  ) {
    out.delete('residence');
    out.delete('hukou-elsewhere');
    out.add('temp-where');
  }
  // Telling the township about someone else's hardship (帮他同镇上讲) is reporting it, not a change in one's own family.
  if (out.has('agent') && out.has('change')) {
    out.delete('agent');
    out.delete('change');
    out.add('discover');
  }
  // Income that rose, to be reported: the rule on changes, not the 渐退期.
  if (out.has('change') && out.has('exit') && !tags.has('a:time')) out.delete('exit');
  // "只给她一个人" of someone disabled is 单人保 asked for, not a family cut down to one member.
  if (tags.has('disabled') && out.delete('partial')) {
    out.add('disabled-member');
    out.delete('edge');
  }
  // 单人保 is for families just above the line: the question is the 单人保 rule itself.
  if (program === 'single_person_dibao') out.delete('edge');
  // A relative's earnings named in a question about 低保 that turns on no other rule ("儿子打工一个月
  // 三千，还能吃低保不"): what counts as income; a relative living or working away from home, or
  // divorced: whether they count in the household. (Someone disabled in the family asks of 单人保.)
  const plain =
    program === 'dibao' && tags.has('relative') && !tags.has('disabled') && [...out].every((r) => r === 'income');
  if (plain && tags.has('money') && !tags.has('counts-weak')) out.add('income');
  if (plain && tags.has('away')) out.add('household');
  return out;
}

export interface Asked {
  /** Statements on the one rule the question asks about (./rules.ts, the topics of content/explanations.ts). */
  rules: Statement[];
  /** Statements on what it asks of its program (who, how much, where, what to bring, how long). */
  aspects: Statement[];
}

/** The statements that answer what the question asks; each lists its clauses best first. */
export function statementsFor(tags: ReadonlySet<Tag>): Asked {
  const program = programOf(tags);
  const rules: Statement[] = [...rulesOf(tags)].map((r) => (r in RULES ? RULES[r as OwnTopic] : TOPICS[r as Topic]));
  const aspects = program ? aspectsOf(tags).map((a) => OWN_ASPECTS[program]?.[a] ?? EXPLANATIONS[program][a]) : [];
  return { rules, aspects };
}

/** Whether the question asks something of a program it names (who, how much, where, what to bring, how long). */
export function asksOfProgram(tags: ReadonlySet<Tag>): boolean {
  return programOf(tags) !== undefined && aspectsOf(tags).length > 0;
}

/**
 * What a question asks of its program: "谁定的" of money asks how much, "有什么救助" who it is
 * for, "多给点" of 临时救助 how much. A general "能不能" or "在哪" gives way to the one rule the
 * question turns on, and "一个月多少" of the 低保 standard is the standard.
 */
function aspectsOf(tags: ReadonlySet<Tag>): Aspect[] {
  const out = ASPECTS.filter((a) => tags.has(`a:${a}`));
  if (tags.has('t:kinds') && !out.includes('who')) out.push('who');
  if (tags.has('sets') && tags.has('money') && !out.includes('amount')) out.push('amount');
  const rules = rulesOf(tags);
  if (tags.has('more') && programOf(tags) === 'temporary_assistance' && !out.includes('amount')) out.push('amount');
  // "能不能", "在哪" give way to the one rule the question turns on; "几回" of a review is how often.
  return out.filter(
    (a) =>
      ((a !== 'who' && a !== 'apply') || rules.size === 0) &&
      (a !== 'amount' || (!rules.has('standard') && !rules.has('review') && !rules.has('temp-times'))),
  );
}

/**
 * The documents' words for what a question asks of a program, where they differ by program: how
 * much 特困 gives is its 供养标准, how much 临时救助 gives is set case by case.
 */
const ASKED_OF: Partial<Record<Program, Partial<Record<Aspect, string>>>> = {
  dibao: { amount: '差额 按月发放 分档' },
  tekun: { amount: '基本生活标准 照料护理标准 供养标准 确定 公布', apply: '本人 书面申请', who: '同时具备以下条件' },
  temporary_assistance: {
    amount: '救助额度 一事一议 标准 确定 公布',
    apply: '急难发生地',
    time: '先行救助 时效性 简化审批手续 事后补充',
  },
  single_person_dibao: { who: '单独提出申请' },
};

/** The documents' words for what is asked, whatever the program, while it is what the question asks. */
const ASPECT_TERMS: Record<Aspect, string> = {
  who: '条件 符合',
  amount: '',
  apply: '户籍所在地 乡镇人民政府 街道办事处 提出书面申请',
  materials: '申请材料 提交 身份证明',
  time: '工作日 完成',
};

/** Terms a question implies by what it asks (of its program), and by whom it speaks of. */
export function impliedTerms(tags: ReadonlySet<Tag>): string[] {
  const program = programOf(tags);
  const aspects = aspectsOf(tags);
  const out = [
    ...aspects.map((a) => ASPECT_TERMS[a]).filter(Boolean),
    ...(program ? aspects.flatMap((a) => ASKED_OF[program]?.[a] ?? []) : []),
  ];
  // A relative named in a question about 特困 is the one whose ability to support decides it (第八条).
  if (program === 'tekun' && tags.has('relative')) out.push('法定义务人 无履行义务能力');
  // Support from a relative who is poor themselves: not counted in 运城 (运民发〔2021〕59号 二（一）).
  if (program !== 'tekun' && tags.has('relative-poor')) out.push('义务人 不计入该赡养 转移净收入');
  // 临时救助 is asked for where the emergency happened, whatever the 户口 (where one lives is no bar).
  if (program === 'temporary_assistance' && (tags.has('t:residence') || tags.has('t:hukou-elsewhere')))
    out.push('急难发生地 取消户籍地 居住地申请限制');
  // Income above the line: for 低保 the 渐退期, for 特困 the end of 供养.
  const rules = rulesOf(tags);
  if (rules.has('exit')) out.push('渐退期 超过 当地低保标准');
  if (rules.has('end-tekun')) out.push('收入和财产状况不再符合 终止救助供养');
  // Rules that follow from what a question says together bring the documents' words for them.
  if (rules.has('household')) out.push('共同生活的家庭成员');
  if (rules.has('income')) out.push('家庭收入');
  if (rules.has('verify')) out.push('核对 家庭经济状况');
  if (rules.has('edge')) out.push('低保边缘家庭 1.5倍');
  // Costs of illness or disability taken off income: the 刚性支出 the texts allow to deduct.
  if (tags.has('deduct') && tags.has('need')) out.push('刚性支出 适当扣减');
  // Taking costs off wages is the deduction for 就业成本.
  if (tags.has('deduct') && tags.has('work')) out.push('必要的就业成本');
  return out;
}
