/**
 * The sex of a 粤 kinship word the lexicon leaves without one (阿爷, 阿嫲 … are grandparents; 阿婆 is
 * also any old woman, so the lexicon cannot say more), for telling the two of a couple apart when a
 * grandchild types for them: "我阿爷84，阿嫲82，佢哋两个住" is the grandfather and his wife, not one
 * person named twice. A fixed table looked up by the whole word.
 */
const SEX: Record<string, 'm' | 'f'> = {
  阿爷: 'm',
  阿公: 'm',
  我阿爷: 'm',
  我阿公: 'm',
  阿嫲: 'f',
  阿嬷: 'f',
  阿婆: 'f',
  我阿嫲: 'f',
  我阿婆: 'f',
};

export function sexOfKinWord(word: string | undefined): 'm' | 'f' | undefined {
  return word === undefined ? undefined : SEX[word];
}
