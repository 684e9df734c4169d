/**
 * Residents write as they speak: written Cantonese in 阳江 (冇, 佢, 咩, 點樣, 幾多, 計唔計) and
 * 晋南 colloquial in 运城 (俺, 咋, 啥, 单另, 年时). The policy texts are standard written
 * Chinese, so a question is first rewritten word by word into standard Mandarin before it is
 * matched against them: "我個女嫁咗去茂名，計唔計佢" → "我女儿嫁了去茂名，算不算他".
 *
 * Only words whose standard reading is unambiguous in a question about assistance are listed;
 * single characters that are also parts of common standard words (点 in 一点, 计 in 统计, 度 in
 * 制度) are rewritten only inside the phrases listed, and those that are Cantonese only in 阳江
 * (系, 仔, 食) only for its residents, with the standard words holding them kept as they are. The
 * longest word at a position wins, so a phrase overrides the characters inside it. Reading is
 * one pass over the text (a trie, the shared lexicon's), linear in its length.
 */
import { buildLexicon, type Dialect, type LexiconEntry } from '../lexicon/index.ts';

/** [words as residents write them, the standard Mandarin for them, where they are read so]. */
const REWRITES: readonly [string, string, Dialect?][] = [
  // ── Written Cantonese: grammar words (characters standard Chinese does not use this way) ──
  ['冇 冇得 冇晒', '没有'],
  ['唔', '不'],
  ['唔係 唔系', '不是'],
  ['係 係咪', '是'],
  ['係唔係 系唔系 係咪係 系咪', '是不是'],
  ['喺', '在'],
  ['佢', '他'],
  ['佢哋', '他们'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['嘅', '的'],
  ['咗', '了'],
  ['嗰 嗰個 嗰个', '那个'],
  ['呢個 呢个 呢度', '这个'],
  ['啲', '些'],
  ['嚟', '来'],
  ['咩 乜嘢 咩嘢 乜野', '什么'],
  ['乜', '什么', 'yue'],
  ['點樣 点样', '怎么'],
  ['点算 點算 点算好 點算好 点办 點辦', '怎么办'],
  ['点计 點計', '怎么算'],
  ['点申请 點申請', '怎么申请'],
  ['点处理 點處理', '怎么处理'],
  ['点领 點領', '怎么领'],
  ['点解 點解', '为什么'],
  ['幾多 几多', '多少'],
  ['幾耐 几耐', '多久'],
  ['幾時 几时', '什么时候'],
  ['邊度 边度 邊處 边处', '哪里'],
  ['邊個 边个', '谁'],
  ['畀 俾', '给'],
  ['攞', '领'],
  ['計唔計 计唔计 計不計 计不计', '算不算'],
  ['計', '算'],
  ['計入', '计入'],
  ['计收入 計收入', '算收入'],
  ['计入去 計入去', '算进去'],
  ['计佢 計佢', '算他'],
  ['计我 計我', '算我'],
  ['计出嚟 計出嚟 计出来', '算出来'],
  ['呃', '骗', 'yue'],
  ['淨係 净系 淨系 净係 得返', '只'],
  ['好多錢 好多钱', '很多钱'],
  ['捉到', '查到'],
  ['计埋 計埋 计埋佢', '算上'],
  ['跟住', '跟着'],
  ['存咗', '存了'],
  ['话畀 話畀 讲畀 講畀 话俾 讲俾', '告诉'],
  ['揀', '选'],
  ['冧', '塌'],
  ['嘈', '吵'],
  ['帮手', '帮忙'],
  ['攞嚟', '拿来'],
  ['可唔可以', '可不可以'],
  ['得唔得', '行不行'],
  ['使唔使 洗唔洗', '需不需要'],
  ['要唔要', '要不要'],
  ['有冇', '有没有'],
  ['會唔會 会唔会', '会不会'],
  ['肯唔肯', '肯不肯'],
  ['仲', '还', 'yue'],
  ['仲有', '还有'],
  ['而家 宜家 依家', '现在'],
  ['即刻', '马上'],
  ['定係 定系', '还是'],
  ['咁', '这么'],
  ['咁樣 咁样 噉', '这样'],
  ['先至', '才'],
  ['啱啱', '刚刚'],
  ['嘢', '东西'],
  ['聽講 听讲 听人讲', '听说'],
  ['冇錢 冇钱', '没有钱'],
  // ── Written Cantonese: people, places, things ─────────────────────────────────────────────
  ['屋企 屋企頭 屋企头', '家里'],
  ['屋企人', '家人'],
  ['細路 细路 細路仔 细路仔 細蚊仔 细蚊仔 細佬哥 细佬哥 BB仔', '孩子'],
  ['個仔 个仔', '儿子'],
  ['仔', '儿子', 'yue'],
  ['孫仔 孙仔', '孙子'],
  ['外孫仔 外孙仔', '外孙'],
  ['女仔', '女孩'],
  ['後生仔 后生仔', '年轻人'],
  ['個女 个女', '女儿'],
  ['仔女 啲仔女 仔仔女女', '子女'],
  ['老豆 老竇 老窦 阿爸', '父亲'],
  ['阿媽 阿妈 老母', '母亲'],
  ['阿爺 阿爷', '爷爷'],
  ['阿嫲 阿嬷', '奶奶'],
  ['心抱 新抱', '儿媳'],
  ['細佬 细佬', '弟弟'],
  ['家姐', '姐姐'],
  ['兩老 两老', '老两口', 'yue'],
  ['隔籬 隔篱 隔籬屋 隔篱屋 隔籬鄰舍 隔篱邻舍', '邻居'],
  ['鎮度 镇度', '镇上'],
  ['縣度 县度', '县里'],
  ['系', '是', 'yue'],
  // Standard words holding 系, kept as they are.
  ...['关系', '联系', '系统', '体系', '维系', '系列'].map((w): [string, string, Dialect] => [w, w, 'yue']),
  ['村度', '村里'],
  ['喺度 喺呢度', '在这里'],
  ['租屋', '租房'],
  ['買餸 买餸', '买菜'],
  ['睇病 睇醫生 睇医生', '看病'],
  ['睇', '看'],
  ['食', '吃', 'yue'],
  ['食飯 食饭', '吃饭'],
  ['着衫 著衫', '穿衣'],
  ['瞓', '睡'],
  ['揾 搵', '找'],
  ['揾唔到 搵唔到', '找不到'],
  ['揾钱 搵錢 搵钱 揾錢', '挣钱'],
  ['揾到钱 搵到錢 搵到钱 揾到錢', '挣到钱'],
  ['做嘢', '干活'],
  ['做唔郁 做唔郁嘢 做唔到嘢 做唔到工 做唔到工夫', '干不动'],
  ['成世', '一辈子'],
  ['冇工開 冇工开 冇工做 冇嘢做 冇做嘢', '没有工作'],
  ['返工', '上班'],
  ['長工 长工', '固定工作', 'yue'],
  ['人工', '工资', 'yue'],
  ['家用', '生活费', 'yue'],
  ['過身 过身 過咗身 过咗身', '去世'],
  ['坐監 坐监 坐緊監 坐紧监 入咗監 入咗监', '坐牢'],
  ['讀緊 读紧 讀緊書 读紧书', '在读'],
  ['讀書 读书', '上学'],
  ['走佬', '跑了'],
  ['冇音訊 冇音讯', '没有音讯'],
  ['後生 后生', '年轻', 'yue'],
  ['使咗', '花了'],
  ['整屋 整間屋 整间屋 整返间屋', '修房'],
  ['話事 话事', '说了算'],
  ['侄仔', '侄子'],
  ['跟住轉 跟住转', '跟着转'],
  ['使钱 使錢 使咗钱 使咗錢', '花钱'],
  ['好難 好难', '很难', 'yue'],
  ['好困難 好困难', '很困难', 'yue'],
  ['好難過 好难过', '很困难', 'yue'],
  ['急住', '急着'],
  ['瘫咗 癱咗', '瘫痪'],
  ['中咗風 中咗风', '中风'],
  ['斷咗 断咗', '断了'],
  ['跌落嚟 跌親 跌亲', '摔伤'],
  ['入咗院', '住院'],
  ['揸車 揸车', '开车'],
  ['嫁咗', '嫁了'],
  ['走咗', '走了'],
  ['唔肯', '不肯'],
  ['有力', '有能力', 'yue'],
  // ── 晋南 and northern colloquial ─────────────────────────────────────────────────────────
  ['俺', '我'],
  ['俺们 俺家', '我家'],
  ['咋 咋样', '怎么'],
  ['咋办 咋弄 咋整', '怎么办'],
  ['咋算', '怎么算'],
  ['啥', '什么'],
  ['啥时候 啥时', '什么时候'],
  ['为啥', '为什么'],
  ['单另', '单独'],
  ['年时', '去年', 'north'],
  ['营生', '工作', 'north'],
  ['没营生', '没有工作'],
  ['娃 娃娃 碎娃', '孩子'],
  ['娃他爹 娃他爸 娃他大 孩子他爹 孩子他爸 掌柜的', '丈夫'],
  ['娃他妈 娃他娘 孩子他妈 孩子他娘', '妻子'],
  ['闺女', '女儿'],
  ['炕', '床'],
  ['信儿', '消息'],
  ['查一回 查一遍', '查一次'],
  ['报低保', '申请低保'],
  ['报特困 报五保', '申请特困'],
  ['新报', '新申请'],
  ['公家', '政府'],
  ['紧巴巴 紧得很 难得很 难哩', '困难'],
];

function trieFor(dialect: Dialect | 'all') {
  const entries: LexiconEntry[] = REWRITES.filter(([, , d]) => !d || dialect === 'all' || d === dialect).flatMap(
    ([words, to]) => words.split(' ').map((word) => ({ word, meaning: { t: 'term' as const }, term: to })),
  );
  return buildLexicon(entries);
}
const TRIES = { north: trieFor('north'), yue: trieFor('yue'), all: trieFor('all') };

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Numbers written with 十 in figures, as the texts write ages and limits (六十三 → 63, 十六 → 16,
 * 二十六 → 26, 七十 → 70): "六十多了" then meets "60周岁以上". Numbers without 十 are left
 * alone (一个人 is not "1个人"), and so is 十 inside a word (十四五, 十八大 are not ages here,
 * but 十八 as an age is: both read 18, which is harmless in the texts' wording).
 */
export function tensToFigures(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '十') {
      out += ch;
      continue;
    }
    const before = DIGIT[text[i - 1] ?? ''];
    const after = DIGIT[text[i + 1] ?? ''];
    if (before !== undefined && out.length > 0) out = out.slice(0, -1);
    out += String((before ?? 1) * 10 + (after ?? 0));
    if (after !== undefined) i++;
  }
  return out;
}

/** The question in standard Mandarin, word by word; what is not listed is kept as written. */
export function toMandarin(text: string, dialect: Dialect | 'all'): string {
  const trie = TRIES[dialect];
  let out = '';
  for (let i = 0; i < text.length; ) {
    const hit = trie.longest(text, i);
    if (hit) {
      out += hit.terms[0]!;
      i += hit.length;
    } else {
      out += text[i]!;
      i++;
    }
  }
  return tensToFigures(out);
}
