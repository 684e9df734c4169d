/**
 * Words a grandchild uses of the grandparents a call is about, and of their children
 * (bot/hotline/grandchild-caller.ts reads the summary from the grandparents' side).
 */
export const GRANDPARENT_PHRASES = {
  /** Both grandparents in one word ("爷爷奶奶", 粤 "阿公阿婆"): the couple. */
  grandparentPair: ['爷爷奶奶', '奶奶爷爷', '外公外婆', '外婆外公', '姥爷姥姥', '姥姥姥爷', '阿爷阿嫲', '阿公阿婆'],
  /** A grandmother (奶奶, 外婆, 粤 阿嫲). */
  grandmother: ['奶奶', '外婆', '姥姥', '阿婆', '阿嫲', '阿嬷'],
  /** A grandfather (爷爷, 外公, 粤 阿爷). */
  grandfather: ['爷爷', '外公', '姥爷', '阿公', '阿爷'],
  /** The grandchild's father said as "his/her dad" (他爸, 她父亲): the grandparents' son. */
  grandchildsFather: ['他爸爸', '她爸爸', '他父亲', '她父亲', '他爸', '她爸', '他爹', '她爹'],
  /** The grandchild's aunt on the father's side (姑姑, 姑妈): the grandparents' daughter. */
  fathersSister: ['姑姑', '姑妈'],
  /** The grandchild's uncle (叔叔, 伯伯, 舅舅, 粤 舅父): the grandparents' son. */
  grandchildsUncle: ['她叔叔', '他叔叔', '她舅舅', '他舅舅', '叔叔', '伯伯', '舅舅', '大伯', '二伯', '舅父'],
  /** The grandchild's aunt by marriage (婶婶, 舅母, 粤 阿婶, 舅妈): the grandparents' son's wife. */
  grandchildsUnclesWife: ['婶婶', '婶子', '舅母', '舅妈', '伯母', '阿婶'],
  /** The grandchild's aunt on the mother's side (姨妈, 小姨): the grandparents' daughter. */
  mothersSister: ['姨妈', '小姨', '大姨'],
} as const satisfies Record<string, readonly string[]>;
