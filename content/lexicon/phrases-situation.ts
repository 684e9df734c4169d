/**
 * Phrase lists the reader needs for the rest of a situation: dates, events, health, housing, commands
 * and the dialogue's cues.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const SITUATION_PHRASES = {
  /** Last year ("去年", 粤 "旧年", 晋南 "年时"): a date said in it falls in the year before this one. */
  lastYear: ['去年', '旧年', '上年', '年时'],
  /** Just before the New Year ("快过年", "年前"): the week before the festival named. */
  beforeNewYear: ['快过年', '年前', '过年前', '快到年'],
  /** Right after a month, its start ("九月初", "十月上旬", "月头"): about the 5th. */
  monthStart: ['初', '上旬', '头'],
  /** Right after a month, its middle ("十月中", "中旬"): about the 15th, unless an illness follows (中风). */
  monthMiddle: ['中旬', '中'],
  /** 中 starting an illness or harm, not the middle of a month ("中风", "中毒", "中暑"). */
  struckBy: ['中风', '中毒', '中暑'],
  /** Right after a month, its end ("九月底", 粤 "月尾", "下旬"): about the 25th. */
  monthEnd: ['底', '尾', '末', '下旬'],
  /** At sea, in a sentence telling someone gone missing ("出海", "渔船", 粤 "跟船"): lost at sea is an accident. */
  atSea: ['出海', '渔船', '打鱼', '捕鱼', '跟船', '落海', '海上'],
  /** Today, or just now ("今天", 粤 "今日", "头先"): the date is today's. */
  todayNow: ['今天', '今日', '今朝', '刚才', '刚刚', '头先', '今儿', '今个儿'],
  /** The day before yesterday ("前天", 粤 "前日", 晋南 "前儿个"). */
  dayBeforeYesterday: ['前天', '前日', '前儿个'],
  /** Yesterday ("昨天", 粤 "琴日", "寻日", "琴晚", 晋南 and northern "夜儿", "夜儿个", "昨儿"). */
  yesterday: ['昨天', '昨日', '琴日', '寻日', '尋日', '昨晚', '琴晚', '寻晚', '尋晚', '夜儿', '夜个', '昨儿'],
  /** A few days ago ("前几天", 粤 "呢几日"): about three days back. */
  fewDaysAgo: ['前几天', '前几日', '前两天', '这几天', '呢几日', '前些天'],
  /** Half a month ago ("半个月前", "半个月以前"): fifteen days back. */
  halfMonthAgo: ['半个月前', '半个月之前', '半个月以前'],
  /** This month ("这个月", "本月", 粤 "今个月", "呢个月"). */
  thisMonth: ['这个月', '本月', '今个月', '呢个月'],
  /** Half a year ago ("半年前"): six months back. */
  halfYearAgo: ['半年前', '半年之前'],
  /** Asking how to, or wanting to, right before getting a certificate ("怎么办残疾证", 粤 "点样申请"). */
  howOrWantTo: ['如何', '怎么', '怎样', '咋', '咋样', '点样', '想', '要', '去', '能否', '能不能', '可否', '可不可以'],
  /** Getting a certificate or a benefit ("办", "办理", "申请", "申领", "评"): after how/want, a question, not a fact. */
  applyFor: ['办', '办理', '申请', '申领', '评'],
  /** Illnesses that strike at once ("中风", "脑梗", "心梗", "急性…"): dated lately, an emergency. */
  suddenIllness: ['中风', '脑梗', '脑出血', '脑溢血', '心梗', '心肌梗', '急性'],
  /** Heart surgery said in place of the illness ("心脏搭桥"): dated like a sudden illness. */
  heartSurgery: ['搭桥', '搭了桥', '搭咗桥'],
  /**
   * Earning, right after an alone word ("就我一个人挣钱", 粤 "得我一个揾钱", "就俺一个在外头干"): the one
   * earner of a household, not someone living alone.
   */
  earningAfterAlone: [
    '挣钱',
    '赚钱',
    '揾钱',
    '搵钱',
    '揾食',
    '搵食',
    '挣',
    '赚',
    '养家',
    '养活',
    '打工',
    '上班',
    '返工',
    '做嘢',
    '做工',
    '干活',
    '有收入',
    '在外头干',
    '在外面干',
    '在外头打工',
    '在外面打工',
    '出去做',
    '出去打工',
    '喺外面做',
    // ("家里就俺一个劳力", 粤 "得佢一个劳动力": the one able to work, named as such.)
    '劳力',
    '劳动力',
    '壮劳力',
    '整劳力',
  ],
  /** Living, inside an alone word ("一个人住", "一个人过", "一个人生活"): the household, even in a question. */
  livingHow: ['住', '过', '生活'],
  /** Living alone in one written word ("母亲独居", "独自居住"): said of the person named before it, how they live. */
  livesAloneWord: ['独居', '独自居住', '单独居住', '寡居', '独住'],
  /** Right after "一个人", raising or keeping someone ("一个人带两个孩子", 粤 "一个人湊个仔"): not living alone. */
  raisingAlong: ['带', '带着', '拉扯', '养', '养着', '同', '跟', '湊', '凑'],
  /** Right after "一个人", how or must, before raising ("我一个人点养两个细路", "要带"): asked how, not alone. */
  howOrMust: ['点样', '点', '怎么', '咋', '怎样', '要', '得'],
  /** Raising or supporting a child ("带", "养", "拉扯", 粤 "湊", "供"), after how/must. */
  raiseChild: ['带', '养', '拉扯', '湊', '凑', '供'],
  /** A person or possessive mark after a place word ("农村人", "城里的", 粤 "农村嘅"): who one is. */
  personOrOf: ['人', '的', '嘅'],
  /** Words of a 户口 itself ("农业户口", "非农"): the 户口 said outright, not guessed from where one lives. */
  hukouWords: ['户口', '非农', '农业'],
  /** Who one is, rural ("村民", "农户", "农村"): in a call summary, a guess at the 户口. */
  ruralIdentity: ['民', '农户', '农村'],
  /** Parts of a disability word ("残", "盲", "瘫", "智力", "精神", "自闭"): disability itself, not a body part. */
  disabilityWords: ['残', '障', '盲', '聋', '哑', '瘫', '智', '精神', '多重', '傻', '痴呆', '脑瘫', '自闭'],
  /** The most severe grade said in words ("最严重嗰级", "最重的那种"): 一级. */
  gradeMostSevere: ['最严重', '最重', '最厉害', '最犀利', '顶重'],
  /** The lightest grade said in words ("最轻的", 粤 "最轻嗰种"): 四级. */
  gradeLightest: ['最轻', '顶轻'],
  /** A rank word after 第 and a number, for a grade ("第二等"). */
  gradeRank: ['等', '档'],
  /** The certificate itself ("证上写的…", 粤 "证写住…"): a number read off it, asked the grade, is the grade. */
  certificateSaid: ['证'],
  /** That one, before 一级 ("最轻的那一级", 粤 "嗰一级"): 一 counts the grade, it is not grade 1. */
  thatOne: ['那', '嗰', '这', '呢', '该'],
  /** The name of a disability category ("肢体", "视力", "智力"), followed by a grade ("肢体二级"). */
  disabilityCategory: ['肢体', '视力', '听力', '言语', '智力', '精神'],
  /** All, too ("父母都去世了", "也走了"): said of everyone named in the clause. */
  allToo: ['都', '也'],
  /** Both together ("车祸双亡", "均已去世"): everyone named, including those listed before. */
  bothOfThem: ['双亡', '双双', '均已', '均'],
  /** Now, said as a time ("现在", 粤 "而家", "依家"): after a past word, what holds today follows. */
  nowSaid: ['现在', '而家', '而今', '目前', '如今', '眼下', '依家', '宜家', '家阵'],
  /** Back to now after a past word ("原来是农村后来转了", 粤 "而家", "转咗"): the present again. */
  nowAgain: [
    '后来',
    '现在',
    '而家',
    '而今',
    '目前',
    '如今',
    '转',
    '转咗',
    '转了',
    '转成',
    '改',
    '改成',
    '改咗',
    '已经',
    '早就',
  ],
  /** A benefit or a business stopped ("取消", "停发", "撤销", "退出", "除名", "注销", "倒闭", "关"), before a done mark. */
  stopped: ['取消', '停发', '停', '撤销', '撤', '退出', '拿掉', '除名', '注销', '倒闭', '关'],
  /** A benefit stopped by others, done ("被取消了", "给停了", 粤 "俾人取消咗"): ended, past word or not (not "会不会被取消"). */
  stoppedByOthers: [
    '被取消了',
    '给取消了',
    '被停了',
    '给停了',
    '被停发了',
    '被撤销了',
    '被清退了',
    '俾人取消咗',
    '畀人取消咗',
    '俾人停咗',
    '畀人停咗',
  ],
  /** A done mark right after a verb ("了", 粤 "咗", "掉", "晒"): the action has happened. */
  doneMark: ['了', '咗', '掉', '晒', '咧', '嘞'],
  /**
   * Working, drawing pay or rent ("干", "做", "领", "收"), before how long ("做咗半年", "干了六个月", "收咗半年");
   * or paying it ("今年只给了三个月", 粤 "俾咗四个月"): a monthly figure covers only those months.
   */
  workedVerb: ['干', '做', '领', '上', '打', '返', '开', '拿', '攞', '收', '租', '给', '俾', '畀'],
  /** For half a year, after a work verb ("干了半年", "一年干半年", 晋南 "干个半年", 粤 "做咗半年"): six months of pay. */
  forHalfYear: ['了半年', '咗半年', '个半年', '半年'],
  /** Let property standing empty ("空咗", "租唔出", 晋南 "闲了", "没租出去"), before how long: no rent then. */
  /** Half a year, right after a word for standing empty ("空咗半年", "闲了半年", "空成半年"). */
  halfYearAfter: ['半年', '咗半年', '了半年', '成半年', '咗成半年', '了大半年', '咗大半年'],
  stoodEmpty: [
    '空咗',
    '空了',
    '空着',
    '空置',
    '丢空',
    '租唔出',
    '租不出去',
    '租不出',
    '冇人租',
    '没人租',
    '没租出去',
    '闲了',
    '闲置',
  ],
  /** The "not have" half of have-or-not ("有冇", "有没有", "有无"): a question, not a no. */
  haveNot: ['冇', '没', '没有', '无'],
  /** Have-or-not typed as one word ("有没有", "有冇"): what follows is asked about, not had. */
  haveOrNot: ['有没有', '有冇', '有无', '有没'],
  /** A word after a number that makes it a date ("十月", "十月份", "5号", "5日"), not an amount. */
  dateUnit: ['月', '月份', '号', '日'],
  /** What the agent told the caller ("已告知", "解释", "建议"): advice, not a fact about the household. */
  agentTold: ['告知', '解释', '答复', '建议', '介绍', '说明', '指引', '引导'],
  /** Right before a relative in a summary, with or alongside ("与母亲同住", "陪父亲"): the caller lives with them. */
  alongWith: ['与', '和', '跟', '同', '陪'],
  /** The caller's home has someone ("家有残疾闺女", "家里有个生病的儿子"): of the caller's own household. */
  homeHas: ['家有', '家里有', '家中有'],
  /** The caller's own home said right before the relative ("称家中儿子", 粤 "话屋企个仔"): of the caller's household. */
  saysOwnHome: ['称家中', '称家里', '说家中', '说家里', '称屋企', '话屋企', '讲屋企', '称其家中', '称自家'],
  /** I or my home, right before a spouse or child ("称俺家屋里的", "称我老婆"): the caller's own. */
  meOrMyHome: ['俺家', '我家', '俺', '我'],
  /** On someone's behalf ("替父亲咨询", "帮", "代", "为"): the caller asks for another. */
  onBehalf: ['替', '帮', '代', '为'],
  /** The caller reporting ("来电人称", "反映", "咨询", "求助", "替", "帮"): who is named next is who the call is about. */
  callerReports: ['来电', '称', '反映', '咨询', '求助', '为其', '替', '帮'],
  /** The caller themself ("本人", "自己", "来电人（女儿）"): the call is about the caller's household. */
  callerSelf: ['本人', '自己', '来电人（', '来电人('],
  /** Living with, before a person ("跟着她家过", "与来电人一家同住", 粤 "同佢"). */
  livingAlongWith: ['跟', '同', '和', '与', '跟着', '同着', '和着', '与着'],
  /** The caller, or someone the caller names ("他", "她", "我", "俺", 粤 "佢", "来电人"), after living with. */
  callerSide: ['他', '她', '我', '俺', '佢', '来电人'],
  /** The caller said or asked, before a colon ("来电人称：", "咨询：", 粤 "话："): who comes next is whom the call is about. */
  callerSaid: ['来电', '称', '反映', '话', '咨询', '询问', '问'],
  /** A household listed by its head ("户主李某", "其妻55", "其子"): its members, not someone called about. */
  householdListing: ['户主', '其妻', '其夫', '其子', '其女', '其老伴', '其爱人', '其丈夫', '其妻子'],
  /** The end of a programme's name that makes it its holder ("五保户", "低保户", "五保老人"). */
  statusHolder: ['户', '老人', '人员'],
  /** Right before a programme's name, asking what it is ("啥是特困", 粤 "咩系低保户"): no status held. */
  askingWhatIs: [
    '啥是',
    '啥叫',
    '什么是',
    '什么叫',
    '乜嘢系',
    '乜系',
    '咩系',
    '咩叫',
    '乜嘢叫',
    '甚是',
    '啥是个',
    '咩系个',
  ],
  /** Asking or wanting ("申请", "想", "能不能", "咋", 粤 "点样", "中不", "？"): a question, not a fact. */
  askingWords: [
    '申请',
    '想',
    '问',
    '咨询',
    '能',
    '可以',
    '办',
    '咋',
    '点样',
    '怎么',
    '吃上',
    '行不',
    '中不',
    '？',
    '?',
    '请求',
    '纳入',
    '要求',
    '希望',
  ],
  /** A status said not known, or only whether ("不清楚他有没有吃低保", 粤 "唔知有冇低保"): not a status either way. */
  statusUnknown: ['不清楚', '不知道', '不晓得', '唔知', '唔清楚', '有没有', '有冇', '是不是', '系唔系', '是否'],
  /** What ought to be ("不应该享受低保", 粤 "唔应该享受低保"): a judgement, not whether it is held. */
  oughtTo: ['应该', '应当', '不该', '理应'],
  /** A holder, right after a programme's bare name ("特困供养人员", "低保对象"): the status of the one named. */
  holderAfter: ['人员', '对象'],
  /** Got onto it already ("已经吃上", "去年就评上了"): a status held, though 吃上 also asks ("能吃上不"). */
  heldAlready: ['已经吃上', '已吃上', '早就吃上', '早吃上', '已经评上', '已评上', '已经纳入', '已纳入', '已经食上'],
  /** Land let out or left idle ("租出去", "包给别人", "流转", "荒着", "给人种"): what it brings is not farming. */
  landLetOut: ['租', '包', '流转', '荒', '给', '让'],
  /** Running a shop ("开了个店", "经营", "做生意", "挣", "利润"): what it brings in is business income. */
  runsBusiness: ['开', '经营', '做', '赚', '挣', '纯利', '利润', '生意'],
  /** At, before a place ("在西安", 粤 "喺广州"). */
  atPlace: ['在', '喺'],
  /** Settled somewhere ("成家", "住", "安家", "买了房", "定居"): lives there, not just goes there. */
  settledThere: ['成家', '住', '安家', '买了房', '定居'],
  /** The town part of a place ("市区", "城区", "市里", "城里"): still where someone lives apart. */
  townPart: ['市区', '城区', '市里', '城里'],
  /** In these parts, said as where kin are ("一仔一女都在本地", 粤 "都喺本地"): a place, though unnamed. */
  hereabouts: ['本地', '当地', '本市', '本县'],
  /** A town, said after 在/喺 as where someone is ("在<县>县城开饭馆", 粤 "喺市区开铺"). */
  inTown: ['县城', '市区', '城区', '城里', '市里'],
  /** The countryside or home village of a place named before it ("父母喺<城>乡下", "在<省>老家"). */
  villagePart: ['乡下', '老家', '农村', '乡下老家', '农村老家', '村里'],
  /** All of them, opening a clause ("都喺广州", "均在外地", "也在城里"): said of those just named. */
  allOfThem: ['都', '均', '也'],
  /** Already ("已", "已经"), before where someone is now. */
  already: ['已', '已经'],
  /** A worker, after a workplace ("工地工人", "厂里员工", "临工", "杂工"): the place is where they work. */
  workerWord: ['工人', '员工', '临工', '杂工'],
  /** A whole message asking to go back a step ("返回", "上一步", or /back tapped). */
  goBack: ['返回', '上一步', '上一题', '后退', '/back'],
  /** A whole message asking to start over ("重新开始", "重来", or /restart, /start). */
  startOver: ['重新开始', '重来', '重新评估', '/restart', '/start'],
  /** A whole message asking how to use the service ("帮助", "怎么用", "？", or /help). */
  askHelp: ['帮助', '怎么用', '/help', '?', '？'],
  /** A whole message asking a policy question ("政策", "问政策", or /policy). */
  askPolicy: ['政策', '政策问答', '问政策', '/policy'],
  /** A whole message asking for a person ("人工", "转人工", "找人", or /human). */
  askHuman: ['人工', '转人工', '找人', '/human'],
  /** A whole message asking to send a request to the village committee ("申请", "联系村委会", or /apply). */
  askToApply: ['申请', '我要申请', '联系村委', '联系村委会', '转给村委会', '发给村委会', '/apply'],
  /** A whole message asking to delete one's information ("删除我的信息", "删除", or /delete). */
  deleteMine: ['删除我的信息', '删除信息', '删除', '/delete'],
  /** A whole message asking to see one's answers ("我的回答", "看回答", or /answers). */
  showAnswers: ['我的回答', '查看回答', '看回答', '/answers'],
  /** A whole message asking why, or for the legal basis ("为什么", "依据", "原文", or /why). */
  askWhy: ['为什么', '依据', '政策原文', '原文', '/why'],
  /** A whole message asking for the summary ("摘要", or /summary). */
  showSummary: ['摘要', '/summary'],
  /** A whole message stopping a request being filled in ("取消", "不申请", "不发了", or /cancel). */
  stopRequest: ['取消', '不申请', '不发了', '/cancel'],
  /** Why, the whole message ("为什么", "为啥", 粤 "点解"): asks why, even with a no in the same reading. */
  whyWord: ['为什么', '为啥', '点解'],
  /** A why ending in asking or telling ("为什么要问", 粤 "点解要讲"): the word right after it is what is asked about. */
  askVerb: ['问', '讲', '说', '答', '填'],
  /** Wanting to apply straight away, not to answer ("直接申请", "不想答", 粤 "唔想答"): a request, not a question. */
  skipToApply: ['直接申请', '唔想答', '不想答', '不想回答'],
  /** The whole reply says yes to "did I understand right?" ("1", "对", "是的", "嗯", 粤 "系", "啱"). */
  confirmYes: [
    '1',
    '对',
    '是',
    '是的',
    '对的',
    '对啊',
    '嗯',
    '没错',
    '冇错',
    '系',
    '係',
    '系啊',
    '啱',
    '就是',
    '是这样',
  ],
  /** The whole reply says no to "did I understand right?" ("2", "不对", "错了", 粤 "唔系", "讲错咗"). */
  confirmNo: ['2', '不对', '不是', '错了', '唔系', '唔啱', '唔对', '说错了', '讲错咗'],
  /** The whole reply confirms deleting one's information ("1", "确定", "确定删除", "是", "删除"). */
  confirmDelete: ['1', '确定', '确定删除', '是', '删除'],
  /** A reply starting with consent to send the request ("1", "同意", "好", "可以", "发吧"). */
  consentYes: ['1', '同意', '好', '可以', '是', '发', '发吧', '同意发送'],
  /** A reply starting with no consent ("2", "不同意", "不要", "不发", "算了"): the request is not sent. */
  consentNo: ['2', '不同意', '不', '不要', '不发', '算了'],
  /** The whole reply skips an optional step ("1", "跳过", "不填", "不用", "没有", "算了"). */
  skipStep: ['1', '跳过', '不填', '不用', '没有', '算了'],
  /** The whole reply sends the request as shown ("1", "确认", "确定", "发送", "确认发送"). */
  sendAsShown: ['1', '确认', '确定', '发送', '确认发送'],
  /** The whole reply asks to change the request before it is sent ("2", "修改", "改"). */
  changeFirst: ['2', '修改', '改'],
  /** The whole reply stops the request at its last step ("3", "取消", "不发了", "不发"). */
  dontSend: ['3', '取消', '不发了', '不发'],
  /** One's village is not in the list shown ("不在列表", "不在名单"). */
  notInList: ['不在列表', '不在名单'],
  /** A summary restating or correcting what was said ("后又称", "改口", "核实为", "实际上是", "其实"): the later figure stands. */
  restated: [
    '后又称',
    '又称',
    '后称',
    '改称',
    '改口',
    '更正为',
    '更正',
    '纠正为',
    '核实为',
    '经核实',
    '实际是',
    '实际为',
    '实际上是',
    '实际上为',
    '其实',
  ],
  /** Money earned, with no kind of its own ("收入", "挣", "赚", 粤 "揾", "攞"). */
  earned: ['收入', '挣', '赚', '揾', '攞'],
  /** Money received, with no kind of its own ("进账", "到手"). */
  received: ['进账', '到手'],
  /** A figure over a period ("每月", "一个月", "月入", "每年", "一天"): a flow, not a sum once. */
  perPeriod: ['每月', '每个月', '一个月', '月入', '每年', '一年', '年入', '每天', '一天'],
  /** Money of another kind than wages said before ("租", "补贴", "生前", "欠"): rent, a benefit, past, lost or owed. */
  otherMoneyKind: ['租', '金', '补', '生前', '以前', '之前', '原来', '过去', '曾', '偷', '盗', '花', '欠', '借', '交'],
  /** Words that say no illness outright ("身体好", "健康", "硬朗", "没病", "好手好脚"). */
  noIllness: ['身体', '健康', '硬朗', '病', '好手好脚'],
  /** Hedging good health ("还行", "还算硬朗", "也算", "凑合", "一般"): not a plain no illness. */
  hedgedHealth: ['还', '也算', '凑合', '一般'],
  /** First person, one or many, or my home ("俺", 晋南 "额", 粤 "我哋", "咱家"): not the applicant in the third person. */
  firstPerson: [
    '我',
    '俺',
    '本人',
    '自己',
    '我自己',
    '俺自己',
    '自家',
    '咱',
    '偶',
    '额',
    '我哋',
    '我们',
    '俺们',
    '咱们',
    '咱家',
    '俺家',
    '我家',
  ],
  /** Right after 我/俺, a place or "am" ("俺村", "我是协理员"): whose place, or who the writer is, not a member. */
  ownPlaceOrIs: ['村', '乡', '镇', '县', '组', '是'],
  /** Willing or letting, after a no ("不肯说", "不让我看", "不愿", "不敢"): a refusal, not a no to the question. */
  willingOrLetting: ['肯', '让', '愿', '敢'],
  /** Where something happened, before a place ("在", 粤 "喺", "到", "于"). */
  atOrTo: ['在', '喺', '到', '于'],
  /** Working or studying somewhere ("在深圳打工", 粤 "喺广州返工", "搵食"): where one works, not where the family lives. */
  workOrStudyThere: ['打工', '返工', '上班', '做工', '做嘢', '搵食', '干活', '读书', '上学', '上大学', '念书'],
  /** All of them are ("都是俺闺女", 粤 "两个都系孙"): one relation for every member asked about. */
  allAre: ['都系', '都係', '都是', '两个都'],
  /** A word for several of one kind ("子女", 粤 "仔女", "孙们"): one relation for every member asked about. */
  kinOfSeveral: ['子女', '儿女', '仔女', '孩子们', '娃们', '孙们', '孙子女', '孙仔女'],
  /** Only, just ("就俺老两口", 粤 "得我哋两个"), before the speaker: nobody else. */
  onlyJust: ['得', '就', '只有', '只'],
  /** I or we, after only ("只有我", "就俺", "只咱"). */
  meUs: ['我', '俺', '咱'],
  /** Schooling ("上学", "读书"): a cost for school, not for illness. */
  schooling: ['学', '书'],
  /** The end of a county-level name ("某某县", "某某市", "某某自治县", "某某街道"): left off in the short name. */
  countyLevelEnding: ['自治县', '区', '县', '市', '镇', '乡', '街道'],
  /** The end of a province-level name ("某某省", "某某自治区", "某某特别行政区"): left off in the short name. */
  provinceEnding: ['省', '市', '自治区', '特别行政区'],
  /** Last, before a week word ("上星期", "上个礼拜"). */
  lastWeekStart: ['上', '上个'],
  /** A week ("星期", "礼拜", "周"), after 上 or a number. */
  weekWord: ['星期', '礼拜', '周'],
  /** Half of this year, as how long pay came ("得上半年有", "下半年冇做"): six months. */
  halfOfTheYear: ['上半年', '下半年'],
  /** Months as a length, right after a number ("三个月", "四月"), before pay said by the month. */
  monthsLong: ['个月', '月'],
  /** What a mishap now brings ("这一下俩三月干不了活", 粤 "呢次三个月做唔到嘢"): a spell to come (spell-off.ts). */
  /** Unable to work, said after a count of months ("三个月干不了活"): a spell, not a job lost (spell-off.ts). */
  unableForSpell: ['干不了活', '做唔到嘢'],
  thisMishapNow: ['这一下', '这下子', '这一回', '这回', '这次', '呢次', '今次', '呢铺', '今铺'],
  /** The busy season (旺季, 忙季, 农忙), right before a count of months: how long the work lasts in a year. */
  busySeason: ['旺季', '忙季', '农忙', '忙时'],
  /**
   * A done or had mark after a work verb ("领了", 粤 "返咗", "领过", "做得" managed), before how many months;
   * or the measure word colloquial speech puts there ("一年也就干个七八个月").
   */
  doneOrHad: ['了', '咗', '过', '得', '个'],
  /** The end of a sentence ("。", "！", "？", "；"), past which how long pay lasted is not looked for. */
  sentenceEnd: ['。', '！', '？', '；', '!', '?', ';'],
  /**
   * A relative's own home said to be hard as well ("弟弟家里也困难", "女儿家也不宽裕", 粤 "个仔屋企都好紧"): the
   * hardship of their household, told to say they cannot help, not of the one the call is for.
   */
  theirHomeToo: ['家里也', '家也', '屋里也', '屋企都', '屋企亦', '家庭也', '自己家也', '自家也'],
  /** The name the 户籍 reform gave every booklet ("居民户口"), said as what a rural 户口 became: no kind of its own. */
  reformHukouName: ['居民户口', '居民户', '居民'],
  /** Struck by an illness, right before its name ("得了", 粤 "患咗", "患上"): it came on, not a standing one. */
  fellIllWith: ['得了', '得咗', '患了', '患咗', '患上', '得上', '得上了', '患上了'],
  /** "Only, but" opening a clause after one of managing ("就是看病没钱了", 粤 "不过好紧手"): a lack, not basic living gone. */
  onlyThatBut: ['就是', '只是', '不过', '但是', '但', '就系', '只系', '淨系'],
  /**
   * Where a cancer grew, said before a bare 癌 ("肺上长了癌") or earlier in the answer ("胰腺上长了东西，大夫说是癌",
   * 粤 "肝有事，医生话系癌"): the cancer is named by it.
   */
  cancerSite: [
    '胰腺',
    '乳腺',
    '甲状腺',
    '前列腺',
    '淋巴',
    '食道',
    '食管',
    '鼻咽',
    '子宫',
    '宫颈',
    '卵巢',
    '膀胱',
    '肺',
    '肝',
    '胃',
    '肠',
    '肾',
    '胆',
    '喉',
    '舌',
  ],
  /** What an acute illness left behind ("脑梗后遗症", "脑出血后遗症偏瘫"): a lasting state, said right after it. */
  illnessAftermath: ['后遗症'],
  /**
   * An illness said to be over ("胃癌…现在好了", 粤 "而家好返晒", "医好咗"): had once, not a 重病 now (the
   * 重特大疾病 of 低保 rules is one under treatment).
   */
  illnessCured: [
    '现在好了',
    '现在好啦',
    '已经好了',
    '早就好了',
    '治好了',
    '看好了',
    '好利索了',
    '痊愈',
    '康复了',
    '已经康复',
    '现在没事了',
    '而家好返',
    '已经好返',
    '好返晒',
    '医好咗',
    '医好了',
    '而家冇事',
  ],
  /** Asking back whether something counts ("算不算", 粤 "算唔算", "这个也算收入？", "算吗"): a question about the question. */
  asksIfCounts: ['算不算', '算唔算', '也算', '都算', '算吗', '算嘛', '算唔', '计不计', '算是不是', '算係唔係'],
  /** The illness said to be on the local list ("尿毒症在里头哩", 粤 "医生话喺入面"): a yes to "is it on the list?". */
  onLocalList: ['在里头', '在里面', '在里边', '在上头', '在上面', '在名单上', '在名单里', '喺入面', '喺里面', '喺上面'],
  /** …and said not to be ("不在里头", 粤 "唔喺入面"). */
  offLocalList: [
    '不在里头',
    '不在里面',
    '不在里边',
    '不在上头',
    '不在上面',
    '没在里头',
    '没在里面',
    '没在上面',
    '唔喺入面',
    '唔喺里面',
    '唔喺里头',
    '唔喺上面',
    '冇喺入面',
    '冇喺里面',
  ],
  /** Asking whether it counts, as a question ("算不算", 粤 "算唔算", "算吗"), not "村里说癌症都算". */
  countsOrNot: ['算不算', '算唔算', '算吗', '算嘛', '计不计', '算是不是', '算係唔係', '算系唔系'],
  /**
   * The one the family lives on ("丈夫是家里顶梁柱", 粤 "老公系屋企唯一揾钱嘅人", "屋企一直靠老公打鱼"): in a
   * summary telling of an emergency, that earner struck means basic living is severely hit.
   */
  /**
   * One of the homes counted, by its measure word ("两间屋，一间自己住，一间租出去", "一套自己住"): 自己住 after
   * it is the family's own use of that home, not living alone.
   */
  oneOfTheHomes: ['一间', '一套', '一处', '一栋', '一幢', '一座', '一层'],
  /** An income word that names its own month ("每月租金", "月工资", "月薪"): the amount is by the month. */
  monthlyWord: ['每月', '每个月', '月'],
  /**
   * Staying at someone else's home ("住在他侄子家", 粤 "住喺朋友度"): said right before the person whose home
   * it is (lodging-elsewhere.ts).
   */
  lodgeAt: ['住在', '住喺', '住到', '寄住在', '寄住喺', '挤在', '挤喺'],
  /** Whose home, right after the person ("侄子家", "朋友度", "亲戚屋企", "舅舅那里"). */
  homeOf: ['家', '屋企', '度', '那', '处', '嗰度', '屋'],
  /** A time to come ("等我六十岁…", "将来…", 粤 "到时…"): what follows is a worry, not so now (said-of-later.ts). */
  whenLater: [
    '等我',
    '等佢',
    '等他',
    '等她',
    '等到',
    '等老了',
    '到时候',
    '到时',
    '将来',
    '日后',
    '老了以后',
    '老咗之后',
  ],
  /** Even the basics had to be borrowed ("连买米都要问人借", "连药钱都是赊的"): what 连…都 says after it. */
  evenBorrowed: ['借', '赊'],
  breadwinner: [
    '经济支柱',
    '顶梁柱',
    '唯一收入',
    '唯一的收入',
    '唯一嘅收入',
    '唯一揾钱',
    // (The one able to work: "弟弟是家里唯一劳力", 粤 "佢系屋企唯一劳动力".)
    '唯一劳力',
    '唯一的劳力',
    '唯一劳动力',
    '唯一的劳动力',
    '唯一嘅劳动力',
    '唯一挣钱',
    '唯一赚钱',
    '是家里主要收入',
    '是家里的主要收入',
    '是家中主要收入',
    '系家中主要收入',
    '系屋企主要收入',
    '系屋企嘅主要收入',
    '一直靠老公',
    '一直靠丈夫',
    '一直靠男人',
    '全靠老公',
    '全靠丈夫',
    '全靠男人',
    '全靠佢老公',
    // (The family living on him or her, said by pronoun: "家里就靠他打工", 粤 "成头家全靠佢".)
    '家里就靠他',
    '家里全靠他',
    '家里就靠她',
    '家里全靠她',
    '全家就靠他',
    '全家全靠他',
    '全家就靠她',
    '一家人就靠他',
    '一家人全靠他',
    '屋企就靠佢',
    '屋企全靠佢',
    '成头家靠佢',
    '成头家全靠佢',
    '成家人靠佢',
    // (The family's income said to rest on him or her: "家庭收入主要靠他", 粤 "屋企收入全靠佢".)
    '收入主要靠他',
    '收入主要靠她',
    '收入主要靠佢',
    '收入全靠他',
    '收入全靠她',
    '收入全靠佢',
    // (The one who earned, struck, now unable to earn at all: "现在活也干不成了", 粤 "而家开唔到工".)
    '活也干不成了',
    '活都干不成了',
    '啥活也干不成了',
    '现在干不了活了',
    '现在活也干不了',
    '而家开唔到工',
    '而家做唔到工',
    '而家冇得开工',
    '呢个月开唔到工',
    '呢排开唔到工',
    '这个月开不了工',
    '这个月干不了活',
    // (The earner's pay or trade stopped by it: "原来月工资七千多，现在停发", "出事后已停业".)
    '现在停发',
    '工资停发',
    '工资也停了',
    '人工冇得出',
    '出事后已停业',
    '出事后停业',
    '已经停业',
    '已停业',
    '停咗业',
    // (What the family lives by named as such, then lost: "条船系成家人嘅饭碗", "铺子是全家收入来源".)
    '全家收入来源',
    '全家的收入来源',
    '全家人的收入来源',
    '家里的收入来源',
    '一家人的收入来源',
    '屋企收入来源',
    '屋企嘅收入来源',
    '成家人嘅收入来源',
    '全家的饭碗',
    '全家人的饭碗',
    '一家人的饭碗',
    '成家人嘅饭碗',
    '成头家嘅饭碗',
    '屋企嘅饭碗',
    // (The earner hurt, the work stopped: "现在没得做了", 粤 "而家冇得做".)
    '而家冇得做',
    '现在没得做',
  ],
  /**
   * The home gone whole, said in the clause of a house ("房屋全毁", "房子烧光了", 粤 "间屋烧晒"): with a fire or
   * a disaster, basic living is severely hit (home-lost.ts). (Not a part of it: "二楼全部烧毁", "后墙塌了".)
   */
  homeLost: [
    '全毁',
    '全部毁了',
    '全烧了',
    '都烧了',
    '全部烧了',
    '烧光',
    '烧晒',
    '烧没了',
    '烧成平地',
    '夷为平地',
    '全塌了',
    '塌晒',
    // (Burnt down, said right after the house: "房屋烧毁", "两间瓦房烧塌"; not "二楼全部烧毁", "烧毁偏房".)
    '房烧毁',
    '屋烧毁',
    '房子烧毁',
    '房被烧毁',
    '屋被烧毁',
    '房烧塌',
    '屋烧塌',
    '房子烧塌',
  ],
  /**
   * Nothing left but the clothes worn ("仅剩身上衣服", 粤 "净低身上件衫"): with a fire or a disaster, all the
   * family had is gone, so basic living is severely hit (place-hardship.ts).
   */
  /** A shelter the authorities put a family in after a disaster ("搬去村委临时安置点", "住喺安置点"): the home is lost to them. */
  shelterGiven: [
    '安置点',
    '临时安置',
    '集中安置',
    '救灾帐篷',
    '避险点',
    '避灾点',
    // (The family under a temple's roof: "一家人挤喺祠堂".)
    '挤在祠堂',
    '挤喺祠堂',
    '住在祠堂',
    '住喺祠堂',
    '暂住祠堂',
  ],
  leftWithNothing: ['仅剩身上', '只剩身上', '只剩下身上', '净低身上', '净返身上', '剩低身上', '仅剩一身', '只剩一身'],
  /** A room or outbuilding, not the home ("厨房", 晋南 "灶房", "柴房", "库房"): lost, the family still has the home. */
  partOfHome: ['厨房', '灶房', '柴房', '库房', '仓房', '杂物房', '工具房', '柴屋', '杂物屋', '厨房间'],
  /** While they were alive ("生前做泥水", "在世时跑运输"): what one who has died used to earn. */
  whileAlive: ['生前', '在世时', '在生时', '在生嗰阵'],
  /** A comma inside a sentence ("，", "、", ","): the clause after it goes on with the one before. */
  clauseComma: ['，', '、', ','],
  /** A question word right after 是 ("是多少", "是啥", 粤 "係几多", "系咩"): a copula inside a question, not an answer yes. */
  askedWhatAfterIs: ['多少', '几多', '啥', '什么', '甚么', '咩', '乜', '几', '哪', '边', '怎么', '咋'],
  /** The copula said as a yes ("是", 粤 "係", "系"): before a question word, part of the question. */
  copulaIs: ['是', '係', '系', '是的', '係呀'],
  /**
   * Something befell someone, named only so ("出事", "出咗事"), pay held back ("拖欠", "拖粮"), or a boat or a
   * machine broken ("船坏咗"): outside the
   * emergency question, the one already told, not a new emergency.
   */
  befellPlainly: [
    '出事',
    '出咗事',
    '出了事',
    '出左事',
    '出事咗',
    '出事了',
    '出事故',
    '出咗事故',
    '出了事故',
    '事故',
    '拖欠',
    '老拖欠',
    '拖粮',
    '拖人工',
    '拖工钱',
    '船坏咗',
    '船坏了',
    '船烂咗',
    '船整坏',
    '机器坏咗',
    '机器坏了',
    '车坏咗',
    '车坏了',
  ],
  /** Gone, said of a thing named next or before ("没了收入来源", "鸡场也没了", 粤 "冇咗份工"): lost, not a death. */
  lostSomething: ['没了', '冇咗', '没有了', '冇晒', '没啦', '也没了', '都没了', '也冇咗', '都冇咗'],
  /** Riding or driving, just before a vehicle ("骑电三轮", 粤 "揸电单车", "开车", "坐摩托"). */
  rideVerb: ['骑', '揸', '开', '坐', '搭'],
  /**
   * A no leaned to after not knowing ("唔知佢哋系唔系，应该唔系", "不清楚，应该不是"): the answer given,
   * said back — not the not-knowing ("不知道评上没" stays not known).
   */
  leanNo: [
    '应该唔系',
    '应该都唔系',
    '应该不是',
    '应该都不是',
    '应该冇',
    '应该没有',
    '可能唔系',
    '可能不是',
    '估计唔系',
    '估计不是',
    '怕是不是',
  ],
} as const satisfies Record<string, readonly string[]>;
