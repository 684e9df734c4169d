/**
 * The words the link page says itself, apart from the dialogue (whose words live in bot/messages/):
 * refusals, notices and the request banner. Plain Simplified Chinese in short sentences: families
 * read these on a phone, many of them elderly.
 */
export const L = {
  title: '兜底助手 · 救助评估',
  notFound: '这个链接无效或已经过期。请向村（居）委会要一个新的链接，或拨打 12345 政务服务热线。',
  notFoundTitle: '链接无效',
  tooLarge: '你发的内容太长了，请回到上一页，用一两句话回答。',
  badForm: '没能读懂提交的内容，请回到上一页重新回答。',
  /** A form for a step the dialogue has already left (a double tap, a second tab, the back button). */
  stale: '这一步已经回答过了，下面是现在的问题。',
  /** A POST without this browser's cookie and token, or sent from another website. */
  refused: '这次提交没有记下。可能是页面放得太久了，也可能不是从这个网站打开的。请点下面重新打开链接，再回答一次。',
  refusedTitle: '没有记下',
  reopen: '重新打开链接',
  tooMany:
    '现在从你这里开始的评估太多了，请过几分钟再试。\n着急的话，可以拨打 12345 政务服务热线，或者直接找村（居）委会。',
  tooManyTitle: '请稍后再试',
  /** Under a request's progress: the number is how the family finds it again without this page. */
  keepNumber: '请记下申请编号。换了手机或清除了浏览记录，这里就看不到进展了，可以带着编号去问村（居）委会。',
  footer: (village: string) =>
    `这个链接由${village}提供。结果只是估计，最终以乡镇（街道）和民政部门审核为准。身份证号不是必填的。`,
  villageFallback: (code: string) => `村（社区）${code}`,
  /** Above the notes staff marked for the resident. */
  notesTitle: '工作人员给你的留言（最新的在前面）：',
  followUpAnswered: (answer: string) => `你的回访回答：${answer}。谢谢！`,
  hotline: '12345 政务服务热线',
  answerLabel: '你的回答',
  answerPlaceholder: '在这里打字回答',
  send: '发送',
  /** Sends the boxes ticked on a several-choice question. */
  picked: '选好了，下一步',
} as const;
