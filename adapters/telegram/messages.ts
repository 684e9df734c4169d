/**
 * What the Telegram channel says on its own, outside the dialogue, in plain Chinese: only
 * Telegram has group chats, where a request's name and phone would be read by everyone, so
 * the words that send a resident to a private chat belong to this channel; and only Telegram
 * toggles several choices on buttons, finished with 完成.
 */
export const TELEGRAM_TEXT = {
  /** A message in a group, supergroup or channel. */
  privateOnly: (username: string) =>
    `您好！评估和申请要填写姓名、电话等个人信息，在群里大家都能看到，所以兜底助手不在群里回答。请点这个链接，和我私聊：https://t.me/${username}`,
  /** A button pressed in a group (left from before groups were refused); at most 200 characters. */
  privateOnlyButton: (username: string) => `请和我私聊：https://t.me/${username} 。在群里填写的信息大家都能看到。`,
  /** The button that sends the options picked on a several-choice question. */
  done: '完成（选好了点这里）',
  /** 完成 tapped with nothing picked (a callback alert, at most 200 characters). */
  pickFirst: '请先点选符合的项（可以选几个），再点“完成”。都没有就点“都没有”那一项。',
};
