/**
 * What a 12345 agent reads to the caller before filing the call as a request to the village
 * committee (issue 18 item 4): the same consent as in the chat (what is sent, to whom, the check
 * of income and property, how long it is kept), said on the phone; the agent records that the
 * caller agreed. How to delete differs: the caller has no chat to write 删除我的信息 in, so they
 * call 12345 or the village again.
 */
export const HOTLINE_CONSENT_VERSION = '2026-12-05-hotline';

export const hotlineConsent = (placeName: string, keepDays: number): string =>
  '我可以把您的情况转给' +
  placeName +
  '负责社会救助的工作人员，由他们打电话联系您、上门了解情况、帮您申请。\n' +
  '会转过去的：您的姓名、电话、方便联系的时间，刚才说的家庭情况和估计结果，还有这次来电的工单号。\n' +
  '请知道：\n' +
  '1. 正式申请时，乡镇（街道）会核对您家的收入和财产（存款、房子、车辆、社保等），需要家里人签“核对授权书”。\n' +
  '2. 这些信息加密保存，只有负责救助的工作人员能看到，不会用在别处。\n' +
  `3. 申请办完后保存 ${keepDays} 天自动删除；还没处理的，您再打 12345 或找村里说一声就能撤回。\n` +
  '您同意把这些信息转过去吗？';
