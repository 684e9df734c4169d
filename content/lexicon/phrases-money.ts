/**
 * Phrase lists the reader needs for numbers and money: amounts, periods, who earns and who pays.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const MONEY_PHRASES = {
  /** Work done for others, opening a word for paid work ("给人放羊", "帮人看门", 粤 "帮人睇牛"): they pay for it. */
  workForOthers: ['给人', '帮人', '替人', '给村里', '给别人', '帮别人', '同人'],
  /** Who pays without being kin ("厂里给了一万", "对方赔咗两万"): an employer, the other party of an accident, an insurer. */
  payerNotKin: [
    '老板',
    '包工头',
    '工头',
    '船主',
    '肇事',
    '对方',
    '司机',
    '厂里',
    '厂方',
    '单位',
    '公司',
    '保险',
    '雇主',
    '矿上',
    '矿方',
    '东家',
    // (The owner of the house worked on, 晋南 "主家", 粤 "屋主": who hired the one hurt.)
    '房主',
    '屋主',
    '主家',
    '业主',
    '工地',
    '工地上',
    '项目部',
    '厂长',
    '经理',
  ],
  /** Right after a number, a floor of a building ("住六楼", "从五层跌落"), not money or people. */
  floorOf: ['楼', '层'],
  /** 楼 as a building rather than a floor ("两栋楼房", "三楼宇"). */
  buildingWord: ['楼房', '楼宇'],
  /** After an age, a bound in a rule someone quotes ("七十岁以上", "六十往上"), nobody's age. */
  ageBound: ['以上', '以下', '以内', '往上'],
  /** Between a person and their age, words that say nothing of their own ("俺今年62", "佢都係七十几"). */
  ageLeadIn: ['都', '也', '已经', '今年', '今年个', '都系', '都是', '都係'],
  /** What may close a clause after an age ("七十三了", "八十岁", 粤 "六十喇", "七十啦"). */
  ageTail: ['了', '岁', '啦', '喇'],
  /** Not yet having reached an age ("未够六十五", "没满六十"). */
  notYetReached: ['未够', '没满', '未满', '不满'],
  /** Before a number, a threshold reached or not ("没到六十", "满七十", 粤 "冇到", "唔到"): no age, no money. */
  ageThreshold: ['到', '满', '过', '够', '超过', '未满', '不满', '没到', '冇到', '唔到'],
  /** Before 满 and a number, reaching that age now ("刚满六十", "今年满", "已经满", "才满"). */
  reachedNow: ['刚', '今年', '已经', '才'],
  /** The speaker's own, opening a kin word ("我爸", 北 "俺娘"). */
  myOwn: ['我', '俺'],
  /** The counter for heads after 个 or a number ("三个人", "四口人"). */
  headCounter: ['人', '口'],
  /** Right before a count, the household ("家里4口人", 粤 "屋企三个", "就得两个", "一户三人"): the count is its size. */
  householdLeadIn: ['家里', '屋里', '一家', '屋企', '就', '得', '只有', '全家', '我家', '俺家', '家中', '一户'],
  /** A word for home or household inside a word before a count ("我家", "屋企", "一户"). */
  homeWord: ['家', '屋企', '户'],
  /** Brothers and sisters as one group before a count ("姐弟三人", "兄弟两个"). */
  siblingGroup: ['姐弟', '兄弟', '姐妹', '兄妹', '弟兄', '姊妹'],
  /** A day as the unit after a number ("一天一百五", 粤 "十日"). */
  dayWord: ['天', '日'],
  /** Hours counted after a number ("八十个钟头", 粤 "八十个钟"): the hours worked at a rate by the hour. */
  hourWord: ['个钟头', '个钟', '个小时', '小时', '钟头', '个钟点'],
  /** One more of a thing, right before it ("城里还有一套", 粤 "仲有", "另外"). */
  oneMore: ['还有', '仲有', '另外', '还'],
  /** After 部 or 台, what makes it no vehicle: "一部分" (a part), "一台手术" (an operation). */
  notAVehicle: ['分', '手术'],
  /** A unit of money right after a number ("七万块", "四十万", 粤 "五百蚊"). */
  moneyUnit: ['块钱', '块', '元', '蚊', '万块', '万元', '万'],
  /** Things a price is said of ("七万块的车", "四十万嘅楼"): what something is worth, not money coming in. */
  propertyWorth: ['车', '房', '楼', '屋', '铺'],
  /** Worth, right before a number ("值一万几", "价值三万", "估值五万"): what a thing is worth, not money had. */
  worthWord: ['值', '价值', '估值', '市值', '值约', '值大概', '值大约'],
  /** Paying in, right before a sum ("一年交一万多", "每月缴五百", 粤 "交咗"): money going out. */
  paysIn: ['交', '缴', '交了', '缴了', '交咗', '要交', '得交'],
  /** Social insurance paid by oneself ("灵活就业社保", "养老保险", 粤 "自己供社保"). */
  socialInsurance: ['社保', '养老保险', '医保', '灵活就业'],
  /** Inside a word for what remains, left over ("剩下", 粤 "得番", "得返"). */
  leftOver: ['剩', '得番', '得返'],
  /** Now, or still there, before savings ("现在就剩", 粤 "而家", "仲有", "净番"). */
  nowStill: ['现在', '而家', '而今', '目前', '仲有', '还有', '得番', '净番'],
  /** Must still pay, right before a cost ("一日要几千", 粤 "仲要", "还要"). */
  mustPay: ['要', '仲要', '还要'],
  /** Compensation paid, ending what comes before the sum ("赔了40万", 粤 "赔咗", "赔偿了", "赔付了"). */
  compensated: [
    '赔',
    '赔了',
    '赔咗',
    '赔偿',
    '赔偿了',
    '赔偿咗',
    '赔付',
    '赔付了',
    '赔偿款',
    '赔偿金',
    '赔款',
    '赔偿费',
  ],
  /** A death or an accident ("在矿上出事没了", "摔死", 粤 "过身", "走咗"): compensation after it is received. */
  deathOrAccident: [
    '去世',
    '身亡',
    '死亡',
    '跌死',
    '摔死',
    '砸死',
    '压死',
    '淹死',
    '浸死',
    '溺死',
    '病死',
    '没了',
    '过身',
    '出事',
    '撞',
    '意外',
    '失踪',
    '冇咗',
    '走咗',
  ],
  /** "To", between two sums of one range ("两万到三万", "5000-6000", "至"). */
  rangeTo: ['到', '至', '-', '~', '～'],
  /** A whole year named ("今年", "去年", 粤 "旧年", "全年"): a sum in the same stretch is the year's. */
  yearNamed: ['今年', '去年', '旧年', '全年', '年景', '年成'],
  /** Done, at the end of a verb ("俾了", 粤 "俾咗"): a sum paid once. */
  done: ['了', '咗'],
  /**
   * Right after a sum someone paid, that they wash their hands of it ("只给三千就不管了", 粤 "畀咗五千就唔理",
   * "赔两万了事"): a sum paid once, not a monthly figure.
   */
  paidOffAfter: [
    '就不管了',
    '就不管',
    '就不再管',
    '就撒手不管',
    '就没人管了',
    '就不理了',
    '就唔理',
    '就冇再理',
    '就唔再理',
    '了事',
    '打发了',
  ],
  /** Paid out of one's own pocket ("自己掏", "自费", 粤 "自己畀", "掏咗"), right before a sum. */
  outOfPocket: [
    '自己掏',
    '自费',
    '自己出',
    '自己畀',
    '自己俾',
    '掏',
    '自己出咗',
    '出咗',
    '掏咗',
    '自己掏咗',
    '自掏',
    '自掏腰包',
    '掏了',
    '自己掏了',
    '自己出了',
    '自付',
    '自付了',
    '自己付',
    '自付约',
    '自付咗',
    '自己垫付',
    '自己垫付了',
    '自己垫付咗',
    '自己垫付约',
    '自己垫咗',
  ],
  /** Added to money said before ("还有", 粤 "仲有", "加上", "同埋"): another sum, not the same one again. */
  alsoAdded: ['还有', '仲有', '另外', '加上', '同埋'],
  /** The sum said not known or not reckonable (not merely that it varies, 唔定, 不固定). */
  sumNotKnown: [
    '不好说',
    '难说',
    '唔计得清',
    '计唔清',
    '算不清',
    '说不清',
    '不知道',
    '不晓得',
    '唔知',
    '不清楚',
    '唔清楚',
    '没算过',
    '冇计过',
  ],
  /** Right before a figure, one of two or more people ("一个两百三一个两百一", "一个一百五 一个一百八"). */
  oneOfThem: ['一个', '一位'],
  /** A child's upkeep ("抚养费", "抚养"): money a child receives, not support given to the family. */
  childUpkeep: ['抚养'],
  /** Money as what is withheld ("不给钱", "一分都冇畀", "冇畀抚养费", 粤 "一蚊都唔俾"): a no to giving money. */
  moneyWithheld: ['钱', '抚养费', '赡养费', '生活费', '一分', '一蚊', '一个仙'],
  /** A giving verb inside a word ("不给钱", "唔畀钱"): a no to support that is about giving, not caring. */
  giveVerb: ['给', '畀', '俾'],
  /** Now and then, no period ("偶尔给个几百", 粤 "间中", "有时畀", "唔定时"). */
  nowAndThen: ['偶尔', '间中', '有时', '不定时', '唔定时', '不固定', '唔固定', '没个准数'],
  /** One crop season as a word ("一季落三千", "每季"). */
  eachSeason: ['一季', '每季'],
  /** An old couple ("老两口", 粤 "两公婆", "夫妇", "二老"). */
  couple: ['两口', '两公婆', '夫妇', '夫妻', '俩口', '两老', '二老'],
  /** The two of them, right after a couple word ("夫妻二人", "老两口俩"). */
  theTwo: ['二人', '两人', '俩'],
  /** Said of the family only, after somebody else is named ("有人举报", "反映", "说", "称"): a report, not their own things. */
  reports: ['举报', '反映', '说', '称'],
  /** Their household, after someone else is named ("有人举报他家", 粤 "佢屋企"): the family spoken of. */
  theirHousehold: ['他家', '她家', '其家', '佢家', '他屋企', '她屋企', '其屋企', '佢屋企'],
  /** Before a job, one someone had ("以前在砖厂干活", "生前在镇上打工", "退休前"), not one they have. */
  formerly: [
    '以前',
    '之前',
    '原来',
    '原本',
    '生前',
    '过去',
    '从前',
    '曾经',
    '早年',
    '原先',
    '本来',
    '先前',
    '退休前',
    '病前',
    '患病前',
    '生病前',
    '出事前',
    '受伤前',
    '病之前',
    '出事之前',
  ],
  /** No, as a work order's whole field answer ("存款：无", "车：冇", "否"). */
  fieldNo: ['无', '没有', '没', '冇', '否'],
  /** Between a thing and the no after it ("存款也无", "屋就冇", "车都没有"). */
  thenAlso: ['就', '都', '也'],
  /** Also between a thing and the no after it ("车倒没有", "房是没有"). */
  ratherIs: ['倒', '是'],
  /** Right after a word for a vehicle, its driver ("货车司机", "小车师傅"): the other party's vehicle. */
  driver: ['司机', '师傅'],
  /** Before a vehicle, the other party of an accident ("被一辆小车", 粤 "俾架车", "同对方"). */
  byOtherParty: ['被', '俾', '畀', '同', '和', '跟', '与', '对方'],
  /** A counter for one vehicle ("一辆", "架", 粤 "一架"), between the other party and the vehicle. */
  vehicleCounter: ['一辆', '一架', '架', '辆'],
  /** Whose a vehicle is, before 的 ("公司的货车", "老板的车", "别人嘅车"): not the household's. */
  ownerNotFamily: ['公司', '单位', '老板', '厂里', '东家', '别人', '人家'],
  /** Living somewhere ("住自己楼", "居住"). */
  dwelling: ['住', '居'],
  /** Living somewhere not one's own ("租房住", "借住", "投靠亲戚", "住工地宿舍", "住院"): no own home. */
  notOwnHome: ['租', '借', '暂', '寄', '投靠', '旅馆', '宿舍', '工地', '朋友', '邻居', '亲戚', '院'],
  /** Right after a word for a house, rent or a yard or ward ("房租", "屋院"): not the home lived in. */
  rentOrYard: ['租', '院'],
  /** The family's home, before money ("屋企啲钱", "家里钱花光了", "家中"). */
  atHome: ['屋企', '家里', '家中'],
  /**
   * Savings as one word ("积蓄都用晒"). (Not 存款: "存款已花光" in a work order lists the family's assets, and
   * with wages still coming in, the writers do not take it as basic living gone.)
   */
  savings: ['积蓄'],
  /** Money carried on one ("身上啲钱", "随身带的钱"): what there is to live on right now. */
  onPerson: ['身上', '随身'],
  /** Inside a word for paid work, hands-on work ("打零工", "做泥水", "搬砖", "帮人"). */
  handsOnWork: ['工', '泥水', '搬砖', '帮人', '零活'],
  /** Farming in the same sentence ("种地", "耕田", "收成", "苹果", "花椒", "果园"); 养 is checked apart (养老 is not). */
  farming: ['种', '耕', '收成', '苹果', '花椒', '果园'],
  /** All or each of the people named ("都", formal "均"). */
  allOrEach: ['都', '均'],
  /** Respectively ("夫妻工资分别6000、3000"). */
  respectively: ['分别'],
  /** A count of people without a number word of its own ("两个都冇做嘢", "几个"). */
  someOfThem: ['两个', '几个'],
  /** Two people, opening a clause after a spouse was named ("两个人帮人做钟点", "二人打零工"): the couple. */
  twoOfUs: ['两个人', '两人', '二人', '两个都'],
  /** But, turning against what was said ("没有车，但是…", "不过", "可是"). */
  but: ['但', '不过', '可是'],
  /** Rent as the word for a sum ("房租", "租金", "月租"). */
  rentWord: ['房租', '租金', '月租'],
  /** Renting out, rent received ("收租", "出租", "租出去", 粤 "租畀人", "租给"). */
  /** Right before a firm's word, whose it is not ("保险公司", "对方公司", "肇事方公司"): an insurer or the other party. */
  firmOfOthers: ['保险', '对方', '肇事方', '车主'],
  /** Insurance not yet paid its share of a bill ("新农合还没报", "医保未结算", 粤 "医保仲未报"). */
  claimPending: [
    '还没报',
    '还没报销',
    '还未报销',
    '未报销',
    '没报销',
    '还没结算',
    '没结算',
    '未结算',
    '尚未结算',
    '尚未报销',
    '仲未报',
    '仲未结算',
    '未报得',
  ],
  /** Rooms for letting ("出租屋"): where tenants live, a rented home unless owned ("有两间出租屋"). */
  roomsToLet: ['出租屋'],
  /** Struck by a mishap, after rooms counted ("两间房烧完了", "三间房烧塌", 粤 "两间屋冲冧咗"): the home hit, not houses owned. */
  roomsStruck: ['烧', '塌', '倒', '毁', '冲', '埋', '淹', '进水', '冧'],
  rentedOut: ['收', '出租', '租出去', '租畀人', '租给', '租咗出去', '租了出去'],
  /** Other, besides ("其他", "别的", "此外", "除此", "其余", "以外"): a no that closes everything else. */
  otherBesides: ['其他', '其它', '别的', '此外', '除此', '其余', '另外', '以外', '除了', '再没收入', '再无收入'],
  /** A pension from work ("退休", "职工", "单位", "企业", "厂", "矿", "机关", "事业"), not the basic one. */
  workPension: ['退休', '职工', '单位', '企业', '厂', '矿', '机关', '事业'],
  /** A survivor's allowance out of a pension ("遗属补助"): wherever it is named, never the basic pension. */
  survivorPension: ['遗属'],
  /** Only a little, after 多 ("一万多啲", "三千多一点", 粤 "一啲"). */
  aLittle: ['啲', '点', '一点', '一啲'],
  /** The money itself, before where it is ("钱喺心抱度", 粤 "笔钱", "啲钱"). */
  theMoney: ['钱', '笔钱', '啲钱'],
  /** With someone, after 在 or 喺 and who ("钱喺心抱度", "在他手里", "在前夫那里"): held by them, not the household. */
  withSomeone: ['度', '手里', '手上', '那里', '那儿', '嗰度'],
  /** By, of something done to one ("被前夫拿走", 粤 "俾人攞走", "畀"). */
  doneBy: ['被', '俾', '畀'],
  /** Taken away ("拿走", "拿去", 粤 "攞走", "攞咗"). */
  takenAway: ['拿走', '攞走', '拿去', '攞咗'],
  /** Both of a pair, before 都 or 均 and work ("夫妻二人均上班", "两口子都打工", "俩都在工作"). */
  pairOfThem: ['夫妻', '两口子', '二人', '两人', '俩'],
  /** Working for pay ("上班", "打工", "工作", "务工"). */
  goingToWork: ['上班', '打工', '工作', '务工'],
  /** Earning or selling, right before 了/咗/到 ("卖了", "挣了", 粤 "攞咗", "落到", "得到"). */
  earnedBy: ['卖', '挣', '赚', '落', '收', '攞', '得'],
  /** Done or got, after earning ("卖了", 粤 "攞咗", "收到"). */
  doneOrGot: ['了', '咗', '到'],
  /** Only, after earning ("卖了也就七八千", "挣了个", "得咗才", "都"). */
  onlyThat: ['个', '也就', '就', '才', '也', '都'],
  /** Only, said a second time ("卖了个也就", "挣了个就"). */
  onlyAgain: ['也就', '就', '才'],
  /** "That", before a rough sum ("卖了就那个七八千"). */
  thatSum: ['那个'],
  /** Right after 报, a mark of it ("报销", 粤 "报咗", "报了", "报完"). */
  reimbursedMark: ['销', '咗', '了', '完'],
  /** A share paid back, after 报 ("报了一半", "报咗大半", "一大半"): half, or most (taken as six tenths). */
  halfOrMost: ['一半', '大半', '一大半'],
  /** This year, named before an amount ("今年差，得万几蚊", "这一年"): of good and bad years, the one asked about. */
  thisYear: ['今年', '这一年', '呢一年', '近一年'],
  /** Years other than this one ("往年", 晋南 "年时", "去年", 粤 "旧年"): what a year brought then. */
  otherYears: ['往年', '往常', '以往', '往时', '年时', '去年', '旧年', '上年', '前些年', '前几年', '前两年'],
  /**
   * This year said to have brought nothing, a few characters after 今年 ("今年冇收成", "今年基本冇收入",
   * "今年啥都没了", "今年连本都没收回来"): what another year brought is not this year's income.
   */
  thisYearNothing: [
    '冇收入',
    '没收入',
    '没有收入',
    '无收入',
    '冇收成',
    '没收成',
    '绝收',
    '失收',
    '颗粒无收',
    '啥都没了',
    '乜都冇',
    '一蚊都冇',
    '白干',
    '连本都没收回来',
    '连本都冇返',
  ],
  /** Gone, right after savings ("存款没了", 粤 "积蓄冇咗", "早就没了"): none left. */
  goneNow: [
    '没了',
    '冇咗',
    '冇晒',
    '没有了',
    '早就没了',
    '早没了',
    '都没了',
    '也没了',
    '全没了',
    '早就冇咗',
    '早冇咗',
    '都冇咗',
    '冇晒喇',
  ],
  /**
   * The family has no money ("屋企冇钱", "家里没钱"): no savings when a resident answers; in a call summary it
   * is said of what cannot be paid now ("屋企冇钱交医药费") and the savings are left to be asked.
   */
  homeNoMoney: ['屋企冇钱', '家里没钱', '家里冇钱', '家里没有钱', '屋企冇晒钱', '家里一点钱都没有'],
  /** Selling or earning, in a clause with a price per unit ("一亩卖五千", "一只落三十"): income, not worth. */
  earnsVerb: ['卖', '挣', '赚', '揾', '落', '收入', '收成', '纯收'],
  /** Money for old age by its everyday name ("养老钱"): from children if given, a pension if drawn. */
  oldAgeMoney: ['养老钱'],
  /** Drawing money due (领, 拿, 粤 攞), before what is drawn. */
  drawsMoney: ['领', '领取', '拿', '攞', '领的', '拿的'],
  /** A thing said to be the relative's own, not the household's ("是他自己的", 粤 "係佢自己嘅", "不算俺们的"). */
  theirOwnThing: [
    '他自己的',
    '她自己的',
    '人家自己的',
    '佢自己嘅',
    '佢自己的',
    '不算俺们的',
    '不算俺的',
    '不算我们的',
    '不算我的',
    '唔算我哋嘅',
    '唔算我嘅',
    '不是俺们的',
    '不是我们的',
    '唔系我哋嘅',
    '唔係我哋嘅',
  ],
  /** Sold off or scrapped, after a car is named ("卖了看病", 粤 "卖咗", "抵债", "撞报废了"): no longer the family's. */
  soldOff: ['卖了', '卖掉', '卖咗', '卖出去', '卖给', '卖畀', '卖俾', '变卖', '抵债', '抵咗债', '折价卖', '报废'],
  /** Someone's home, right after a relative lived with ("住我叔家", 粤 "住喺阿叔屋企"): theirs, not the family's. */
  kinHome: ['家', '屋企', '家里', '屋', '那里', '嗰度'],
  /** The state as the one who pays, right before 给/畀 ("国家给的", "政府畀嘅"): not support from relatives. */
  statePays: ['国家', '政府', '公家', '民政', '上面', '村里', '镇上', '社保'],
  /** Later on, before what a treatment will still cost ("后面还要好几万", 粤 "跟住仲要"): money not yet spent. */
  costAhead: ['后面', '后头', '后边', '往后', '以后', '接下来', '后续', '下一步', '将来', '日后', '跟住', '之后'],
  /** Asked to pay first, before the sum ("先交两万押金", 粤 "要先俾一万按金"): a deposit demanded, not yet paid. */
  demandedFirst: ['先交', '要交', '催交', '先俾', '先畀', '要俾', '要畀'],
  /** A deposit, right after the sum ("两万押金", 粤 "一万按金"). */
  depositAsked: ['押金', '按金'],
  /** Wages owed, before the sum ("拖欠工资三万", "欠薪"): money the worker has not had. */
  wagesOwed: ['拖欠', '欠薪', '欠工资', '欠咗人工', '欠人工', '工钱没给', '讨薪', '讨工钱'],
  /** Not received, after a sum ("三万多一分没拿到", 粤 "冇攞到"): money owed, not money had. */
  notReceived: [
    '没拿到',
    '冇拎到',
    '冇攞到',
    '未拿到',
    '没领到',
    '未领到',
    '没给',
    '冇畀',
    '冇俾',
    '未付',
    '没发',
    '冇发',
    '未发',
    '没结',
    '未结',
    '还没给',
    '至今未',
  ],
  /** Put in the bank, right after a sum ("得3万元，存在银行", 粤 "存咗落银行"): savings now. */
  bankedNow: [
    '存在银行',
    '存喺银行',
    '存咗银行',
    '存入银行',
    '存落银行',
    '存咗落银行',
    '存进银行',
    '存银行',
    // (Or in someone's name, "赔偿款八万存喺佢名下", 晋南 "存到娃名下": put by all the same.)
    '存喺',
    '存咗喺',
    '存到',
    '存进',
    '存入',
  ],
  /** Savings taken, before the sum ("被骗走全部积蓄", 粤 "俾人呃晒积蓄"): none left. */
  savingsTaken: [
    '被骗走',
    '被骗光',
    '骗走',
    '被骗了',
    '被人骗',
    '俾人呃',
    '畀人呃',
    '被偷走',
    '呃晒',
    '呃咗',
    '叫人骗走',
    '让人骗走',
    '叫人骗光',
    '被骗晒',
  ],
  /** Brought home from work away, right before a sum ("拿回来一万出头", 粤 "攞返嚟", "带返屋企"): a total earned, not a month's. */
  broughtHome: [
    '拿回来',
    '拿回家',
    '带回来',
    '带回家',
    '攞返嚟',
    '拎返嚟',
    '带返嚟',
    '攞返屋企',
    '拎返屋企',
    '带返屋企',
  ],
  /** A price by the room or flat let ("每间四百", "每套"): rent, by the month, not a harvest's yearly price. */
  rentUnit: ['每间', '每套'],
  /** Is, between a house and whose it is ("房子是俺哥的", 粤 "间屋系我细佬嘅"). */
  belongsTo: ['是', '系'],
  /** "It is a …", closing a clause after a thing ("瓦屋嚟嘅", "嚟㗎", "来的"): what the thing named before is. */
  itIsA: ['嚟嘅', '嚟㗎', '嚟', '来的'],
  /** Sometimes none, after a figure said for the good times ("有时千几蚊有时冇", "有时候没有"): from nothing up to it. */
  sometimesNone: ['有时冇', '有时没有', '有时没', '有时候冇', '有时候没有', '有时候没', '有阵冇', '有时无'],
  /** A month of the year right after its number ("六月", "八月份"), before 之后 in "六月之后冇做". */
  monthOfYear: ['月份', '月'],
  /** After a month of the year, from then on ("之后", "以后", "后"). */
  fromThenOn: ['之后', '以后', '后'],
  /** And a half, of months, right after a number ("三个半月", "两个半月"). */
  andHalfMonth: ['个半月'],
  /** No work in the months just counted ("冬天三个月不去", 粤 "三个半月冇得做", "没活", "歇着"). */
  noWorkThen: [
    '不去',
    '不出去',
    '冇得做',
    '冇工开',
    '冇嘢做',
    '唔做',
    '唔去',
    '没活',
    '没活干',
    '没得干',
    '不干',
    '干不了',
    '歇着',
    '歇',
    '休息',
    '停工',
    '停',
    '冇做',
    '没干',
  ],
  /** About, right before a sum after earning ("卖咗大概三千", "挣了差不多两万", "得咗约莫"). */
  aboutBefore: ['大概', '大约', '差不多', '估计', '约莫', '约摸', '估摸'],
  /** Only debts, asked what is saved ("只有欠债", "光欠人家的", 粤 "净系欠人钱"): nothing saved. */
  onlyDebt: [
    '只有欠债',
    '只有欠的',
    '只有外债',
    '光欠人家',
    '光是欠',
    '就是欠债',
    '净欠',
    '净系欠',
    '得返欠债',
    '剩低啲债',
  ],
  /** Spending that made the family poor ("看病把家看穷了", "拖垮了", 粤 "睇病睇到穷"): below the line because of it. */
  spentIntoPoverty: [
    '看穷',
    '花穷',
    '拖穷',
    '拖垮',
    '拖跨',
    '吃穷',
    '治穷',
    '睇穷',
    '睇到穷',
    '使到穷',
    '搞到穷',
    '掏空',
  ],
  /** Renting, right before what is let ("租咗间铺位出去", "租了两间房出去"): with 出去 after it, rent received. */
  rentVerbBefore: ['租', '租咗', '租了', '租过', '把'],
  /** Out, right after what is let ("…铺位出去", "…房出租"): the thing is let to others. */
  letOutAfter: ['出去', '出租', '租出去', '租畀人', '租给人', '俾人租', '畀人租', '给人租'],
  /** A month word right after a sum of money ("一千几个月", "八百个月"): by the month, as "一个月" would say. */
  perMonthWord: ['个月', '个月份'],
  /** "Only, just" right after a person and before a bare number ("她才五十八", 粤 "佢先五十九"): their age. */
  onlyJustAge: ['才', '先', '刚', '刚刚', '至', '只有', '仲係', '还不到', '不到', '未到', '冇到'],
  /** To others, right after a renting word ("租咗间屋畀人", "租间房给人"): the home is let, not rented in. */
  toOthersAfter: ['畀人', '俾人', '给人', '畀别人', '俾别人', '给别人', '给人家', '出去'],
  /** A renting verb ("租", "租咗", "租了"), then what is let, then to others ("租咗块地畀人种"): rent received. */
  /** Right after several people, each one's own household ("三个娃一家一年给500", "一户"). */
  eachHousehold: ['一家', '一户'],
  letVerb: ['租'],
  /** 租 as the money, not the verb ("交租金给人", "租钱"): nothing let. */
  rentAsMoney: ['租金', '租钱'],
  /** Changed to, right before a new rate ("降到六百", 粤 "减到", "加到"): the rate from some month on. */
  changedTo: ['降到', '减到', '涨到', '加到', '降为', '减为', '涨为', '降至', '减至', '变成', '改成', '调到', '跌到'],
  /** Right after a month, from then on ("五月开始", "五月份起"). */
  fromMonthOn: ['份开始', '份起', '开始', '起'],
  /** Right before a month, from ("从五月", "由五月", 粤 "由五月"). */
  fromMonth: ['从', '由', '自'],
  /** The closed fishing season ("休渔期", "禁渔", 粤 "封海"): with a no and no count, its usual months bring nothing. */
  fishingBan: ['休渔', '禁渔', '伏季休渔', '封海'],
  /** Lent as well, besides the savings said ("仲借咗一万畀个侄", "还借给俺兄弟五千", "另外借"): on top of them. */
  lentBesides: ['仲借', '还借', '另外借', '又借', '仲有借', '还有借'],
  /** A housing estate's name before a block number ("某小区3栋", "幸福花园5座"): an address, not houses owned. */
  estateBeforeBlock: ['小区', '花园', '大厦', '公寓', '家属院', '新村', '宿舍', '楼盘', '苑'],
  /** Earning, as one token ("挣", "赚", 粤 "揾"): with no kind of work named, a summary's figure is a wage. */
  earnVerb: ['挣', '赚', '揾'],
  /** A person's income or pay by the month, as one token ("月入", "月收入", "月薪"): after the person, a wage. */
  monthlyIncome: ['月入', '月收入', '月薪', '月工资'],
  /** A lump sum said to be put by ("给娃存着", "存起来", 粤 "存咗落银行"): savings held, not income (savings-kept-or-gone.ts). */
  keptAsSavings: [
    '存着',
    '存起来',
    '存了起来',
    '存银行',
    '存在银行',
    '存进银行',
    '存了定期',
    '存定期',
    '存喺银行',
    '存落银行',
    '存咗落',
    '存埋',
  ],
  /** Savings said to be gone ("积蓄全没了", "被骗光了", 粤 "俾人呃晒"): none left (savings-kept-or-gone.ts). */
  savingsGone: [
    '全没了',
    '全没啦',
    '都没了',
    '都没啦',
    '全没有了',
    '全都没了',
    '被骗光',
    '骗光了',
    '骗走了',
    '全被骗',
    '一分不剩',
    '一分都不剩',
    '冇晒',
    '呃晒',
    '骗晒',
    '全部冇咗',
  ],
} as const satisfies Record<string, readonly string[]>;
