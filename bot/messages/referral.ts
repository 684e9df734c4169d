/**
 * What the resident reads while sending a request to the village committee: consent in plain
 * words first (what is shared, with whom, why, that the office will check the family's finances,
 * how long it is kept, how to delete it), then one short question at a time.
 */
export const CONSENT_VERSION = '2026-12-02';

export const R = {
  consent: (villageHint: string, keepDays: number) =>
    '我可以把你的情况发给' +
    villageHint +
    '的社会救助协理员，由他们打电话联系你、上门了解情况、帮你申请。\n' +
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
  confirm: (lines: string[]) =>
    `请确认要发给村委会的内容：\n${lines.join('\n')}\n还会附上你刚才回答的家庭情况和估计结果。`,
  confirmChoices: [
    { id: '1', label: '确认发送' },
    { id: '2', label: '修改' },
    { id: '3', label: '取消，不发了' },
  ],
  cancelled: '好的，已取消，没有发送任何信息。',
  /** `days`: the working days the village has to call (the office's deadline, adapters/config/deadlines.ts). */
  sent: (reference: string, place: string, days: number, urgent: boolean, village: boolean) =>
    `已经发给${place}，申请编号：${reference}。\n` +
    (urgent ? '你说家里遇到了急事，已经标为紧急。' : '') +
    `${village ? '村里的社会救助协理员' : '工作人员'}会在 ${days} 个工作日内打电话联系你，请留意电话。如果到时还没人联系，可以直接去村委会或乡镇（街道），或拨打 12345，报上申请编号。\n` +
    (urgent ? '事情紧急的，现在就可以找乡镇（街道）或拨打 12345 申请临时救助，不用等。\n' : '') +
    '接下来：他们会上门了解情况，帮你准备材料、写申请。正式申请交给乡镇（街道），核对家庭收入财产后，由县级民政部门审核决定。',
  alreadySent: (reference: string) =>
    `你之前已经发过申请（编号 ${reference}），这次的内容已更新到同一份申请里，不会重复发送。村委会会联系你。`,
  /** The same household (phone or 身份证号) already has a request being handled. */
  joinedCase: (reference: string) =>
    `你家已经有一份正在办理的申请（编号 ${reference}）。这次发来的内容已经加到这份申请里，工作人员都能看到，不会重复办理。有进展会告诉你。`,
  /** The last choice of the village list: the request goes to the township (or the county) instead. */
  villageNotListed: '我的村（社区）不在列表里',
  townshipNotListed: '我的乡镇（街道）也不在列表里',
  /** Where the request goes when the village was not listed, for the confirmation. */
  toOffice: (office: string) => `村（社区）不在列表里，转给${office}`,
  countyFallback: '县（市、区）民政部门',
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
  policyPrompt:
    '请直接打字提出你的政策问题，比如“五保户现在叫什么”“房子烧了找谁”。你的申请还没有发送，问完回复“返回”接着填。',
  policyFollowUp: '可以继续打字问别的政策问题；回复“返回”接着填申请；回复“人工”联系村委会或 12345。',
  /**
   * The warning before 删除我的信息 when requests are still being handled: it names them and what
   * deleting does to them, before anything is deleted.
   */
  deleteConfirmPending: (open: { reference: string; status: string }[]) =>
    `确定要删除你在这里的所有回答吗？\n` +
    (`你还有正在办理的申请：` +
      `${open.map((o) => `${o.reference}（${o.status}）`).join('、')}。删除后这份申请会撤回，村里和乡镇不再办理，申请里你的姓名、电话、身份证号和家庭情况也会删掉。\n`) +
    '删除后不能恢复。如果只是不想让村里联系你，也可以直接告诉村委会。',
  /**
   * What 删除我的信息 did, exactly: what was deleted, which requests were withdrawn, and what is
   * kept and why (个人信息保护法 第四十七条: what a law requires to be kept is kept, and nothing
   * else is done with it).
   */
  forgotten: (
    r: {
      deleted: string[];
      kept: { reference: string; status: string }[];
      withdrawn?: { reference: string; was: string; wasStatus: string }[];
    },
    keepDays: number,
  ) => {
    const withdrawn = r.withdrawn ?? r.deleted.map((reference) => ({ reference, was: '', wasStatus: 'new' }));
    const lines = ['已删除你在这里的全部回答。'];
    if (withdrawn.length) {
      lines.push(
        `已撤回你的申请（编号 ${withdrawn.map((w) => w.reference).join('、')}），村里和乡镇不再办理。` +
          '已删除申请里你的姓名、电话、身份证号、方便联系的时间、家庭情况和评估结果，以及工作人员写的备注。',
        `保留的只有：申请编号、所在的村（社区）、提交和撤回的时间、工作人员什么时候办了哪一步（不含你的任何信息）。这是村里和乡镇办过这件事的工作记录，${keepDays} 天后自动删除。`,
      );
      const submitted = withdrawn.filter((w) => w.wasStatus === 'submitted');
      if (submitted.length) {
        lines.push(
          `申请 ${submitted.map((w) => w.reference).join('、')} 已经交到乡镇（街道）：` +
            '乡镇收到的书面申请材料由乡镇按规定保管，不在这里删除。如果不想继续正式申请，请告诉乡镇（街道）或村委会。',
        );
      }
    }
    if (r.kept.length) {
      lines.push(
        `已经办完的申请保留：` +
          `${r.kept.map((k) => `${k.reference}（${k.status}）`).join('、')}。这是村里和乡镇办理这件事的记录，办完后 ` +
          `${keepDays} 天自动删除；有疑问可以找村委会。`,
      );
    }
    lines.push('如需再次评估，回复任意内容重新开始。');
    return lines.join('\n');
  },
  /** 回访: asked a set number of days after a request is finished (adapters/notify/follow-up.ts). */
  followUpQuestion: (reference: string, status: string) =>
    `你的救助申请（编号 ${reference}）已经有了结果：${status}。\n想问一下：村里或乡镇有人联系过你吗？事情解决了吗？点一下下面的回答就行。`,
  followUpChoices: [
    { id: 'resolved', label: '联系了，问题解决了' },
    { id: 'unresolved', label: '联系了，还没解决' },
    { id: 'no_contact', label: '没人联系我' },
  ],
  /** A status change told on WeChat or Telegram (adapters/notify/senders.ts). */
  statusUpdate: (reference: string, status: string, note?: string) =>
    `你的救助申请（编号 ${reference}）有新进展：${status}。${note ? `\n工作人员留言：${note}` : ''}\n有疑问请联系村委会，或拨打 12345。`,
  /** A note staff marked for the resident, with no change of status. */
  noteUpdate: (reference: string, note: string) =>
    `关于你的救助申请（编号 ${reference}），工作人员留言：${note}\n有疑问请联系村委会，或拨打 12345。`,
  followUpThanks: '谢谢你的回答，已经记下了，工作人员能看到。',
  followUpNoContact:
    '谢谢你告诉我们，已经记下了，工作人员能看到。如果还需要帮助，可以直接找村委会或乡镇（街道），或拨打 12345 政务服务热线，报上申请编号。',
  followUpUnknown: '这个申请编号没有找到，或者不是从这里发出的。有疑问请拨打 12345 政务服务热线。',
} as const;
