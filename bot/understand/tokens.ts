/**
 * A message as a list of tokens: lexicon words (the longest at each position), numbers (exact or
 * rough), separators and other characters. Normalises first: full-width digits and punctuation,
 * traditional characters residents type (係, 個, 兩 …), and spaces, which voice input and short
 * typists use as commas. One pass, each position read at most a bounded number of characters
 * ahead: linear in the length of the message.
 */
import { type Lexicon, type Meaning, lexiconFor, type Dialect } from '../../content/lexicon/index.ts';
import { type ReadNumber, readNumber } from './numbers.ts';
import { NEVER_HEARD } from '../../content/lexicon/heard-by-sound.ts';
import { NUMERALS, soundLexiconFor } from './sound-words.ts';
import { heard } from './sounds.ts';
import { closeTypingGaps } from './typing-gaps.ts';
import { isPhrase } from './phrases.ts';

export type Token =
  | { kind: 'word'; text: string; start: number; end: number; meanings: Meaning[] }
  | { kind: 'num'; text: string; start: number; end: number; n: ReadNumber }
  | { kind: 'sep'; text: string; start: number; end: number }
  | { kind: 'char'; text: string; start: number; end: number };

const TRADITIONAL: Record<string, string> = {
  係: '系',
  禮: '礼',
  週: '周',
  個: '个',
  級: '级',
  廠: '厂',
  兩: '两',
  歲: '岁',
  錢: '钱',
  塊: '块',
  萬: '万',
  沒: '没',
  殘: '残',
  證: '证',
  嗎: '吗',
  媽: '妈',
  爺: '爷',
  孫: '孙',
  婦: '妇',
  兒: '儿',
  們: '们',
  養: '养',
  療: '疗',
  車: '车',
  禍: '祸',
  醫: '医',
  燒: '烧',
  風: '风',
  颱: '台',
  亞: '亚',
  腎: '肾',
  貸: '贷',
  債: '债',
  銀: '银',
  發: '发',
  開: '开',
  擺: '摆',
  賣: '卖',
  買: '买',
  邊: '边',
  裡: '里',
  裏: '里',
  來: '来',
  幾: '几',
  給: '给',
  無: '无',
  這: '这',
  説: '说',
  說: '说',
  親: '亲',
  點: '点',
  樣: '样',
  問: '问',
  題: '题',
  還: '还',
  進: '进',
  對: '对',
  應: '应',
  該: '该',
  種: '种',
  魚: '鱼',
  業: '业',
  農: '农',
  鄉: '乡',
  縣: '县',
  區: '区',
  陽: '阳',
  東: '东',
  麼: '么',
  麽: '么',
  張: '张',
  陳: '陈',
  劉: '刘',
  黃: '黄',
  葉: '叶',
  鄭: '郑',
  鍾: '钟',
  險: '险',
  請: '请',
  謝: '谢',
  時: '时',
  間: '间',
  壞: '坏',
  難: '难',
  窮: '穷',
  齊: '齐',
  龍: '龙',
  學: '学',
  費: '费',
  嚴: '严',
  場: '场',
  頭: '头',
  腳: '脚',
  聽: '听',
  見: '见',
  聾: '聋',
  啞: '哑',
  腦: '脑',
  癱: '瘫',
  瘓: '痪',
  線: '线',
  經: '经',
  營: '营',
  產: '产',
  實: '实',
  際: '际',
  樓: '楼',
  傷: '伤',
  擔: '担',
  總: '总',
  結: '结',
  過: '过',
  後: '后',
  // Round 10: more characters a Cantonese-writing resident types in traditional form (轉咗城鎮戶口, 讀書, 幫手).
  轉: '转',
  鎮: '镇',
  戶: '户',
  與: '与',
  為: '为',
  會: '会',
  動: '动',
  從: '从',
  處: '处',
  紀: '纪',
  補: '补',
  貼: '贴',
  領: '领',
  讀: '读',
  書: '书',
  鄰: '邻',
  災: '灾',
  雖: '虽',
  辦: '办',
  視: '视',
  語: '语',
  體: '体',
  輪: '轮',
  壓: '压',
  腫: '肿',
  臟: '脏',
  離: '离',
  喪: '丧',
  嬸: '婶',
  姪: '侄',
  細: '细',
  條: '条',
  隻: '只',
  幫: '帮',
  緊: '紧',
  錯: '错',
  賺: '赚',
  掙: '挣',
  貨: '货',
  舖: '铺',
  鋪: '铺',
  單: '单',
  獨: '独',
  歸: '归',
  廣: '广',
  漁: '渔',
  蠔: '蚝',
  務: '务',
  勞: '劳',
  資: '资',
  億: '亿',
  儲: '储',
  財: '财',
  層: '层',
  棟: '栋',
  舊: '旧',
  爛: '烂',
  電: '电',
  話: '话',
  號: '号',
  碼: '码',
  聯: '联',
  講: '讲',
  聲: '声',
  聞: '闻',
  絳: '绛',
  臨: '临',
  榮: '荣',
  濟: '济',
  運: '运',
  鹽: '盐',
  陸: '陆',
  價: '价',
  礎: '础',
  藥: '药',
  診: '诊',
  術: '术',
  齡: '龄',
  顧: '顾',
  護: '护',
  惡: '恶',
  糧: '粮',
  饑: '饥',
  餓: '饿',
  飯: '饭',
  誤: '误',
  鬆: '松',
  愛: '爱',
  參: '参',
  將: '将',
  現: '现',
  麵: '面',
  氣: '气',
  決: '决',
  認: '认',
  識: '识',
  記: '记',
  憶: '忆',
  寫: '写',
  報: '报',
  銷: '销',
  僅: '仅',
  餘: '余',
  賬: '账',
  帳: '账',
  雞: '鸡',
  鴨: '鸭',
  豬: '猪',
  蝦: '虾',
  穀: '谷',
  麥: '麦',
  蘋: '苹',
  園: '园',
  網: '网',
  絡: '络',
  連: '连',
  續: '续',
  關: '关',
  門: '门',
  閉: '闭',
  執: '执',
  閒: '闲',
  閑: '闲',
  盡: '尽',
  覺: '觉',
  檢: '检',
  驗: '验',
  馮: '冯',
  鄧: '邓',
  蘇: '苏',
  吳: '吴',
  楊: '杨',
  趙: '赵',
  譚: '谭',
  羅: '罗',
  許: '许',
  蔣: '蒋',
  龐: '庞',
  駱: '骆',
  歡: '欢',
  夠: '够',
  團: '团',
  衛: '卫',
  髮: '发',
  燈: '灯',
  煩: '烦',
  擾: '扰',
  據: '据',
  創: '创',
  傳: '传',
  遠: '远',
  頓: '顿',
  賠: '赔',
  償: '偿',
  賭: '赌',
  騙: '骗',
  搶: '抢',
  淚: '泪',
  艱: '艰',
  嘆: '叹',
  乾: '干',
  憑: '凭',
  紙: '纸',
  齒: '齿',
  眾: '众',
  衆: '众',
  倆: '俩',
  嗮: '晒',
  幹: '干',
  鬥: '斗',
  換: '换',
  壯: '壮',
  靈: '灵',
  剛: '刚',
  纔: '才',
  準: '准',
  懶: '懒',
  殼: '壳',
  陣: '阵',
  嘗: '尝',
  嚐: '尝',
  鐘: '钟',
  錶: '表',
  啟: '启',
  帶: '带',
  壽: '寿',
  鬧: '闹',
  熱: '热',
  燙: '烫',
  臉: '脸',
  睜: '睁',
  瘋: '疯',
  癡: '痴',
  劃: '划',
  廢: '废',
  凍: '冻',
  濕: '湿',
  適: '适',
  黨: '党',
  隊: '队',
  組: '组',
  織: '织',
};

const SEPARATORS = new Set([...'，。,;；！!？?\n\r\t、：:…~～ 　()（）【】[]「」『』“”"\'/|']);

/** Full-width letters, digits and punctuation as ASCII (１３８… → 138…): for numbers and names alike. */
export function asciiWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : ch;
  }
  return out;
}

/** What the parser reads: ASCII width, and the traditional characters residents type as simplified. */
export function normalise(text: string): string {
  let out = '';
  for (const ch of asciiWidth(text)) out += TRADITIONAL[ch] ?? ch;
  return out;
}

const STOP_KINDS = new Set(['period', 'each', 'people', 'alone', 'neutral', 'group', 'total']);

/** The text as tokens, read with the lexicon of the resident's dialect. */
export function tokenize(raw: string, dialect: Dialect | 'all', places?: Lexicon): { text: string; tokens: Token[] } {
  const words: Lexicon = lexiconFor(dialect);
  // Spaces a slow typist put inside a phrase or number are no commas ("河 津", "六十 七").
  const text = closeTypingGaps(normalise(raw), (run) => {
    const w = words.longest(run, 0);
    const p = w?.meanings.find((m) => m.t === 'person');
    return w && p?.t === 'person' ? { self: p.rel === 'self', length: w.length } : undefined;
  });
  // Place names first when longer: a county called 万X is a place, not 10,000 and X.
  const lex: Lexicon = places ? longerOf(words, places) : words;
  // A trailing digit of a number must not swallow the first character of a period or count word.
  const startsWord = (i: number) => {
    const w = lex.longest(text, i);
    return w !== undefined && w.length >= 2 && w.meanings.some((m) => STOP_KINDS.has(m.t));
  };
  const tokens: Token[] = [];
  const heardText = once(() => heard(text));
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    // "5000元/年", "130元/月" as forms write them: the slash joins the amount to its period.
    if (c === '/' && /[元块]/.test(text[i - 1] ?? '') && /[年月日天]/.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (SEPARATORS.has(c) || (c === '.' && !/[0-9]/.test(text[i + 1] ?? ''))) {
      tokens.push({ kind: 'sep', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const word = spelledOrHeard(lex.longest(text, i), () => heardWord(text, i, dialect, lex, heardText));
    const num = readNumber(text, i, startsWord);
    if (num && (!word || num.length > word.length) && !readable(text, i, num)) {
      // Not a figure anyone means (a negative, 1e308, twenty nines): kept whole and left unread,
      // so the reply says which part was not understood instead of recording a wrong amount.
      tokens.push({ kind: 'char', text: text.slice(i, i + num.length), start: i, end: i + num.length });
      i += num.length;
      continue;
    }
    if (num && (!word || num.length > word.length)) {
      tokens.push({ kind: 'num', text: text.slice(i, i + num.length), start: i, end: i + num.length, n: num });
      i += num.length;
      continue;
    }
    // 那个, 哎呀 said while thinking (voice input): nothing to read, and no wall between the words
    // around them.
    if (word?.meanings.every((m) => m.t === 'filler')) {
      i += word.length;
      continue;
    }
    if (word) {
      tokens.push({
        kind: 'word',
        text: text.slice(i, i + word.length),
        start: i,
        end: i + word.length,
        meanings: word.meanings,
      });
      i += word.length;
      continue;
    }
    tokens.push({ kind: 'char', text: c, start: i, end: i + 1 });
    i++;
  }
  return { text, tokens };
}

type Found = ReturnType<Lexicon['longest']>;

/** The word spelled at a position, or a longer one heard by sound (退休斤 is 退休金, not 退休 and 斤). */
function spelledOrHeard(spelled: Found, bySound: () => Found): Found {
  const h = bySound();
  return h && h.length > (spelled?.length ?? 0) ? h : spelled;
}

/**
 * A word that matters heard by its sound at a position (老办 → 老伴), unless a spelled word of two
 * characters or more begins inside it ("是父亲" is 是 and 父亲, not 师傅 and 亲).
 */
function heardWord(text: string, at: number, dialect: Dialect | 'all', spelled: Lexicon, sound: () => string): Found {
  const w = soundLexiconFor(dialect).longest(sound(), at);
  const typed = text.slice(at, at + (w?.length ?? 0));
  if (!w || w.length < 2 || NUMERALS.test(typed) || NEVER_HEARD.has(typed)) return undefined;
  for (let j = at + 1; j < at + w.length; j++) if ((spelled.longest(text, j)?.length ?? 0) >= 2) return undefined;
  return w;
}

function once<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

/** Larger than any amount, count or age a resident states: beyond it a number is a slip. */
const LARGEST = 1e9;

/** A number as a resident means one: not negative, not glued to letters (1e308), not astronomic. */
function readable(text: string, at: number, n: ReadNumber): boolean {
  if (n.value > LARGEST) return false;
  const before = text[at - 1] ?? '';
  const after = text[at + n.length] ?? '';
  // "-500", "负500" (but "300-500" is a range, and 2k, 3w are thousands and 万).
  if (/^[-−－负]$/.test(before) && !/^[0-9]$/.test(text[at - 2] ?? '')) return false;
  // (A Chinese numeral after letters is a number still: "BB一岁半" is a baby's age.)
  if (
    /^[0-9]$/.test(text[at] ?? '') &&
    (/^[A-Za-z]$/.test(before) || (/^[A-Za-z]$/.test(after) && !/^[kKwW]$/.test(after)))
  )
    return false;
  return true;
}

function longerOf(a: Lexicon, b: Lexicon): Lexicon {
  return {
    maxWordLength: Math.max(a.maxWordLength, b.maxWordLength),
    longest(text, at) {
      const x = a.longest(text, at);
      const y = b.longest(text, at);
      if (!x) return y;
      if (!y) return x;
      return y.length >= x.length ? y : x;
    },
  };
}

export function meaningOf<T extends Meaning['t']>(
  tok: Token | undefined,
  t: T,
): Extract<Meaning, { t: T }> | undefined {
  if (tok?.kind !== 'word') return undefined;
  return tok.meanings.find((m) => m.t === t) as Extract<Meaning, { t: T }> | undefined;
}

/**
 * The most tokens one clause holds. A clause people write is a few words between commas; a run
 * longer than this (text with no punctuation, or a hostile input) is read in pieces, so the work
 * each word does over its clause stays bounded and reading stays linear in the message's length.
 */
export const MAX_CLAUSE_TOKENS = 48;

/**
 * "俺和老汉都七十多了娃们都在外头", typed with no comma: an age, a sentence-final particle (了, 咯) and
 * then a person word begins a new clause, so what the next person does (在外头) is not said of the
 * people the age was about.
 */
function endsAgeSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'char' || !isPhrase(t.text, 'ageSentenceEnd')) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    (before?.kind === 'num' || (before?.text === '岁' && tokens[k - 2]?.kind === 'num')) &&
    after?.kind === 'word' &&
    after.meanings.some((m) => m.t === 'person')
  );
}

/** Clauses: runs of tokens between separators (a space or a comma ends a clause). */
export function clausesOf(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'sep') {
      if (cur.length) out.push(cur);
      cur = [];
    } else {
      cur.push(t);
      if (cur.length >= MAX_CLAUSE_TOKENS || endsAgeSentence(tokens, k)) {
        out.push(cur);
        cur = [];
      }
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
