/**
 * The two-character words that are read by their sound when the text spells no word (an input
 * method's wrong pick: 老办 for 老伴, 村款 for 存款). Two characters sound like too many everyday
 * words (肚子 like 独子, 是哩 like 视力, 我八 like 我爸) for every word to be heard so; these are the
 * words residents mistype most and whose sound collides with nothing they say to these questions.
 * Words of three characters or more are heard by sound when they name who someone is, a benefit, a
 * disability or illness, income, savings or debts (养老斤 for 养老金).
 */
export const HEARD_BY_SOUND: ReadonlySet<string> = new Set(
  (
    '老伴 老婆 老公 媳妇 闺女 儿子 女儿 孙子 孙女 外孙 ' +
    '低保 特困 五保 存款 残疾 精神 智力 肢体 听力 癌症 尿毒 透析 中风 偏瘫'
  ).split(' '),
);

/** Everyday words that sound like one of those and are meant as themselves (老板 is a boss, not 老伴). */
export const NEVER_HEARD: ReadonlySet<string> = new Set(['老板']);
