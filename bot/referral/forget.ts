/**
 * 删除我的信息 while requests are still being handled: before anything is deleted, the warning
 * names those requests and says that deleting withdraws them (adapters/db/withdraw.ts), so the
 * resident decides knowing it. Pure: the look-up is an effect the caller runs through the desk
 * (ReferralDesk.openOf), like the hand-over of a request; without a desk, or with nothing open,
 * the plain warning is shown.
 */
import { M } from '../messages/zh-CN.ts';
import { R } from '../messages/referral.ts';
import type { OpenRequest, OutboundMessage } from '../ports.ts';
import type { DialogueState } from '../state.ts';

export type OpenRequestsEffect = {
  type: 'open_requests';
  then: (open: OpenRequest[]) => { state: DialogueState; out: OutboundMessage[] };
};

/** The confirmation question, naming the open requests when there are any. */
export function deleteWarning(open: OpenRequest[]): OutboundMessage {
  return {
    type: 'choices',
    text: open.length > 0 ? R.deleteConfirmPending(open) : M.deleteConfirm,
    choices: [...M.deleteChoices],
  };
}

/** 删除我的信息 asked: look up what is open, then ask for confirmation. */
export function askToDelete(
  state: DialogueState,
  withDesk: boolean,
): { state: DialogueState; out: OutboundMessage[]; effect?: OpenRequestsEffect } {
  const asking: DialogueState = { ...state, mode: 'confirm_delete' };
  if (!withDesk) return { state: asking, out: [deleteWarning([])] };
  return {
    state: asking,
    out: [],
    effect: { type: 'open_requests', then: (open) => ({ state: asking, out: [deleteWarning(open)] }) },
  };
}
