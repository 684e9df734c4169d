/**
 * The 回访 answer, one tap on every channel: the question (adapters/notify/follow-up.ts) carries
 * buttons whose text is "回访 DD-XXXXXX：<answer>" — a Telegram button sends it as its callback, a
 * WeChat menu link as the resident's message, the link page as a form. Only a message that is
 * exactly such an answer is taken, so nothing a resident types in a dialogue is mistaken for one,
 * and a message that is not costs no look-up.
 */
import { R } from '../messages/referral.ts';
import type { FollowUpAnswer, InboundMessage, OutboundMessage, ReferralDesk } from '../ports.ts';

const ANSWER = /^回访 ?(DD-[2-9A-Z]{6})[：:](.{1,12})$/;

/** The text a one-tap answer sends. */
export function followUpAnswerText(reference: string, answer: FollowUpAnswer): string {
  return `回访${reference}：${R.followUpChoices.find((c) => c.id === answer)!.label}`;
}

/** A message that is a 回访 answer: the request's number and the answer; otherwise undefined. */
export function followUpAnswerOf(text: string): { reference: string; answer: FollowUpAnswer } | undefined {
  const m = ANSWER.exec(text.trim());
  const choice = m ? R.followUpChoices.find((c) => c.label === m[2]) : undefined;
  return m && choice ? { reference: m[1]!, answer: choice.id as FollowUpAnswer } : undefined;
}

/**
 * Records a 回访 answer sent on a chat channel and says thanks; undefined when the message is not
 * one (the dialogue goes on as usual). The desk checks the request is this resident's.
 */
export async function followUpReply(
  msg: InboundMessage,
  desk: ReferralDesk | undefined,
): Promise<OutboundMessage[] | undefined> {
  const parsed = desk?.answerFollowUp ? followUpAnswerOf(msg.text ?? '') : undefined;
  if (!parsed || !desk?.answerFollowUp) return undefined;
  const ok = await desk.answerFollowUp({ channel: msg.channel, userId: msg.userId }, parsed.reference, parsed.answer);
  if (!ok) return [{ type: 'text', text: R.followUpUnknown }];
  return [{ type: 'text', text: parsed.answer === 'no_contact' ? R.followUpNoContact : R.followUpThanks }];
}
