/**
 * Phrase lists for basic living hit by an emergency: the one a family lives on, its income gone, the
 * bedding, clothes and grain lost.
 * Spread into PHRASES (./phrases.ts).
 */
export const LIVING_HIT_PHRASES = {
  /**
   * The family as a whole, right before 靠 ("家里就靠丈夫打工", "全家原来靠他跑车", 粤 "屋企一直靠老公开船"): what
   * the family lives on follows.
   */
  familyLivesOn: ['家里', '家中', '全家', '一家', '一家人', '一家子', '屋企', '成头家', '成家人', '屋里', '屋头'],
  /**
   * The family's income gone, said outright ("家里就没啦进项", "断了收入", 粤 "屋企冇晒收入"): after an emergency,
   * basic living is severely hit.
   */
  incomeGone: [
    '没啦进项',
    '没了进项',
    '没进项了',
    '没有进项了',
    '断了进项',
    '断啦进项',
    '断了收入',
    '断啦收入',
    '收入断了',
    '没了收入',
    '冇晒收入',
    '冇咗收入',
    '断咗收入',
    '收入冇晒',
    '没了经济来源',
    '断了经济来源',
    '没了生活来源',
    '断了生活来源',
    '冇咗经济来源',
    '冇晒经济来源',
    '断咗经济来源',
    // (The family's income said to be none: "家里没有收入", 粤 "屋企冇收入".)
    '家里没有收入',
    '家里没收入',
    '家里无收入',
    '家中无收入',
    '家中没有收入',
    '全家没有收入',
    '屋企冇收入',
    '屋企都冇收入',
    '屋企冇晒收入',
  ],
  /** What a family lives by day to day ("被子", "衣裳", "粮食", 粤 "被铺", "衫"): lost to a fire or a flood. */
  livingBasics: ['被子', '被褥', '铺盖', '棉被', '被铺', '衣裳', '衣服', '衫裤', '粮食', '口粮', '米粮'],
  /** Gone whole to fire or water ("烧得没啦", "烧完了", "冲走了", 粤 "烧晒"): with the basics named, all of them. */
  basicsGone: [
    '烧得没啦',
    '烧得没了',
    '烧没了',
    '烧没啦',
    '烧完了',
    '烧完啦',
    '烧光',
    '烧晒',
    '烧得精光',
    '冲走',
    '冲光',
    '冲晒',
    '冲没了',
    '泡烂了',
  ],
  /** Money withheld, said as such ("基本不给钱", 粤 "唔畀钱"): a 不给 that says a relative gives nothing. */
  refusedToGive: [
    '不给钱',
    '唔畀钱',
    '冇畀钱',
    '没给过钱',
    '唔俾钱',
    '冇俾钱',
    '一分不给',
    '一分钱不给',
    '一分都不给',
    '一分钱也不给',
  ],
  /** Never given, said after a sum owed ("一次都冇畀过", "一分也没给过", "从来没给过"): the sum never came (never-paid.ts). */
  neverGiven: [
    '一次都冇畀过',
    '一次都冇俾过',
    '一次都没给过',
    '一次也没给过',
    '从来冇畀过',
    '从来冇俾过',
    '从来没给过',
    '从没给过',
    '一分都冇畀过',
    '一分钱都冇畀过',
    '一分也没给过',
    '一分都没给过',
    '一分钱也没给过',
    '一分钱都没给过',
    '一分没给',
    '一分钱没给',
    '一分没畀',
    '一分都冇畀',
    '一分钱都冇畀',
  ],
  /** Asked whether money is given ("钱还给不给", 粤 "畀唔畀"): a question, not a refusal. */
  giveOrNot: ['给不给', '畀唔畀', '俾唔俾', '给唔给'],
  /** A passive mark before the doer ("被邻居打伤", "让人撞了", 粤 "俾人打伤"): who did the harm follows. */
  passiveMark: ['被', '让', '叫', '遭', '俾', '畀'],
} as const satisfies Record<string, readonly string[]>;
