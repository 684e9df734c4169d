/**
 * What the resident reads while sending a request to the village committee: consent in plain
 * words first (what is shared, with whom, why, that the office will check the family's finances,
 * how long it is kept, how to delete it), then one short question at a time.
 */
export const CONSENT_VERSION = '2026-12-02';

export const R = {
  consent: (villageHint: string, keepDays: number) =>
    '我可以把你的情况发给' + villageHint + '的社会救助协理员，由他们打电话联系你、上门了解情况、帮你申请。\n' +
    '会发过去的：你的姓名、电话、方便联系的时间，刚才回答的家庭情况和估计结果。身份证号可以不填。\n' +
    '请知道：\n' +
    '1. 正式申请时，乡镇（街道）会核对你家的收入和财产（存款、房子、车辆、社保等），需要家里人签“核对授权书”。\n' +
    '2. 这些信息加密保存，只有你们村（社区）和乡镇负责救助的工作人员能看到，不会用在别处。\n' +
    `3. 申请办完后保存 ${keepDays} 天自动删除；还没处理的，你随时回复“删除我的信息”就能删掉。\n` +
    '你同意把这些信息发给村委会吗？',
  consentChoices: [
    { id: '1', label: '同意，发给村委会' },
    { id: '2', label: '不同意，先不发' },
  ],
  declined: '好的，没有发送任何信息。以后想申请，随时回复“申请”。也可以直接找村委会或拨打 12345。',
  askName: '请告诉我申请人的姓名（村委会联系时怎么称呼你）。',
  badName: '姓名请用 2 到 20 个字，比如“王秀英”。',
  askPhone: '请留一个能打通的电话号码（手机或座机都可以）。',
  badPhone: '这个号码好像不对。手机号是 11 位数字，比如 13812345678；座机请带区号，比如 0359-1234567。',
  askVillage: '你家在哪个村（社区）？请回复数字：',
  askTownship: '你家在哪个乡镇（街道）？请回复数字：',
  badChoice: '请回复列表前面的数字。',
  villageGone: '你选的村（社区）现在不在名单里了，请重新选一下。',
  noVillages: '抱歉，这里还没有配置你们当地的村（社区），暂时不能在线转交。请直接找村委会，或拨打 12345 政务服务热线。',
  villageFromLink: (name: string) => `你家所在的村（社区）：${name}（来自村里发给你的链接）。`,
  askCallTime: '什么时候打电话给你比较方便？',
  callTimes: [
    { id: '1', label: '上午' },
    { id: '2', label: '下午' },
    { id: '3', label: '晚上' },
    { id: '4', label: '什么时候都可以' },
  ],
  askIdNumber: '如果愿意，可以填申请人的身份证号，方便村委会提前准备；不填也可以申请。',
  idChoices: [{ id: '1', label: '不填，跳过' }],
  badIdNumber: '这个身份证号对不上（18 位，最后一位可能是 X），请再核对一下，或者回复 1 跳过。',
  confirm: (lines: string[]) => `请确认要发给村委会的内容：\n${lines.join('\n')}\n还会附上你刚才回答的家庭情况和估计结果。`,
  confirmChoices: [
    { id: '1', label: '确认发送' },
    { id: '2', label: '修改' },
    { id: '3', label: '取消，不发了' },
  ],
  cancelled: '好的，已取消，没有发送任何信息。',
  sent: (reference: string, village: string) =>
    `已经发给${village}，申请编号：${reference}。\n` +
    '村里的社会救助协理员会打电话联系你，请留意电话。如果一周内没人联系，可以直接去村委会，或拨打 12345，报上申请编号。\n' +
    '接下来：他们会上门了解情况，帮你准备材料、写申请。正式申请交给乡镇（街道），核对家庭收入财产后，由县级民政部门审核决定。',
  alreadySent: (reference: string) => `你之前已经发过申请（编号 ${reference}），这次的内容已更新到同一份申请里，不会重复发送。村委会会联系你。`,
  materialsTitle: '可以提前准备的材料（以工作人员告知为准）：',
  needsRegion: '要转给村委会，先要知道你家在哪个市。我们先回答第一个问题。',
  unavailable: '暂时不能在线转交给村委会。请直接找村委会的社会救助协理员，或拨打 12345 政务服务热线。',
  backToResult: '好的，回到评估结果。',
  backToScreening: '好的，接着回答评估的问题。',
  stepBack: '好的，回到上一步。',
  resume: '你的申请还没有发送，我们接着填。',
  // 帮助 during the request: 返回 here goes back one request step, not to the last screening answer.
  help:
    '现在是在把你的情况发给村委会，由他们联系你、帮你申请。\n' +
    '一次问一个问题，回复数字或直接打字就行。\n' +
    '可以用的指令：\n' +
    '1. 返回：回到上一步\n' +
    '2. 取消：不发送，不申请了\n' +
    '3. 为什么：看依据的政策原文\n' +
    '4. 摘要：看你的情况摘要\n' +
    '5. 人工：联系村委会或 12345\n' +
    '在你回复“确认发送”之前，什么都不会发出去。',
  policyPrompt: '请直接打字提出你的政策问题，比如“五保户现在叫什么”“房子烧了找谁”。你的申请还没有发送，问完回复“返回”接着填。',
  policyFollowUp: '可以继续打字问别的政策问题；回复“返回”接着填申请；回复“人工”联系村委会或 12345。',
  deletedWithReferrals: (deleted: string[], kept: { reference: string; status: string }[], keepDays: number) => {
    const lines = ['已删除你在这里的回答。'];
    if (deleted.length) lines.push(`还没处理的申请已一并删除（编号 ${deleted.join('、')}），村委会不会再看到。`);
    if (kept.length) {
      lines.push(
        `以下申请村委会已经在办理，按规定保留：${kept.map((k) => `${k.reference}（${k.status}）`).join('、')}。` +
          `办理记录是乡镇审核的依据，办完后 ${keepDays} 天自动删除。如果不想继续申请，请告诉村委会撤回。`,
      );
    }
    lines.push('如需再次评估，回复任意内容重新开始。');
    return lines.join('\n');
  },
} as const;
