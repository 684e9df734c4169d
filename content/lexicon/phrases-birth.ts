/** Phrases about a birth just now, looked for in a call summary's text (bot/understand/newborn.ts). */
export const BIRTH_PHRASES = {
  /**
   * A baby just born to the woman named before ("老婆刚生二胎", 粤 "刚生咗BB", "正喺度坐月"): a newborn in the
   * home, not otherwise counted.
   */
  justGaveBirth: [
    '刚生二胎',
    '刚生了二胎',
    '刚生完二胎',
    '刚生咗二胎',
    '啱啱生咗二胎',
    '刚生三胎',
    '刚生了三胎',
    '刚生咗三胎',
    '刚生老二',
    '刚生了老二',
    '刚生咗老二',
    '刚生了个孩子',
    '刚生完孩子',
    '刚生了孩子',
    '刚生了个娃',
    '刚生完娃',
    '刚生了个儿子',
    '刚生了个闺女',
    '刚生了个女儿',
    '刚生BB',
    '刚生咗BB',
    '啱啱生咗BB',
    '啱生咗BB',
    '刚生咗个仔',
    '刚生咗个女',
    '啱啱生咗个仔',
    '啱啱生咗个女',
    '正在坐月子',
    '还在坐月子',
    '喺度坐月',
    '仲坐紧月',
  ],
} as const satisfies Record<string, readonly string[]>;
