/**
 * What every screening question shares (each is a field of the one field model, bot/flows/field.ts): reading an answer
 * with the one extractor (the question
 * as context), numbered choices said as numbers or words (alone, or first and then explained:
 * "2 俺老汉有 腿上的"), applying and saying back what was understood, and re-asking with what
 * was understood so far and what kinds of answer work.
 */
import type { Household, Member, MissingFacts, ParameterSet } from '../../../screening/index.ts';
import type { Choice, OutboundMessage } from '../../ports.ts';
import type { DialogueState, SubStep, UnderstoodAnswer } from '../../state.ts';
import type { Field } from '../field.ts';
import { parseChoice, parseChoices } from '../../understand/choices.ts';
import { applyFacts } from '../../understand/apply.ts';
import { leadingPhrase } from '../../understand/phrases.ts';
import { echo } from '../../understand/echo.ts';
import { FOR_WHOM_WORDS } from '../../messages/understood.ts';
import { type Context, type Fact, type SlotId, type Understanding, understand } from '../../understand/extract.ts';

export type Parsed =
  | UnderstoodAnswer
  | {
      ok: false;
      reask: string;
      household?: Household;
      echo?: string;
      /**
       * The resident asked something instead of answering ("低保金算不算", "现在不都叫居民户口了么"): its
       * answer, said before the question again in place of "没看懂" (the answer was understood, as a question).
       */
      answered?: string;
    };

export interface QuestionCtx {
  state: DialogueState;
  today: string;
  parameters: ParameterSet;
  /** The facts some program still lists as missing (from the screening report), when known. */
  missing?: MissingFacts;
  /**
   * Filled in by `read` when given: whom the answer says the writer answers for (帮我爸问), so the
   * engine keeps it without reading the same answer a second time.
   */
  heard?: { read: boolean; askingFor?: string };
}

/**
 * A screening question: a field (bot/flows/field.ts) whose answers are read by the one extractor
 * and settle facts of the household; `sub` is a follow-up inside it (whose, which kind, …).
 */
export interface Question extends Field<QuestionCtx, SubStep, UnderstoodAnswer> {
  /** Why the question is asked, for 为什么 in the middle of the dialogue (some name the cities where a rule holds). */
  why: string | ((parameters: ParameterSet) => string);
  /**
   * What counts for this question, said to a question asked back about it ("女婿算不算", 粤 "做散工算唔算");
   * without it the why is said, with how to answer when unsure (bot/engine.ts).
   */
  counts?: string;
  parse(text: string, ctx: QuestionCtx, sub?: SubStep): Parsed;
}

/**
 * The usual rule for when a screening question applies: while some program still lists a fact it
 * settles as missing, so no resident answers a question that cannot change a verdict.
 */
export function whileMissing(this: Question, ctx: QuestionCtx): boolean {
  return (ctx.missing ?? []).some((p) => this.settles(p));
}

export const whyOf = (q: Question, parameters: ParameterSet): string =>
  typeof q.why === 'string' ? q.why : q.why(parameters);

export const choices = (...labels: string[]): Choice[] => labels.map((label, i) => ({ id: String(i + 1), label }));
export const ask = (text: string, cs?: Choice[]): OutboundMessage =>
  cs ? { type: 'choices', text, choices: cs } : { type: 'text', text };
/** A question where several choices may be picked at once ("1 5"). */
export const askMany = (text: string, cs: Choice[]): OutboundMessage => ({
  type: 'choices',
  text,
  choices: cs,
  multiple: true,
});

export function read(text: string, ctx: QuestionCtx, slot: SlotId, extra: Partial<Context> = {}): Understanding {
  const u = understand(text, {
    slot,
    household: ctx.state.household,
    today: ctx.today,
    ...(ctx.state.region ? { region: ctx.state.region } : {}),
    ...(ctx.state.askingFor ? { askingFor: ctx.state.askingFor } : {}),
    parameters: ctx.parameters,
    ...extra,
  });
  if (ctx.heard) {
    ctx.heard.read = true;
    const forWhom = u.facts.find((f) => f.path === 'askingFor')?.value;
    if (typeof forWhom === 'string') ctx.heard.askingFor ??= forWhom;
  }
  return u;
}

/**
 * Numbered choices at the start of an answer ("2", "1 5", "2，俺老汉有"), and the rest of the
 * text. A number that counts something (2个, 3岁, 5千) is not a choice.
 */
const CN_ORDINAL: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

export function leadingChoices(
  text: string,
  cs: readonly Choice[],
  many: boolean,
  keepRepeats = false,
): { picked: Choice[]; rest: string } | undefined {
  // "第3个", "第三个", "第二位": the member or choice by its place in the list. (Grammar: 第, a digit
  // captured, an optional measure word; a regex that stays.)
  const nth = text.trim().match(/^第\s{0,2}([1-9]|[一二两三四五六七八九])\s{0,2}(个|位|种|项|条)?/);
  if (nth) {
    const id = CN_ORDINAL[nth[1]!] ?? nth[1]!;
    const c = cs.find((x) => x.id === id);
    if (c) return { picked: [c], rest: text.trim().slice(nth[0].length) };
  }
  // "两个都是1", 粤 "两个都系1": one choice for all of them, the number after the words.
  const all = leadingPhrase(text.trim(), 'allChoose');
  const t = all && /^\s*[0-9]/.test(text.trim().slice(all.length)) ? text.trim().slice(all.length).trim() : text.trim();
  let i = 0;
  const ids: string[] = [];
  while (i < t.length && ids.length < cs.length) {
    const c = t[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < t.length && t[j]! >= '0' && t[j]! <= '9' && j - i < 2) j++;
      const next = t[j] ?? '';
      if (/[个口人岁级万千百块元蚊月年天号日套辆间位次多来几.]/.test(next)) return undefined;
      ids.push(t.slice(i, j));
      i = j;
      while (i < t.length && /[\s,，、和及同跟;；.。]/.test(t[i]!) && !/[0-9]/.test(t[i + 1] ?? '')) i++;
      while (i < t.length && /[\s,，、和及同跟]/.test(t[i]!)) i++;
      if (!many) break;
      continue;
    }
    break;
  }
  if (ids.length === 0) return undefined;
  // "13" for choices 1 and 3 when every choice is one digit.
  const expanded = ids.length === 1 && ids[0]!.length > 1 && cs.length < 10 && many ? [...ids[0]!] : ids;
  const picked = expanded.map((id) => cs.find((c) => c.id === String(Number(id))));
  if (picked.some((c) => c === undefined)) return undefined;
  return {
    picked: keepRepeats ? (picked as Choice[]) : [...new Map((picked as Choice[]).map((c) => [c.id, c])).values()],
    rest: t.slice(i),
  };
}

/** A choice by number or by the words of its label. */
export function choiceOf(text: string, cs: readonly Choice[]): Choice | undefined {
  return leadingChoices(text, cs, false)?.picked[0] ?? parseChoice(text, cs);
}

export function choicesOf(text: string, cs: readonly Choice[]): Choice[] | undefined {
  return leadingChoices(text, cs, true)?.picked ?? parseChoices(text, cs);
}

/** The household with facts applied and the line saying them back. */
export function take(
  ctx: QuestionCtx,
  facts: readonly Fact[],
  base: Household = ctx.state.household,
): { household: Household; echo: string } {
  const household = applyFacts(base, facts);
  return { household, echo: echo(facts, household, ctx.parameters) };
}

/**
 * Re-ask, keeping whatever else the answer did say (recorded and said back), and telling which
 * part was not understood and what kind of answer works (usually the question's own `reask`).
 */
export function reask(ctx: QuestionCtx, u: Understanding | undefined, why: string, example = ''): Parsed {
  const kept = u?.facts.length ? take(ctx, u.facts) : undefined;
  const unclear = u?.unclear.length ? `“${u.unclear.slice(0, 2).join('，')}”这部分我没看懂。` : '';
  return {
    ok: false,
    reask: `${unclear}${why}${example}`,
    ...(kept ? { household: kept.household, echo: kept.echo } : {}),
  };
}

export function members(h: Household): Member[] {
  return h.members ?? [];
}

/**
 * How a member is named in a question. The applicant is 你自己, unless the writer answers for a parent
 * or grandparent (DialogueState.askingFor): the say-back told them 您 is that person, so the list names
 * them by who they are to the writer (父亲（79岁）), not as the writer's own self.
 */
export function who(m: Member, i: number, forWhom?: string): string {
  const age = m.age !== undefined ? `${m.age}岁` : '';
  const rel =
    m.relation && m.relation !== 'self'
      ? {
          spouse: '老伴',
          child: '子女',
          parent: '父母',
          grandparent: '祖父母',
          grandchild: '孙子女',
          sibling: '兄弟姐妹',
          other: '其他人',
        }[m.relation]
      : '';
  const applicant = forWhom ? FOR_WHOM_WORDS[forWhom] : undefined;
  if (i === 0) return `${applicant ?? '你自己'}${age ? `（${age}）` : ''}`;
  return `${rel || `第${i + 1}位`}${age ? `（${age}）` : ''}`;
}

export function memberChoices(h: Household, forWhom?: string): Choice[] {
  return members(h).map((m, i) => ({ id: String(i + 1), label: who(m, i, forWhom) }));
}

export function setMember(h: Household, i: number, patch: Partial<Member>): Household {
  return { ...h, members: members(h).map((m, j) => (j === i ? { ...m, ...patch } : m)) };
}

export function setAllMembers(h: Household, patch: (m: Member) => Partial<Member>): Household {
  return { ...h, members: members(h).map((m) => ({ ...m, ...patch(m) })) };
}

/** Facts whose path matches, and the members they name. */
export function memberFacts(u: Understanding, field: RegExp): { i: number; f: Fact }[] {
  return u.facts.flatMap((f) => {
    const m = f.path.match(/^members\[(\d+)\]\.(.+)$/);
    return m && field.test(m[2]!) ? [{ i: Number(m[1]), f }] : [];
  });
}

/** Join say-back lines. */
export function joinEcho(...lines: (string | undefined)[]): string {
  const said = lines.filter((l): l is string => !!l).map((l) => l.replace(/^记下了：/, '').replace(/。$/, ''));
  // A phrase both lines say ("老伴有残疾证" for the member picked and for the fact) is said once.
  const parts = [...new Set(said.flatMap((l) => l.split('；')))];
  return parts.length ? `记下了：${parts.join('；')}。` : '';
}
