/**
 * One field model for everything the dialogue asks: the screening questions
 * (bot/flows/screening/) and the steps of a request to the village committee
 * (bot/referral/fields.ts) are both declared as fields. A field says, once, which facts it
 * settles, when it applies, how it is asked, how an answer is read and what is said when an
 * answer is not understood; the moves around it (ask, read, re-ask with what was understood, go
 * back, show the answers) are written once here and in the engine, not per field.
 */
import type { OutboundMessage } from '../ports.ts';

/**
 * An answer not understood. `reask` says what kinds of answer work when the reading has
 * something to say about this answer (the screening's extractor names what it could not read);
 * without it, the field's own `reask` is said.
 */
export interface Miss {
  ok: false;
  reask?: string;
}

/**
 * One thing the dialogue asks. `Ctx` is what the field looks at (the dialogue state, and for a
 * request the progress so far), `Sub` a follow-up inside the field (bot/state.ts SubStep), `Read`
 * what an understood answer gives.
 */
export interface Field<Ctx, Sub, Read extends { ok: true }> {
  readonly id: string;
  /** Short label, for the resident's list of answers (我的回答, the request's confirmation). */
  readonly label: string;
  /** Which facts an answer settles (a screening fact path such as `members[0].age`, or a request's own item). */
  settles(fact: string): boolean;
  /** Whether the field is asked at all for this resident now. */
  applies(ctx: Ctx): boolean;
  /** The question. */
  prompt(ctx: Ctx, sub?: Sub): OutboundMessage;
  /** Read one answer: what it settles, or a miss. */
  parse(text: string, ctx: Ctx, sub?: Sub): Read | Miss;
  /** What kinds of answer work, said before the question comes again after a miss. */
  reask(ctx: Ctx, sub?: Sub): string;
}

/** The fields that apply now, in their declared order. */
export function applicable<C, F extends Field<C, unknown, { ok: true }>>(fields: readonly F[], ctx: C): F[] {
  return fields.filter((f) => f.applies(ctx));
}

/** Ask: the field's question, with a line put before its text (a progress cue, "接着回答"). */
export function asked(msg: OutboundMessage, prefix?: string): OutboundMessage {
  if (!prefix) return msg;
  if (msg.type === 'text' || msg.type === 'choices') return { ...msg, text: `${prefix}\n${msg.text}` };
  return msg;
}

/**
 * Re-ask after a miss: what kinds of answer work (the miss's own words, else the field's), with
 * `before`/`after` around them (the engine's "没太听明白" and its offer of a person), then the
 * same question again.
 */
export function reasked<C, S>(
  field: Field<C, S, { ok: true }>,
  ctx: C,
  miss: Miss,
  sub?: S,
  words: { before?: string; after?: string } = {},
): OutboundMessage[] {
  const said = `${words.before ?? ''}${miss.reask ?? field.reask(ctx, sub)}${words.after ?? ''}`;
  return [{ type: 'text', text: said }, field.prompt(ctx, sub)];
}

/** Show answers: "label：answer" lines, for 我的回答 and the request's confirmation alike. */
export function answerLines(entries: readonly { label: string; answer: string }[], numbered = false): string[] {
  return entries.map((e, i) => `${numbered ? `${i + 1}. ` : ''}${e.label}：${e.answer}`);
}
