/**
 * Phrase lists the reader needs for people: who is named, how they are related, who lives where.
 * Spread into PHRASES (./phrases.ts); one file per area so each list sits beside its neighbours.
 */
export const PEOPLE_PHRASES = {
  /** A speaker's own word for themself ("俺七十了", 晋南 "额", "偶"): the speaker, not a relative named before. */
  iMyself: ['我', '俺', '本人', '自己', '我自己', '俺自己', '自家', '咱', '偶', '额'],
  /** "Oneself" as a whole word ("来电人自己在侯马打工"): the person just named, in person. */
  oneself: ['自己', '本人', '自身'],
  /** A reflexive only ("自己", "自身", 晋南 "自家"): it goes back to the one named before, never names someone new. */
  reflexiveOnly: ['自己', '自身', '自家'],
  /** Relatives or friends as a body ("问亲戚借", "跟亲戚朋友借", "亲朋好友帮补"): not what one 他/她/佢 stands for. */
  kinAsABody: ['亲戚', '亲友', '亲朋', '亲朋好友', '亲戚朋友', '朋友', '街坊'],
  /** Unmarried, said between a child's age and the word for the child ("28岁未婚仔", "一个30岁未嫁女"). */
  unmarriedChild: ['未婚', '未嫁', '未娶'],
  /** A couple said not to be married ("没领证", "没扯结婚证", 粤 "冇扯证", "未登记结婚"): the partner is no spouse. */
  notMarried: [
    '没领证',
    '没有领证',
    '没领结婚证',
    '没扯证',
    '没扯结婚证',
    '没登记结婚',
    '没有登记结婚',
    '冇领证',
    '冇扯证',
    '冇扯结婚证',
    '冇攞结婚证',
    '冇登记结婚',
    '未领证',
    '未登记结婚',
    '唔系合法夫妻',
    '不是合法夫妻',
  ],
  /** I or we before a relative's word ("我老公", 粤 "我哋阿妈"): says whose relative, not who. */
  myOrOur: ['我', '俺', '我哋', '我们', '俺们'],
  /** We, the speaker among them ("我们兄弟三个", 粤 "我哋兄弟三个"): a group said with it counts the speaker. */
  weWord: ['我们', '俺们', '我哋', '咱们'],
  /** "My" taken off the front of a relative's word ("俺舅", "我的儿子", 粤 "个仔"): the bare word is left. */
  myBeforeKin: ['俺的', '我的', '俺', '我', '咱', '个'],
  /** Right after people, what they left behind ("住父母留的房子", 粤 "老豆留低嘅屋"): they are gone, not members. */
  leftBehind: ['留的', '留下', '留低', '遗留'],
  /** Not declared missing by a court ("未宣告失踪", "未申报宣告失踪", 粤 "未有宣告失踪", "冇去法院申请宣告失踪"). */
  notDeclaredMissing: [
    '未宣告失踪',
    '未有宣告失踪',
    '未申报宣告失踪',
    '未申请宣告失踪',
    '未经宣告失踪',
    '未被宣告失踪',
    '没有宣告失踪',
    '没宣告失踪',
    '没有申请宣告失踪',
    '没申请宣告失踪',
    '还没宣告失踪',
    '没走宣告失踪',
    '没去法院宣告失踪',
    '冇宣告失踪',
    '冇申请宣告失踪',
    '冇去法院申请宣告失踪',
    '都冇宣告失踪',
    '未办理宣告失踪',
  ],
  /**
   * A title said after a surname in a summary ("陈伯（70）", "蔡阿姨，65岁", 粤 "黎生（36）", "梁姨"): the person
   * named by it, read as 陈某 (titled-name.ts). Not 阿婆, 家婆 or 老婆: those are kin words of their own
   * (婆婆, 伯伯 after a surname are the title doubled: "关婆婆（约75岁）").
   */
  titleAfterSurname: ['阿姨', '阿伯', '伯', '生', '姨', '婆', '叔', '婶', '嫂', '婆婆', '伯伯'],
  /**
   * Common surnames, one character each, that can stand before such a title. (Left out: those that are
   * also words before 生, 婆 or 叔 — 公 as in 公婆, 花 as in 花生, 后 as in 后生, 老, 小, 大, 阿, 家, 外.)
   */
  surname: [
    ...('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金' +
      '韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔汤康易乔赖樊兰殷施洪温柴牛翟谷关阮岳卫畅裴冼麦伍'),
  ],
  /** A call summary's word for a party to the call ("本人女，38岁", "当事人"): a sex or age said next is theirs. */
  partyToCall: ['本人', '来电人', '诉求人', '当事人'],
  /** Before children counted, someone's own ("自己也有两个娃", 粤 "自己都有两个细路"): their own family. */
  ownFamilyLead: [
    '自己也有',
    '自己都有',
    '自己还有',
    '自己仲有',
    '自己有',
    '自己亦有',
    '自家也有',
    '自家还有',
    '自家有',
    '自个也有',
    '自个还有',
    '自个儿也有',
    '自个儿还有',
    // Their own home's children counted, or those they must keep ("自己家三个娃", "自己要养两个读书嘅仔").
    '自己家',
    '自己家有',
    '自己家还有',
    '自个儿家',
    '自己要养',
    '自己都要养',
    '自己仲要养',
  ],
  /** Things counted with 口 as people are ("两口鱼塘", "一口井", 晋南 "两口窑洞"): no household size. */
  countedByKou: ['鱼塘', '塘', '池塘', '井', '水井', '窑', '窑洞', '锅', '大锅', '缸', '水缸', '棺材'],
  /**
   * A clause opening on these, right after a grown child or sibling was spoken of ("儿子在城里打工，有两个娃",
   * 粤 "个仔喺市区做嘢，已结婚有两个细路"): the children counted next are that relative's own.
   */
  relativesKidsLead: ['有', '也有', '都有', '亦有', '已婚有', '已结婚有', '结婚有', '已成家有', '成家有', '结咗婚有'],
  /** The same in the relative's own home ("家中有三个小孩读书", "自家还有俩娃", 粤 "佢屋企有两个细路"). */
  relativesHomeKidsLead: ['家中有', '自家有', '自家还有', '自己家有', '他家有', '她家有', '佢屋企有', '佢屋企都有'],
  /**
   * The caller by their title in a work order ("来电人", "诉求人", "求助人"): named again after the call
   * turned to someone else, the caller.
   */
  callerTitle: ['来电', '诉求人', '求助人'],
  /** An old man by the word a work order uses of him, which in 晋南 is also a husband ("老汉（88）一人生活"). */
  oldManWord: ['老汉', '老汉子'],
  /** Grandparent words an old person is called by, and in 粤 calls herself ("阿婆同两个孙", "阿嫲"). */
  grannyGrandpa: ['阿婆', '阿公', '阿嫲', '阿爷', '婆婆', '公公', '阿嬷'],
  /** The caller saying they are a grandchild ("来电人系孙女"): the old person named is not the caller. */
  callerIsGrandchild: ['来电系孙', '来电是孙', '来电称是孙', '来电人系孙', '来电人是孙', '来电人称是孙'],
  /**
   * Before an old person named first in a summary, a word showing a caller or speaker came first
   * ("来电人反映阿嫲…", "我阿婆", "代孙问"): then she is not the one speaking.
   */
  speakerBefore: [
    '来电',
    '反映',
    '称',
    '话',
    '讲',
    '问',
    '本人',
    '自己',
    '我',
    '俺',
    '佢',
    '孙',
    '其',
    '代',
    '帮',
    '为',
  ],
  /** Right before who they speak of, the caller saying it ("来电人称…", "来电人自己", 粤 "来电人话"): the caller. */
  callerSaying: [
    '来电',
    '来电人',
    '来电称',
    '来电说',
    '来电话',
    '来电讲',
    '来电表示',
    '来电人称',
    '来电人说',
    '来电人话',
    '来电人讲',
    '来电人表示',
  ],
  /** Right before a relative's word, the caller said to be that relative ("来电人系仔", "来电人（女儿）"). */
  callerIsKin: [
    '来电人（',
    '来电人(',
    '来电人是',
    '来电人系',
    '来电人称是',
    '来电人称系',
    '来电人说是',
    '来电人说系',
    '来电人话是',
    '来电人话系',
  ],
  /** Right after someone asked for ("代女儿咨询", "阿妈代个女问"): the request is theirs. */
  askingFor: ['咨询', '问', '申请', '求助', '打听', '了解', '反映', '来电'],
  /** Asking or helping for another, before whom it is for ("帮村里阿伯问下", "替我舅填"): see asked-for-between.ts. */
  helpFor: ['帮', '替', '代'],
  /**
   * A member asked to be helped on their own (单独吃低保, 单人保, 粤 单独攞低保): the person named before it in
   * the sentence is whom the call is for (asked-alone.ts).
   */
  appliedAlone: ['单独', '单人保', '单列'],
  /**
   * Before a parent asked for by a writer who lives away ("想帮俺爹娘问问", "给俺爹俺妈问问", 粤 "帮屋企两老问下"):
   * the helping word, and the words for "my" or "at home" that may stand between it and the parent.
   */
  helpForKin: ['帮', '替', '代', '给'],
  betweenHelpAndKin: ['我', '俺', '我哋', '俺们', '我们', '屋企', '家里', '俺家', '我家', '老家', '乡下'],
  /** What the helper does for them, after whom it is for ("…问下", "…睇下", "…填的"). */
  askedForVerb: [
    '问',
    '睇下',
    '睇睇',
    '睇吓',
    '看看',
    '看下',
    '看一下',
    '填',
    '查查',
    '查下',
    '打听',
    '申请',
    '打字',
    '打的字',
  ],
  /** A possessive mark ("孙子的母亲", 粤 "孙嘅阿爸"): the word after is a relative of the one before. */
  possessive: ['的', '嘅'],
  /** He or she between two relatives ("孩子他爸", 粤 "个孙佢老豆"): the second is a relative of the first. */
  heOrShe: ['他', '她', '佢'],
  /**
   * The home a married or moved-away caller comes from, before a parent ("反映老家父亲（74）…", "说娘家妈（72）
   * 独居", 粤 "话乡下阿妈…"): the caller's own parent, told of from afar.
   */
  homeBeforeKin: ['老家', '娘家', '乡下', '家乡', '老家的', '娘家的', '乡下嘅', '老家嘅'],
  /** A married woman's natal family, right before a relative ("娘家父母", 粤 "外家阿妈"): of that home. */
  natalHome: ['娘家', '娘家的', '外家', '外家嘅', '外家的'],
  /** She lives at her natal home herself ("回娘家住", "住在娘家", 粤 "返咗外家"): its people are her household. */
  livesAtNatalHome: [
    '回娘家',
    '回了娘家',
    '住娘家',
    '住在娘家',
    '在娘家住',
    '暂住娘家',
    '返娘家',
    '返咗娘家',
    '住喺娘家',
    '喺娘家住',
    '返外家',
    '返咗外家',
    '住外家',
    '喺外家住',
  ],
  /** "And, with" ("和老伴", 粤 "同个女", "跟儿子"): joins two people, or says whom someone lives with. */
  andWith: ['和', '同', '跟', '与'],
  /** Right before someone, caring for them ("在家伺候她", "照顾俺娘"): they are cared for, not the subject. */
  caredFor: ['伺候', '照顾', '服侍', '照看'],
  /** Right before someone, having them along ("带两个孩子", "供着上学"): looked after, not the subject. */
  keptAlong: ['带着', '带', '陪着', '供着'],
  /** A word for a father ("父亲70岁", 粤 "老豆", 晋南 "爹"). */
  fatherWord: ['父亲', '爸爸', '老爸', '阿爸', '老豆', '爹'],
  /** A word for a mother ("母亲65岁", 粤 "老母", 晋南 "娘"). */
  motherWord: ['母亲', '妈妈', '老妈', '阿妈', '老母', '娘'],
  /** Right before someone's word, staying at their place ("暂住父母家", 粤 "住喺阿哥屋企"). */
  stayAt: ['住', '住在', '住到', '住喺', '暂住', '借住', '寄住', '投靠', '搬到', '住进'],
  /** Right after someone's word, their place ("伯父家", 粤 "阿哥屋企", "女儿那里"). */
  theirPlace: ['家', '屋企', '那里', '那儿', '处', '嘅楼', '的楼', '嘅屋', '的房子', '嘅房'],
  /**
   * "Their own home", opening a clause after a relative said to live apart ("女儿嫁在本村，自家五口人也紧",
   * 粤 "个仔喺城里住，佢屋企四个人"): a count after it is that relative's household.
   */
  theirOwnHome: ['自家', '自己家', '她家', '他家', '人家', '佢屋企', '佢哋屋企', '佢自己屋企', '自己屋企'],
  /** Right after someone named, what they said ("朋友讲嘅补助", "她姐说的那个"): only where the caller heard of it. */
  heardFrom: ['讲嘅', '讲的', '说的', '话嘅', '讲过', '说过', '话过', '讲话', '话有'],
  /** "There is also" ("还有个婆婆", 粤 "仲有"): one more member of the household. */
  alsoThere: ['还有', '仲有'],
  /** In a relative's own aside, at home ("儿媳（32岁，在家带孩子）", 粤 "侄仔（19岁，喺屋企）"): they live there. */
  asideAtHome: ['在家', '喺屋企', '在屋企', '同住', '一起住', '一齐住', '住家里', '住屋企', '住埋一齐'],
  /** Living with someone ("跟着儿子", "同住", 粤 "一齐住", "同佢"): an in-law so named is a member. */
  livingWith: ['同住', '一起', '一齐', '跟着', '同佢', '跟他', '跟她'],
  /** The eldest, as a word begins ("大娃", "老大"): a younger one named next is one more child. */
  eldest: ['大', '老大'],
  /**
   * A household of one's own ("自己家也吃着低保", 晋南 "另过", "分家"): said right after a relative,
   * that relative lives apart.
   */
  ownHomeApart: [
    '自己家也',
    '另过',
    '分家',
    '分开过',
    '另起炉灶',
    '有自己',
    '自己一家',
    // (Married and set up apart, said after them: "两个儿子都在村里种地，各自成家", 粤 "成咗家".)
    '各自成家',
    '各自成咗家',
    '自己有家',
    '自己都有家',
    '各有各',
    '单另',
    '自己有头家',
    '各有头家',
    '已成家',
    '已经成家',
    '成家了',
    '成咗家',
    '已经成咗家',
    '都成咗家',
    // (On their own: "已结婚单独生活", 粤 "自己租屋住".)
    '单独生活',
    '单独过',
    '单独住',
    '另外住',
    '另外过',
    '自己租房',
    '自己租屋',
    '自己出去租',
    // (Living apart though near, said after them: "儿子七十了，住在同村", "个女住隔篱村，分开住".)
    '住在同村',
    '同村住',
    '住同村',
    '分开住',
    '不住一起',
    '另住',
    '住隔壁',
    '住在隔壁',
    '住隔篱',
    '住喺隔篱',
    '喺隔篱',
    '唔同住',
    '冇同住',
  ],
  /**
   * "Too", right after 自己 ("自己也是种地", 粤 "自己都系耕田"): the relative just named, likewise, not the one
   * the call is about set against them ("自己一个月一百多养老金").
   */
  selfLikewise: ['也', '都', '亦', '同样'],
  /**
   * Owning a home, said right before the house word ("儿子在城里有房", 粤 "个女喺市区买咗楼"): of a grown
   * child, a household of their own (child-own-home.ts).
   */
  ownsHomeBefore: [
    '有',
    '有套',
    '有间',
    '有栋',
    '有个',
    '买了',
    '买咗',
    '买了套',
    '买咗间',
    '买咗层',
    '置了',
    '供紧',
    '供了',
  ],
  /**
   * The home village ("在老家", 粤 "喺乡下"): apart only of relatives the clause names without the one the
   * call is about or their spouse (home-village.ts).
   */
  homeVillage: [
    '在老家',
    '喺老家',
    '留在老家',
    '留喺老家',
    '在乡下',
    '喺乡下',
    '留在乡下',
    '留喺乡下',
    '在农村老家',
    '喺乡下老家',
    '在农村',
    '住农村',
    '在农村住',
    '住在农村',
    '在乡下住',
    '住乡下',
    '住在乡下',
    '喺乡下住',
    '住喺乡下',
  ],
  /** A brother's or sister's spouse in the caller's words ("嫂子", 粤 "阿嫂"): with the call for that sibling, theirs. */
  siblingsSpouse: ['嫂子', '嫂嫂', '大嫂', '二嫂', '弟媳', '弟媳妇', '兄弟媳妇', '姐夫', '妹夫', '阿嫂', '弟妇'],
  /** A sibling's child in the caller's words ("侄子", "外甥女", 粤 "侄仔"): with the call for that sibling, their child. */
  siblingsChild: ['侄子', '侄女', '侄儿', '外甥', '外甥女', '侄', '侄仔', '侄女仔', '外甥仔'],
  /** A former spouse ("前夫", "前妻"): gone already, so "moved out" says nothing new of a member. */
  exSpouse: ['前夫', '前妻'],
  /** Going out, to work or from home ("出去", "外出"): after a no, nobody lives elsewhere (not-gone-out.ts). */
  goingOut: ['出去', '出去了', '出门', '外出'],
  /**
   * In a summary, "with them" or "lives" ("同佢哋住", "跟他", "住屋企", and a bare "同住", "一起住" closing the
   * words about someone: "仔25岁在阳江做销售，同住"): of the person just talked about.
   */
  withThem: [
    '同佢',
    '跟他',
    '跟她',
    '和他',
    '和她',
    '与其',
    '与他',
    '住',
    '搬',
    '同住',
    '一起住',
    '一齐住',
    '住埋一齐',
    // ("（34岁，在城区打工，周末返屋企）": home every weekend or night.)
    '周末',
    '每周',
    '每个周末',
    '每星期',
    '每晚',
    '晚晚',
    '天天回家',
    '日日返屋企',
  ],
  /** Someone outside the family who may run off ("司机跑了", "包工头走佬"): not a missing member. */
  outsiderWhoRan: ['司机', '肇事者', '肇事方', '对方', '老板', '包工头', '工头', '骗子', '小偷', '贼'],
  /** Inside a child word, a son ("儿子", 粤 "个仔", "其子", "长子"); 子 alone is one too. */
  sonWord: ['儿子', '仔', '之子', '其子', '独子', '长子', '次子'],
  /** The plain word for a son ("儿子", 粤 "仔"), with nothing that tells one son from another. */
  plainSonWord: ['儿子', '仔'],
  /** The plain word for a daughter ("女儿", "闺女", 粤 "女"), with nothing that tells one daughter from another. */
  plainDaughterWord: ['女儿', '闺女', '女子', '女', '女仔'],
  /** A mark of a boy inside a child word ("儿子", "俺儿", 粤 "细仔"). */
  boyMark: ['儿', '仔'],
  /** Before a child named first in a summary, a parent named already or someone asked for ("为其", "代其"). */
  parentOrForThem: ['父', '母', '爸', '妈', '为其', '代其', '替其'],
  /** The caller said to be a woman or a mother ("女士", "来电人系母亲"): she is the child's mother. */
  callerIsWoman: ['女士', '来电人母亲', '来电人系母亲'],
  /** The caller said to be a man or a father ("先生", "来电人系父亲"): he is the child's father. */
  callerIsMan: ['先生', '来电人父亲', '来电人系父亲'],
  /** The caller counting themself into a family ("本人", "自己", "来电人（…岁）"): the caller's own family. */
  callerCountedIn: ['本人', '自己', '来电人（', '来电人(', '来电人，', '来电人,'],
  /** A word for a child ("女儿8岁", 晋南 "娃", "闺女", 粤 "个仔"). */
  childWord: ['女儿', '儿子', '孩子', '闺女', '娃', '个女', '个仔'],
  /** A birth order at the start of a child's word ("老二", "大仔", 粤 "细孙", "孻女", 晋南 "老幺"). */
  birthRank: ['老大', '老二', '老三', '老四', '老小', '老幺', '大', '二', '三', '四', '细', '小', '孻', '尾', '幺'],
  /** After a birth order, the word for a child or grandchild ("大仔", "小闺女", "细孙", "二小子"). */
  childAfterRank: [
    '仔',
    '个仔',
    '个女',
    '女',
    '儿',
    '儿子',
    '女儿',
    '闺女',
    '女子',
    '娃',
    '孙',
    '孙子',
    '孙女',
    '孙仔',
    '外孙',
    '外孙女',
    '小子',
  ],
  /** A birth order that says the youngest ("小女", "老幺", 粤 "细仔", "孻女", "尾仔"). */
  youngestRank: ['小', '细', '孻', '尾', '幺'],
  /** A classifier between a count of people and 都 ("两个人都", "三口都"): the count is of those just named. */
  countClassifier: ['个人', '个', '人', '口'],
  /** Said of several relatives at once ("两个都系后生仔", "全部", "一样"): of every relative known. */
  sameForAll: ['都', '两个', '几个', '全部', '一样'],
  /** Inside an illness's name, being unwell with no illness named ("身体不好", "老毛病", "腰疼", "感冒"). */
  unwellNoIllness: ['身体', '病痛', '老毛病', '慢性病', '小病', '老人病', '腰疼', '感冒', '咳嗽'],
  /** As an illness's whole name, no illness named ("腰椎", "重病", "大病"): a part of the body or a degree. */
  unwellNoIllnessWhole: ['腰椎', '颈椎', '重病', '大病', '重症'],
  /** A family introduced as one unit ("刘某一家", "一户"): its members are listed next. */
  familyAsOne: ['一家', '一户'],
  /** A grandchild, or grandparent and grandchild ("孙女", "外孙", "祖孙二人"): the grandchild's parents may follow. */
  grandchildNamed: ['孙女', '孙子', '外孙', '祖孙'],
  /**
   * Someone outside the household who reports a family ("村主任来电", "网格员反映", 粤 "居委"): cadres,
   * grid and social workers, neighbours.
   */
  outsideReporter: [
    '村支书',
    '支书',
    '书记',
    '村干部',
    '村委',
    '村主任',
    '主任',
    '网格员',
    '社工',
    '社区',
    '居委',
    '邻居',
    '村长',
    '会计',
    '妇联',
    '干部',
  ],
  /** Calling in or reporting ("来电", "反映"), after who does it. */
  callOrReport: ['来电', '反映'],
  /** After "来电人系", someone outside the family ("来电人系邻居", "系村干部", "系社区工作人员"). */
  neighbourOrVillage: ['邻居', '村', '社区'],
  /** The grandchild's mother ("孩子母亲", "孩子的母亲", "妈妈"), named after the father. */
  childsMother: ['孩子母亲', '孩子的母亲', '孩子妈妈', '母亲', '妈妈'],
  /**
   * A parent gone from the family ("改嫁", "离家", "失联", "下落不明", "没有联系", "去世"): said of the
   * grandchild's mother, she is the caller's daughter-in-law who left.
   */
  leftTheFamily: [
    '改嫁',
    '离家',
    '离开',
    '不知',
    '下落',
    '失联',
    '走了',
    '跑了',
    '出走',
    '没有联系',
    '没联系',
    '再婚',
    '外出',
    '在外',
    '不管',
    '去世',
    '病故',
  ],
  /** "Of" in a written summary, between the caller and a relative ("来电人之子", "来电人的女儿"). */
  ofWritten: ['之', '的'],
  /** The caller's grandchild in a summary ("来电人之孙女", "来电人的外孙"); longer words first. */
  grandchildWritten: ['孙女', '孙子', '外孙', '孙'],
  /** A son or a daughter ("来电人儿子", "来电人的女儿"). */
  sonOrDaughter: ['儿子', '女儿'],
  /** The caller's written name before 为其 ("来电人为其子"): who the caller is to the person called about. */
  callerWritten: ['来电人', '来电者', '诉求人'],
  /** A death written in a summary ("当场死亡", "抢救无效", 粤 "过咗身"): said of the person just named. */
  deathWritten: ['死亡', '身亡', '去世', '过世', '病故', '病逝', '离世', '遇难', '抢救无效', '过身', '过咗身', '冇咗'],
  /** Phoning in, after who phones ("来电", 粤 "打电话嚟", "打嚟"). */
  phonesIn: ['来电', '打来电话', '打电话来', '打电话嚟', '打嚟'],
  /** A relative's word after 其 in a written summary ("为其子", "为其母亲"); longer words first. */
  kinAfterQi: [
    '父母',
    '儿女',
    '子女',
    '儿子',
    '女儿',
    '孙子',
    '孙女',
    '外孙女',
    '外孙',
    '父亲',
    '母亲',
    '丈夫',
    '妻子',
    '哥哥',
    '弟弟',
    '姐姐',
    '妹妹',
    '侄子',
    '侄女',
    '子',
    '女',
    '孙',
    '父',
    '母',
    '夫',
    '妻',
    '兄',
    '弟',
    '姐',
    '妹',
  ],
  /** A son or a daughter in one written character ("来电人之子", "来电人之女"). */
  sonOrDaughterWritten: ['子', '女'],
  /** The father of a child a summary lists first ("其父（45岁）", "其父亲", "，父亲"); longer words first. */
  childsFather: ['其父亲', '其父', '，父亲'],
  /** The mother of a child a summary lists first ("其母（42岁）", "其母亲", "，母亲"); longer words first. */
  childsMotherWritten: ['其母亲', '其母', '，母亲'],
  /** Opening a follow-up call's summary, an earlier time ("此前", "上次", "日前"): what follows was said before. */
  earlierTime: ['此前', '之前', '前期', '日前', '早前', '上次'],
  /** Calling in ("来电", "致电"), in a summary. */
  calledIn: ['来电', '致电'],
  /** What the caller did in an earlier call ("反映", "称", "咨询", "说"): who is named next is who it was about. */
  toldInCall: ['反映', '称', '咨询', '说'],
  /** The caller's child as an earlier call's report names them ("女儿（3岁）", "闺女", 粤 "仔"). */
  childInReport: ['女儿', '儿子', '闺女', '孩子', '儿', '女', '仔', '子'],
  /** The grandchild's father ("孩子父亲", "孩子的父亲", "父亲"), before who he is in brackets. */
  childsFatherWord: ['孩子父亲', '孩子的父亲', '父亲'],
  /** An opening bracket, full width or not: what follows says who the word before is. */
  openBracket: ['（', '('],
  /** A closing bracket, full width or not. */
  closeBracket: ['）', ')'],
  /** In a summary, the caller or the old person the call is about ("来电人", "当事人", "老人"). */
  callerOrElder: ['来电人', '当事人', '老人'],
  /** A son in a summary's words ("之子", "的儿子"). */
  sonWritten: ['子', '儿子'],
  /**
   * Carrying the family alone, after 一个人 ("一个人揸住成头家", "一个人撑起这个家", "一个人照顾不过来"): the
   * sole earner or carer, not living alone.
   */
  carryingFamily: [
    '揸住',
    '撑',
    '扛',
    '顶住',
    '挑起',
    '担起',
    '养活',
    '养家',
    '养成',
    '挣钱养',
    '赚钱养',
    '搵钱养',
    '供成',
    // (Caring alone, "俺一个人照顾不过来", 粤 "一个人睇住佢": the carer of someone at home, not living alone.)
    '照顾',
    '伺候',
    '服侍',
    '照看',
    '睇住',
    '顾不过来',
    '忙不过来',
    '顾唔掂',
    '顾唔过来',
  ],
  /** At home, said of where someone is ("在家烧炕", 粤 "喺屋企"): not that the caller lives with them. */
  atHomeOnly: ['在家', '喺屋企', '在家里', '喺屋企度'],
  /** The caller said to be a relative with 为 ("来电人为女儿，说…"): only when no request follows (为女儿咨询 is asking for her). */
  callerIsKinWei: ['来电人为'],
  /** Left behind, right before a person ("家里剩母亲一人", "只剩下老伴"): the one left after a death. */
  leftAfterDeath: ['剩', '剩下', '只剩', '留下'],
  /** A unit of time or a count of times right after a number ("走咗两年", "一年返一次", "三回"): not an age. */
  durationOrTimes: [
    '年',
    '个月',
    '月',
    '天',
    '日',
    '周',
    '星期',
    '礼拜',
    '次',
    '回',
    '趟',
    '遍',
    '年前',
    '年了',
    '多年',
  ],
  /** Divorced ("离婚了", 晋南 "离了", 粤 "离咗婚"): said of a spouse or a couple named before it, they left the household. */
  divorced: ['离婚', '离了婚', '离咗婚', '离异', '离了', '离咗'],
  /**
   * A husband's or a wife's role in a couple as a third person tells it (丈夫 … 妻子, 粤 老公 … 老婆): not the
   * words that also name an old man or woman themself (老汉, 老婆子, 老头子).
   */
  husbandRoleWord: ['丈夫', '老公', '男人', '其夫', '其丈夫', '其老公'],
  wifeRoleWord: ['妻子', '老婆', '媳妇', '其妻', '其妻子', '其老婆'],
  /** A parent said to live with the caller, in a clause of its own (同其居住, 与来电人同住, 粤 同来电人一齐住). */
  livesWithCaller: [
    '同其居住',
    '与其居住',
    '和其居住',
    '跟其居住',
    '同其同住',
    '与其同住',
    '和其同住',
    '跟其同住',
    '与来电人同住',
    '与来电人居住',
    '和来电人同住',
    '跟来电人住',
    '跟来电人一起住',
    '与来电人一起住',
    '同来电人住',
    '同来电人一齐住',
    '同渠住',
    '同渠一齐住',
    '与渠同住',
    '跟渠住',
  ],
  /** "The child's father/mother" (娃他爸, 孩子他妈): a spouse's word, but a grandparent's for the grandchild's parent. */
  childsParentWord: [
    '孩子爸爸',
    '孩子的爸爸',
    '孩子爸',
    '孩子的爸',
    '孩子爹',
    '娃爸爸',
    '娃他爸爸',
    '孩子妈妈',
    '孩子的妈妈',
    '孩子妈',
    '孩子的妈',
    '孩子娘',
    '娃妈妈',
    '娃他妈妈',
    '孩子他爸',
    '孩子他爹',
    '娃他爸',
    '娃他爹',
    '娃他大',
    '孩他爸',
    '孩他爹',
    '孩子他妈',
    '孩子他娘',
    '娃他妈',
    '娃他娘',
    '孩他妈',
    '孩他娘',
    '个仔老豆',
    '个女老豆',
    '细路老豆',
    '个仔阿爸',
    '个女阿爸',
    '细路阿爸',
    '个仔阿妈',
    '个女阿妈',
    '细路阿妈',
    '个仔老母',
    '个女老母',
    '细路老母',
  ],
  /** A grandson's other words ("孙仔", "孙儿"): after "个孙" or "孙子", the same grandchild named again. */
  grandsonAgain: ['孙仔', '孙儿'],
  /** Before a number, an ordinal ("第3位", "第三个"): answering which member, the one listed at that place. */
  ordinalMark: ['第'],
  /**
   * Between 今年 and an age, a word that only colours it ("俺今年正好七十", 粤 "我今年啱啱六十", "今年都七十三咧"):
   * the number is still the age this year.
   */
  thisYearThenAge: [
    '正好',
    '刚好',
    '刚刚',
    '刚',
    '啱啱',
    '啱好',
    '啱',
    '都',
    '已经',
    '已经都',
    '都已经',
    '才',
    '先',
    '就',
    '整整',
    '足足',
  ],
  /** Compared with someone ("老婆比俺小两岁", 粤 "老公比我大三岁"): 比, then younger or older. */
  comparedWith: ['比'],
  youngerBy: ['小', '细'],
  olderBy: ['大'],
  /**
   * After an age (and 岁), the one of that age ("八十几岁那个", 粤 "三十几岁嗰个", "八十五的那个"): answering
   * which member, the one listed with an age in it.
   */
  thatOneOfAge: ['那个', '那位', '那一个', '的那个', '的那位', '嗰个', '嗰位', '嘅嗰个', '嘅嗰位', '嘅'],
  /**
   * After an age and before a person word, the end of a sentence typed with no comma ("俺七十多了娃们都在外头",
   * 粤 "八十三咯老公…").
   */
  ageSentenceEnd: ['了', '啦', '咯', '喇', '嘞', '哩'],
  /** 呢 closing a statement in 晋南 ("儿子也吃低保呢": he is on it), not asking, after 也/还 (tooOrStill). */
  assertingNe: ['呢'],
  /** Right before a relative's status, "too" or "still" ("也吃低保", "还是低保户", 粤 "都係特困"): it is said to hold. */
  tooOrStill: ['也', '还', '都'],
  /**
   * "Fine" with no word for the body ("大的好好的", 粤 "好地地"): able-bodied only said of relatives
   * elsewhere, asked how they are.
   */
  fineOfRelativesOnly: ['好好的', '好地地', '好哋哋'],
  /** "Both", "all" after people named one by one ("老大老二都好好的", 粤 "大仔细仔都冇事"): said of each. */
  bothWord: ['都'],
  /** Between a child and their other parent ("个仔跟佢老豆", 晋南 "闺女跟她爸"): lives with them. */
  goesWith: ['跟', '跟住', '跟咗', '随'],
  /** 粤 "the two old ones" (两老, 两老嘢): after a grown child named their parents, those parents, not the child's couple. */
  eldersPair: ['两老', '两老嘢', '老两口', '老俩口', '二老'],
  /** A child's spouse by their own word ("儿媳", "女婿", 粤 "心抱"): after the child ("仔同心抱"), the couple. */
  childsSpouse: ['儿媳', '儿媳妇', '媳妇子', '女婿', '心抱', '新抱'],
  /** Gone, which may be left or died (走了, 粤 走咗): with no news after it ("一直冇音讯"), left and missing. */
  goneEitherWay: ['走了', '走咗', '早走了', '早就走了'],
  /** At home looking after someone (在家照顾, 粤 喺屋企照顾): not working, in a chat answer; a summary says more. */
  atHomeCaring: ['在家照顾', '在家伺候', '在家照看', '喺屋企照顾', '留喺屋企照顾', '喺屋企睇住'],
  /**
   * What an old resident may call themself before 我 and their age ("阿婆我七十五", 晋南 "老汉我七十三",
   * "老婆子我今年八十"): the writer (bot/understand/self-named.ts).
   */
  elderSelfName: [
    '阿婆',
    '阿伯',
    '阿公',
    '阿嫲',
    '阿爷',
    '阿叔',
    '阿婶',
    '老汉',
    '老婆子',
    '老头',
    '老头子',
    '老太婆',
    '老人家',
  ],
  /**
   * A pair that counts the writer without saying a couple ("就俺俩", 粤 "我哋两个住"): after one other
   * person is named ("俺爹84 俺58 就俺俩"), the writer and that person, not a spouse.
   */
  writerPair: ['俺俩', '我俩', '我们俩', '我们两个', '俺两个', '俺们俩', '我哋两个', '我两个'],
  /** Where the caller's home is ("老家在", 粤 "乡下喺"): a parent named right after it is the family there, called about. */
  homeIsAt: ['老家在', '老家喺', '老家係', '老家系', '乡下在', '乡下喺', '老屋在', '老屋喺'],
  /**
   * Land handed to someone to farm, right before them ("地让他哥种着", "地给俺兄弟种", 粤 "块田畀佢大佬耕"): the
   * one who farms it, named here only, is not one of the household.
   */
  landHandedTo: ['地让', '地给', '地交给', '地租给', '地包给', '地畀', '田让', '田给', '田畀', '田交畀', '田租畀'],
  /** A word for him, her or me between the land handed over and the relative ("让他哥", 粤 "畀佢大佬"). */
  whoseKin: ['他', '她', '佢', '俺', '我', '我的', '俺的', '他的', '她的', '佢嘅', '我嘅'],
  /** Farming it, right after who it was handed to ("种着", "耕", "种"). */
  farmsIt: ['种', '耕', '管着', '打理'],
  /**
   * Households split, said of both sides joined by 和 ("俺和俺爹俺妈早就分家了", 粤 "我同阿爸阿妈分开住"): the
   * writer lives apart from them, not they from the household the call may be about.
   */
  splitHomes: ['分家', '分开过', '分开住', '另过', '分咗家'],
  /**
   * Opening a clause, who did the harm is ("肇事者系一个读书仔", "撞人的是个小伙子"): the person named after it is
   * that outsider, not a member or a relative.
   */
  outsiderIs: [
    '肇事者系',
    '肇事者是',
    '肇事方系',
    '肇事方是',
    '肇事司机是',
    '肇事司机系',
    '对方系',
    '对方是',
    '撞人的是',
    '撞人嘅系',
  ],
  /** The caller's own word for themself in a summary, after the call turned to a relative ("自己", "来电人"). */
  callerOwnWord: ['自己', '来电人', '本人', '其本人'],
  /** Right after people, going into a business with them ("同几个兄弟合股", 粤 "夹份"): partners, not members. */
  partnersIn: ['合股', '合伙', '合资', '入股', '搭伙', '夹份', '合份', '一起合伙', '合伙做', '合股做'],
  /** Having children, right before how many ("育有二女", "生了二女", 粤 "得二女"): a count, not a birth order. */
  haveChildrenVerb: ['有', '育有', '生有', '生了', '生咗', '养了', '养有', '膝下', '得', '膝下有'],
  /**
   * "The old ones", counted by a resident who names themself apart ("两个老人，我同老公", 晋南 "俩老人都八十多了
   * 俺两口子…"): the writer's parents (bot/understand/elders-counted.ts).
   */
  eldersCounted: ['老人', '老人家'],
  /**
   * The children (or grandchildren) together, with no count ("仔女都二十几", 晋南 "娃们都上学哩"): in a household
   * whose size is said, each of those it leaves room for.
   */
  kinTogether: ['仔女', '儿女', '子女', '孩子们', '娃们', '娃娃们', '小孩们', '孙们', '孙子们', '孙仔女', '仔仔女女'],
  /** Right after the giving word, a thing bought for someone ("父母给买的", 粤 "老豆畀钱买嘅", "帮佢买"). */
  boughtVerb: ['买', '置', '钱买'],
  /** A relative's whole family, right before its count ("儿子一家三口", 粤 "大佬一家四个人"). */
  wholeFamilyWord: ['一家', '一家子', '一家人', '成家人', '一头家'],
  /** Right before someone left somewhere by another ("把娃放俺这", 粤 "将个仔放喺我度"): the object, not who went. */
  objectMark: ['把', '将'],
  /** Before a choice's number, one choice for all of those asked about ("两个都是1", 粤 "两个都系1"). */
  allChoose: [
    '都是',
    '都系',
    '都係',
    '都选',
    '都',
    '两个都是',
    '两个都系',
    '两个都係',
    '两个都',
    '俩都是',
    '俩人都是',
    '三个都是',
    '三个都系',
    '全都是',
    '全部都系',
    '佢哋都系',
    '他们都是',
    '他俩都是',
  ],
} as const satisfies Record<string, readonly string[]>;
