/**
 * Every resident-facing string of the dialogue, in plain Simplified Chinese: short sentences,
 * numbered choices, no jargon without an explanation.
 */
import type { Verdict } from '../../screening/index.ts';

export const PROGRAM_NAMES = {
  dibao: '低保（最低生活保障）',
  single_person_dibao: '单人保（家里重残、重病的人单独申请低保）',
  tekun: '特困人员救助供养（原来的“五保”）',
  temporary_assistance: '临时救助（遇到急事难事时的救助）',
} as const;

/** Short names for lists, exports and staff notifications. */
export const PROGRAM_SHORT: Readonly<Record<string, string>> = {
  dibao: '低保',
  single_person_dibao: '单人保',
  tekun: '特困供养',
  temporary_assistance: '临时救助',
} satisfies Record<keyof typeof PROGRAM_NAMES, string>;

/**
 * Four answers a resident of 70 tells apart at a glance: the first words differ (很可能 / 有希望 /
 * 不太 / 还要), and only the second says who settles it.
 */
export const VERDICT_WORDS: Record<Verdict, string> = {
  likely: '很可能符合',
  possible: '有希望，要看当地核实',
  unlikely: '不太符合',
  need_info: '还要再问一些情况',
};

export const M = {
  welcome:
    '你好，我是兜底助手。我可以帮你估计家里能不能申请低保、特困供养、临时救助等社会救助，并告诉你依据的政策。\n' +
    '一般要回答 8 到 12 个问题，可以直接打字说家里的情况，不用填身份证号。结果只是估计，最终以乡镇（街道）和民政部门审核为准。',
  commandsHint: '随时可以回复：返回（改上一题）、重新开始、帮助、政策（问政策问题）、人工、删除我的信息。',
  progress: (n: number) => `第${n}个问题`,
  backToQuestion: '我们接着刚才的问题：',
  emergency:
    '遇到急事，可以马上申请临时救助：\n1. 找事情发生地的乡镇人民政府（街道办事处）或村（居）委会，急难情况可以先救助、' +
    '后补手续（小额先行救助）。\n2. 拨打 12345 政务服务热线，说“申请临时救助”。\n3. 有人受伤或有危险，先打 120' +
    '、119 或 110。\n下面几个问题帮你看看还能申请哪些救助。',
  notUnderstood: '抱歉，我没看懂。',
  confirmDoubt: (echo: string, what: string) =>
    `${echo.replace(/^记下了：/, '我听到的是：').replace(/。$/, '')}。\n${what}，这个数好像不太对，是这样吗？`,
  placeHeard: (typed: string, name: string) => `你写的“${typed}”，是不是${name}？`,
  sayAgain: '好的，请再说一遍。',
  offerHuman: '如果不方便打字，可以回复“人工”，我告诉你村委会和 12345 热线的联系方式。',
  backNothing: '已经是第一个问题了。',
  backDone: (label: string, answer: string) => `好的，我们回到上一题（你之前的回答：${label}——${answer}）。`,
  restarted: '好的，我们重新开始。之前的回答已清除。',
  help:
    '我会一个一个地问你家里的情况，问完告诉你可能符合哪些救助、为什么。\n' +
    '回答时回复数字就行，也可以直接打字，比如“78岁”“每月800”“没有”。\n' +
    ('可以用的指令：\n1. 返回：改上一个问题的回答\n2. 重新开始\n3. 政策：问一个政策问题\n4. 人工：联系村委会或 ' +
      '12345\n5. 删除我的信息\n6. 我的回答：看看你已经回答了什么\n7. 申请：把情况发给村委会，由他们联系你'),
  human:
    '需要人工帮助时：\n1. 回复“申请”，我把你的情况转给村委会，由他们联系你。\n2. 拨打 12345 政务服务热线，' +
    '说“咨询社会救助”。\n3. 找村（居）委会的社会救助协理员，他们可以上门了解情况、帮忙申请。\n4. ' +
    '也可以直接到户籍所在地的乡镇人民政府或街道办事处咨询。',
  deleteConfirm: '确定要删除你在这里的所有回答吗？删除后不能恢复。',
  deleteChoices: [
    { id: '1', label: '确定删除' },
    { id: '2', label: '不删除，继续' },
  ],
  deleted: '已删除你在这里留下的全部回答。本服务没有保存你的其他信息。如需再次评估，回复任意内容重新开始。',
  deleteCancelled: '好的，没有删除。我们继续。',
  policyPrompt: '请直接打字提出你的政策问题，比如“五保户现在叫什么”“房子烧了找谁”。回复“返回”回到评估。',
  policyFollowUp: '可以继续打字问别的政策问题；回复“返回”回到评估；回复“人工”联系村委会或 12345。',
  paused: '好的，先不问了，你填的都留着。想接着算，随时发任何消息；要删掉你填的内容，回复“删除我的信息”。',
  /** A question about the question ("这个也算收入？") the answer cannot settle: what it is for, and how to answer. */
  countsUnsure: (why: string) => `${why}拿不准算不算的，先照实说上，镇上会核实。`,
  resumed: (step: number) => `欢迎回来，我们接着上次的问题继续（第${step}步）。`,
  yourAnswers: '你已经回答的内容：',
  noAnswersYet: '你还没有回答任何问题。',
  answersBackHint: '回复“返回”可以修改最后一个回答。',
  /** `cities`: the cities of the registered packages, joined ("甲市和乙市"). */
  notCovered: (cities: string) =>
    `抱歉，目前只接入了${cities}的政策。其他地方的情况，请拨打 12345 政务服务热线，或到户籍所在地的乡镇（街道）咨询。`,
  resultTitle: '根据你说的情况，估计结果如下：',
  resultFooter:
    '回复“申请”，把情况发给村委会，由他们联系你、帮你申请。\n回复“为什么”看理由和依据的政策；回复“摘要”得到一份可以复制给村委会的摘要；回复“返回”可以修改回答；回复“重新开始”重新评估。',
  demoWarning: '注意：这里用的低保标准等金额是示例数据，不是当地正式公布的标准。',
  disclaimer:
    '这只是估计，不是审批结果。能不能享受、享受多少，以家庭经济状况核对和乡镇（街道）、县级民政部门审核为准。',
  nextStepsTitle: '下一步可以这样做：',
  adviceTitle: '先做什么：',
  estimate: (yuan: number, basis: string) => `估计每月约 ${yuan} 元。${basis}`,
  whyTitle: '为什么这样估计：',
  /** Each clause once, numbered; the wording itself on request. */
  clausesTitle: '依据的政策：',
  clausesHint: '想看哪一条的原文，就回复“原文”加编号，比如“原文 1”。',
  clausesPageHint: '点开每一条可以看原文。',
  clauseRef: (n: number, label: string) => `${n}. ${label}`,
  quoteTitle: (n: number) => `第 ${n} 条原文：`,
  quoteMissing: (count: number) =>
    `没有这一条。依据的政策共 ${count} 条，请回复“原文”加 1 到 ${count} 之间的编号；回复“为什么”可以再看一遍清单。`,
  quoteNoResult: '还没有评估结果。先回答完问题，再回复“为什么”看依据。',
  whyAsked: '为什么问这个：',
  unsupported: '我现在只能看懂文字。请直接打字回答，或者回复“人工”。',
  voiceUnrecognised: '抱歉，没听清你的语音。请打字回答，或者回复“人工”联系工作人员。',
  tooLong: '你发的内容太长了，请用一两句话回答这个问题。',
} as const;
