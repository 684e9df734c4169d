/**
 * "老伴突发心脏病在省城住了一礼拜", 粤 "阿妈喺市区住咗半个月": 住 with a length of time after it is a stay
 * (in hospital, at a relative's), not where someone lives: the one who stayed is still of the household
 * (最低生活保障审核确认办法 第七条: 共同生活的家庭成员). Reads a few characters after the word: grammar.
 */
const STAY = /^(了|咗)[一二两三四五六七八九十几半\d]+(个)?(多)?(天|日|礼拜|星期|周|个月|月|晚)/;

/** Whether the word for living that ends at `end` is followed by how long the stay was. */
export function stayedAWhile(text: string, end: number): boolean {
  return STAY.test(text.slice(end, end + 10));
}
