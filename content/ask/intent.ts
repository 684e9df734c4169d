/**
 * What a question asks of a program, as clauses to prefer: "五保户得够啥条件" is answered by the
 * article that states the conditions (特困人员认定办法 第四条), "临时救助畀几多钱" by the clauses on
 * how the amount is set, even where other clauses share more of the question's words. The
 * clauses for each program and aspect are the ones content/explanations.ts rests its plain
 * answers on.
 */
import type { Program } from '../../screening/index.ts';
import { type Aspect, EXPLANATIONS, type Statement, type Topic, TOPICS } from '../explanations.ts';
import type { Tag } from './terms.ts';

/** The most specific program a question names: 单人保 is a kind of 低保, 临时救助 may be asked of a 低保 family. */
const SPECIFIC_FIRST: readonly Program[] = ['single_person_dibao', 'tekun', 'temporary_assistance', 'dibao'];
const ASPECTS: readonly Aspect[] = ['who', 'amount', 'apply', 'materials', 'time'];

export function programOf(tags: ReadonlySet<Tag>): Program | undefined {
  return SPECIFIC_FIRST.find((p) => tags.has(`p:${p}`));
}

/**
 * The rules a question asks about: those its words name (t: tags), and those that follow from
 * what it says together — whether money counts is the income rule, whether a person counts is
 * the household rule, a relative who is poor themselves in a question about 特困 is the rule on
 * obligors' ability (第八条).
 */
export function topicsOf(tags: ReadonlySet<Tag>): Set<Topic> {
  const out = new Set<Topic>();
  for (const t of tags) if (t.startsWith('t:')) out.add(t.slice(2) as Topic);
  if (tags.has('deduct') || (tags.has('counts') && tags.has('money'))) out.add('income');
  if (tags.has('counts') && !tags.has('money') && tags.has('relative')) out.add('household');
  const tekun = programOf(tags) === 'tekun';
  if (tekun && tags.has('relative') && (tags.has('relative-poor') || tags.has('p:dibao'))) out.add('obligor');
  return out;
}

/**
 * The statements of content/explanations.ts that answer what the question asks: of its program
 * (who, how much, where, what to bring, how long), and about one rule (property, who counts in
 * the household, what counts as income …). Each lists its clauses best first.
 */
export function statementsFor(tags: ReadonlySet<Tag>): Statement[] {
  const program = programOf(tags);
  const topics = topicsOf(tags);
  const out: Statement[] = [];
  for (const t of Object.keys(TOPICS) as Topic[]) {
    if (!topics.has(t)) continue;
    // The start of 特困 is its own rule (特困人员认定办法 第十七条).
    out.push(TOPICS[t === 'start-dibao' && program === 'tekun' ? 'start-tekun' : t]);
  }
  if (program) for (const a of ASPECTS) if (tags.has(`a:${a}`)) out.push(EXPLANATIONS[program][a]);
  return out;
}

/**
 * The documents' words for what a question asks of a program, where they differ by program: how
 * much 特困 gives is its 供养标准, how much 临时救助 gives is set case by case.
 */
const ASKED_OF: Partial<Record<Program, Partial<Record<Aspect, string>>>> = {
  dibao: { amount: '差额 按月发放 分档' },
  tekun: { amount: '基本生活标准 照料护理标准 供养标准 确定 公布', apply: '本人 书面申请', who: '同时具备以下条件' },
  temporary_assistance: { amount: '救助额度 一事一议 标准 确定 公布', apply: '急难发生地' },
  single_person_dibao: { who: '单独提出申请' },
};

/** Terms a question implies by what it asks of its program, and by whom it speaks of. */
export function impliedTerms(tags: ReadonlySet<Tag>): string[] {
  const program = programOf(tags);
  const out = program ? ASPECTS.filter((a) => tags.has(`a:${a}`)).flatMap((a) => ASKED_OF[program]?.[a] ?? []) : [];
  // A relative named in a question about 特困 is the one whose ability to support decides it (第八条).
  if (program === 'tekun' && tags.has('relative')) out.push('法定义务人 无履行义务能力');
  // Support from a relative who is poor themselves: not counted in 运城 (运民发〔2021〕59号 二（一）).
  if (program !== 'tekun' && tags.has('relative-poor')) out.push('义务人 不计入该赡养 转移净收入');
  // 临时救助 is asked for where the emergency happened, whatever the 户口 (where one lives is no bar).
  if (program === 'temporary_assistance' && tags.has('t:residence')) out.push('急难发生地 取消户籍地 居住地申请限制');
  // Taking costs off wages is the deduction for 就业成本.
  if (tags.has('deduct') && tags.has('work')) out.push('必要的就业成本');
  return out;
}
