/**
 * The words residents and agents use, with what they mean to the screening: the one lexicon the
 * chat, the hotline intake and policy search share. Data, not code: a word goes under its
 * meaning, with the dialect where it holds (老汉 is a husband in 晋南 but an old man elsewhere;
 * 婆婆 is a mother-in-law in the north and a grandmother in 粤; 女 alone is a daughter in 粤).
 * Longer words win over shorter ones when the text is read (儿媳妇 before 媳妇), so a word that
 * changes meaning inside a longer one needs only the longer entry.
 *
 * Kinship follows 最低生活保障审核确认办法 第七条: only relatives with a statutory duty of support
 * count, so a child's spouse (儿媳, 女婿) and collateral relatives are `other`; the spouse's parents
 * (公婆, 岳父母) living with the family count as its parents but never owe support (inLaw).
 */
import type { Dialect, LexiconEntry, Meaning, Relation } from './meanings.ts';
import { OUTSIDE_PLACES } from './outside-places.ts';

const entries: LexiconEntry[] = [];

function add(meaning: Meaning, words: string, opts: { dialect?: Dialect; term?: string } = {}): void {
  for (const word of words.split(/\s+/).filter(Boolean)) entries.push({ word, meaning, ...opts });
}
const person = (
  rel: Relation,
  words: string,
  opts: { dialect?: Dialect; n?: number; gender?: 'm' | 'f'; senior?: true; inLaw?: true } = {},
) =>
  add(
    {
      t: 'person',
      rel,
      ...(opts.n ? { n: opts.n } : {}),
      ...(opts.gender ? { gender: opts.gender } : {}),
      ...(opts.senior ? { senior: true } : {}),
      ...(opts.inLaw ? { inLaw: true } : {}),
    },
    words,
    opts.dialect ? { dialect: opts.dialect } : {},
  );

// ── People ─────────────────────────────────────────────────────────────────────────────────
person('self', '我 俺 本人 自己 我自己 俺自己 自家 咱 偶 额');
person(
  'self',
  '一名女子 一名男子 一名妇女 一名老人 一名老汉 一名老太 一名女孩 一名男孩 该女 该男 来电人 来电者 求助人 诉求人 ' +
    '当事人 申请人 其 该户 该人 该老人 该居民 该村民 户主 老人 老人家 该女士 该男子 市民 村民 某 大爷 大娘 大妈' +
    ' 老大爷 老太太 老奶奶 阿伯 女士 先生 师傅' +
    // "谢小姐（28）", as 女士: a title, the woman calling, not 姐 a sister.
    ' 小姐' +
    // "一名湖南籍女子": a woman from somewhere, the person the order is about (not 晋南's 女子, a daughter).
    ' 籍女子 籍男子 籍妇女 籍男子汉',
);
// "单亲妈妈" is how the person the call is about is described (a lone parent), not a parent of hers.
person('self', '单亲妈妈 单亲母亲 单亲妈 单亲家庭妈妈', { gender: 'f' });
person('self', '单亲爸爸 单亲父亲 单亲爸', { gender: 'm' });
person('spouse', '老伴 老伴儿 配偶 爱人 对象 两口子的另一个');
person('spouse', '丈夫 老公 男人 当家的 孩子他爸 孩子他爹 娃他爸 娃他爹 娃他大 孩他爸 孩他爹 老头子 老头儿', {
  gender: 'm',
});
person('spouse', '老汉 掌柜的', { dialect: 'north', gender: 'm' });
person('spouse', '妻子 老婆 老婆子 媳妇 媳妇儿 屋里人 孩子他妈 孩子他娘 娃他妈 娃他娘 孩他妈 孩他娘 老太婆 婆娘 内人', {
  gender: 'f',
});
person('spouse', '老公仔 老嘢', { dialect: 'yue', gender: 'm' });
// "孩子爸爸", "孩子的妈妈": as 孩子他爸, the writer's (or subject's) spouse or former spouse.
person('spouse', '孩子爸爸 孩子的爸爸 孩子爸 孩子的爸 孩子爹 娃爸爸 娃他爸爸', { gender: 'm' });
person('spouse', '孩子妈妈 孩子的妈妈 孩子妈 孩子的妈 孩子娘 娃妈妈 娃他妈妈', { gender: 'f' });
// 粤 "the child's father/mother" (个女老豆, 细路阿妈): as 娃他爸, the writer's spouse or former spouse.
person('spouse', '个仔老豆 个女老豆 细路老豆 个仔阿爸 个女阿爸 细路阿爸', { dialect: 'yue', gender: 'm' });
person('spouse', '个仔阿妈 个女阿妈 细路阿妈 个仔老母 个女老母 细路老母', { dialect: 'yue', gender: 'f' });
// "我先生" is a wife's word for her husband (粤, and polite Mandarin); 先生 alone stays whoever a work order
// names so (王先生).
person('spouse', '我先生 我嘅先生 我的先生 俺先生 我家先生 我屋企先生', { gender: 'm' });
person(
  'child',
  '养子 养女 继子 继女 独子 独女 儿子 女儿 闺女 孩子 小孩 小孩子 子女 儿女 娃 娃娃 娃儿 娃子 孩儿 独生子 独生女 亲生的',
);
person('child', '大儿子 小儿子 二儿子 大女儿 小女儿 二女儿 大闺女 小闺女 老大 老二 老三 大娃 小娃 二娃', {});
person('child', '女子 妮子 大女子 小女子 二女子 俺女子 我女子', { dialect: 'north', gender: 'f' });
// Children by birth order past the second, and daughters as 晋南 says it ("二闺女", "三儿子", "二妮"): one
// child of that order, whole (not the number 二 and 闺女).
person('child', '二闺女 三闺女 四闺女 三女儿 四女儿 三女子 二妮 三妮 大妮 小妮 二丫头 三丫头 大丫头 小丫头', {
  gender: 'f',
});
person('child', '三儿子 四儿子 三小子', { gender: 'm' });
person('child', '儿 碎娃 碎的 碎娃娃 碎女子 碎小子 娃们 小子 大小子 二小子 小小子 俺小子 俺儿 我儿 俺儿子 俺娃 我娃', {
  dialect: 'north',
});
person(
  'child',
  'BB BB仔 宝宝 小宝宝 婴儿 仔 个仔 大仔 细仔 仔女 个女 大女 细女 女仔 细路 细路仔 细蚊仔 细佬哥 孩子仔 独生仔 独仔',
  { dialect: 'yue' },
);
person('child', '女', { dialect: 'yue', gender: 'f' });
// 粤 "同个傻仔住": a son named by his simple mind, both a child and the disability (个: "my").
person('child', '个傻仔', { dialect: 'yue', gender: 'm' });
add({ t: 'disability', kind: 'intellectual' }, '个傻仔', { dialect: 'yue' });
// Children by birth order, as 粤 parents name them (孻 is the youngest).
person('child', '二仔 三仔 孻仔 大仔仔 细仔仔 尾仔', { dialect: 'yue', gender: 'm' });
person('child', '个仔女 个子女 个儿女', { dialect: 'yue' });
person('child', '二女 三女 孻女 尾女', { dialect: 'yue', gender: 'f' });
// 粤 "细个仔", "大个女": the younger son, the elder daughter, by the classifier between.
person('child', '细个仔 大个仔', { dialect: 'yue', gender: 'm' });
person('child', '细个女 大个女', { dialect: 'yue', gender: 'f' });
// "两个读书仔": two children, both at school.
for (const word of ['两个读书仔', '两个读紧书嘅仔', '两个读书嘅仔']) {
  person('child', word, { dialect: 'yue', n: 2 });
  add({ t: 'student' }, word, { dialect: 'yue' });
}
// 俩 (two) before the word for children counts them: "俩儿子二十六二十三" is two sons, not one.
person('child', '两个儿 俩儿 俩儿子 俩小子 俩闺女 俩女子 俩女儿 两个小子 两个女子', { dialect: 'north', n: 2 });
person('child', '仨儿子 仨闺女 仨小子 三个儿 三个闺女 三个小子', { dialect: 'north', n: 3 });
// ("我儿子": whose, then the word whole — not 我儿 and 子.)
person('child', '我儿子 我闺女 俺闺女 我女儿 俺女儿');
person('child', '俩娃 俩孩子 两个娃 两个孩子 两个小孩 两个儿子 两个女儿 两个闺女 一儿一女', { n: 2 });
// Work-order counts of children ("膝下一子", "育有一子一女"): people, never an amount.
person('child', '一子 一女 一个子 膝下一子 育有一子 育有一女', { n: 1 });
person('child', '一子一女 二子 两子 二女 两女 一儿一女儿 育有一子一女 两个子女 二子女', { n: 2 });
person('child', '两个细路 两个仔 两个女 两个细蚊仔 一仔一女', { dialect: 'yue', n: 2 });
// Twins ("一对双胞胎", "龙凤胎", 粤 "一对孖仔"): two children, not a pair of anything else.
person('child', '双胞胎 一对双胞胎 对双胞胎 龙凤胎 一对龙凤胎 孖仔 一对孖仔 孖女 一对孖女', { n: 2 });
person('child', '三个娃 三个孩子 三个儿子 三个女儿 仨娃', { n: 3 });
// "家中有两个小朋友": children of the house, as a mother or an agent speaks of them kindly.
person('child', '小朋友');
person('child', '两个小朋友', { n: 2 });
person('child', '三个小朋友', { n: 3 });
person('child', '两个子女 两个儿女 俩儿女', { n: 2 });
person('child', '三个子女 三个儿女', { n: 3 });
// Sons and daughters counted together ("两儿一女", "一子二女", 粤 "两仔一女"): all of them, one count.
person(
  'child',
  '两儿一女 一儿两女 两子一女 一子两女 二子一女 一子二女 两个儿子一个女儿 两个儿子一个闺女 一个儿子两个女儿',
  {
    n: 3,
  },
);
person('child', '两儿两女 两子两女 二子二女 三儿一女 一儿三女 三子一女 一子三女', { n: 4 });
person('child', '两仔一女 一仔两女 两个仔一个女 一个仔两个女', { dialect: 'yue', n: 3 });
person('child', '两仔两女 三仔一女 一仔三女', { dialect: 'yue', n: 4 });
person('child', '两个仔女 一对仔女', { dialect: 'yue', n: 2 });
person('child', '三个仔女', { dialect: 'yue', n: 3 });
person('child', '四个仔女', { dialect: 'yue', n: 4 });
person('spouse', '其妻 其夫 其丈夫 其妻子 其老伴 其配偶 其爱人 其老公 其老婆');
// A work order's short 妻 in a list of members ("本人50岁，妻48岁"): the wife, as 妻子.
person('spouse', '妻', { gender: 'f' });
person('child', '其子 其女 其儿子 其女儿 其子女 其孩子');
person('other', '其儿媳 其女婿 其侄子 其侄女');
person('parent', '其父 其父亲', { gender: 'm' });
person('parent', '其母 其母亲', { gender: 'f' });
person('grandchild', '其孙 其孙子 其孙女 其外孙');
person('parent', '父母 爹娘 父母亲 爸妈 俺爹娘 我爸妈 其父母', { n: 2 });
person('parent', '父', { gender: 'm' });
person('parent', '母', { gender: 'f' });
person('parent', '父亲 爸 爸爸 爹 老爹 俺爹 俺爸 我爸 老父亲 老爸', { gender: 'm' });
person('parent', '母亲 妈 妈妈 娘 老娘 俺娘 俺妈 我妈 老母亲 老妈', { gender: 'f' });
person('parent', '阿爸 老豆 老窦 阿爹', { dialect: 'yue', gender: 'm' });
person('parent', '阿妈 老母 阿娘 老妈子', { dialect: 'yue', gender: 'f' });
person('grandparent', '爷爷 外公 姥爷 祖父 外祖父 俺爷 我爷 俺爷爷 俺姥爷', { gender: 'm' });
person('grandparent', '奶奶 外婆 姥姥 祖母 外祖母 俺奶 我奶 俺奶奶 俺姥姥', { gender: 'f' });
person('grandparent', '阿爷 阿嫲 阿嬷 阿公 阿婆 婆婆 公公', { dialect: 'yue' });
person(
  'grandchild',
  '孙子 孙女 外孙 外孙女 孙儿 孙女儿 个孙 孙仔 孙女仔 外孙仔 大孙 细孙 小孙子 小孙女 大孙子 我孙 俺孙 我个孙 孙们',
);
// ("带个孙女": 个 the classifier, the word after it whole, not 个孙 and 女.)
person('grandchild', '个孙女 个外孙 个外孙女');
person('grandchild', '个孙仔 个外孙仔', { dialect: 'yue' });
// A grandchild by birth order and sex, whole ("细孙女8岁", "大孙女"): not 细孙 and 女, a daughter.
person('grandchild', '大孙女 细孙女 二孙女 大外孙 小外孙 大外孙女 小外孙女 细外孙 细外孙女 二孙子');
person('grandchild', '大孙仔 细孙仔 二孙仔', { dialect: 'yue' });
person('grandchild', '三孙子 三孙女 二外孙 二外孙女 二孙');
person('grandchild', '仔嘅仔 女嘅仔 仔的仔 儿子的儿子 儿子的女儿 女儿的儿子 女儿的孩子 儿子的孩子');
person('grandchild', '两个孙 两个孙子 两个孙女 俩孙子 一对孙', { n: 2 });
// 孙 alone is a grandchild as 粤 grandparents say it (孙十岁, 仔同孙); as a surname (孙某) it is no one.
person('grandchild', '孙', { dialect: 'yue' });
// 娘家/婆家 are places (a married woman's parents' home, her husband's family's home): "住在娘家"
// says where someone stays, not that a parent is in the household or owes support.
add({ t: 'neutral' }, '娘家 婆家 回娘家 住娘家 在娘家');
add({ t: 'neutral' }, '孙某 孙某某 孙先生 孙女士 孙姓 孙伯 孙婆 孙叔 孙姨 孙生 湊孙 凑孙 湊孙仔 凑孙仔');
// 某 before a workplace or an address ("在某煤矿井下作业", "某出租屋起火", 粤 "喺某酒楼做"): a place left
// unnamed, not the person the order is about (that 某 stands alone or after a surname).
add(
  { t: 'neutral' },
  '某煤矿 某矿 某矿山 某厂 某工厂 某酒店 某饭店 某酒楼 某餐馆 某医院 某超市 某商场 某派出所 某出租屋 某企业 ' +
    '某学校 某养殖场 某车间 某市场 某公司 某单位 某物流公司 某快递公司 某宾馆',
);
// ("考上广东某大学", "在太原某学院读书": a university left unnamed is still one, and no one.)
add({ t: 'student' }, '某大学 某大专 某学院 某高校 某职业学院 某职院');
add({ t: 'work' }, '某工地 某建筑工地');
// A spouse's affair (老公喺外面有女人): a woman outside the family, not a daughter.
add({ t: 'neutral' }, '有女人 有咗女人 有了女人 有别的女人 有个女人 有第三者 有咗第三者 养女人 养咗女人');
// 孙 alone is also a surname (孙某): only after 系/是 or a count is it a grandchild.
person('grandchild', '系我孙 係我孙 是我孙 都系孙 都係孙 都是孙 孙女仔 外孙女仔 外孙仔女');
person('sibling', '哥哥 姐姐 弟弟 妹妹 兄弟 姐妹 哥 姐 弟 妹 兄 大哥 二哥 大姐 二姐 小弟 小妹 兄弟姐妹');
person('sibling', '家姐 阿姐 细佬 细妹 阿哥 大佬 阿弟 阿妹', { dialect: 'yue' });
// Brothers and sisters by birth order ("二佬", "三家姐", 晋南 "三哥", "二妹子"): one sibling each.
person('sibling', '三哥 四哥 三姐 四姐 二弟 三弟 二妹 三妹 大妹 大弟 二妹子 三妹子 小妹子');
person('sibling', '二佬 三佬 四佬 细佬仔 二家姐 三家姐 大家姐 二妹 三妹', { dialect: 'yue' });
person('spouse', '后老伴 后老婆 后来的老伴 领了证的');
// 晋南 for a wife ("俺婆姨"), as callers say it.
person('spouse', '婆姨 俺婆姨', { dialect: 'north', gender: 'f' });
// 晋南 for an uncle's wife (妗子, 俺妗子): a relative without a duty of support.
person('other', '妗子 俺妗子 我妗子 妗妗', { dialect: 'north', gender: 'f' });
person(
  'other',
  '搭伙 搭伙的 搭伙过 搭伙过日子 搭伙过日子的 没领证的 俺舅 我舅 舅 儿媳 儿媳妇 媳妇子 女婿 侄子 侄女 侄儿 ' +
    '侄 外甥 外甥女 姑姑 姑妈 姑父 姨 姨妈 舅舅 舅妈 叔叔 婶婶 伯伯 大伯 亲戚 朋友 邻居 保姆 表哥 表姐 ' +
    '表弟 表妹 堂哥 堂弟 堂姐 堂妹  嫂子 弟媳 妹夫 姐夫 干儿子 干女儿 干妈 干爹 干娘 干爸 干闺女 俺干妈 我干妈 契妈 契爷 契仔 契女',
);
// The wider family by marriage and the second generation beyond it (姨夫, 妯娌, 小姑子, 侄孙, 孙媳妇,
// 晋南 "老姑婆", 粤 "姨婆"): relatives without a duty of support (审核确认办法 第七条 names only spouses,
// parents, children), and 女朋友 a partner not married, so never 我女 and 朋友.
person(
  'other',
  '姨夫 妯娌 大姑子 小姑子 小叔子 大伯子 连襟 侄孙 侄孙女 侄孙仔 老姑婆 姨婆 外甥媳妇 孙媳妇 孙女婿 女朋友 男朋友 女友 男友',
);
// A step-parent who raised the writer ("后妈", "继父", 晋南 "后爹", "后娘"): 民法典 第一千零七十二条 gives
// them a parent's rights and duties, so a parent.
person('parent', '继父 后爹 后爸 继父亲', { gender: 'm' });
person('parent', '继母 后妈 后娘 继母亲', { gender: 'f' });
// The child's grandfather or grandmother (娃他爷, 孩子他奶): the writer's parent or the spouse's, said
// from the child's side; either way a parent of the couple.
person('parent', '娃他爷 娃他爷爷 孩他爷 孩子他爷 孩子他爷爷 娃他姥爷 孩子他姥爷', { gender: 'm' });
person('parent', '娃他奶 娃他奶奶 孩他奶 孩子他奶 孩子他奶奶 娃他姥姥 孩子他姥姥', { gender: 'f' });
// 晋南 "俺女", "我女": a daughter (女 alone is one only in 粤).
person('child', '俺女 我女', { gender: 'f' });
person('other', '俺女婿 我女婿 我舅父 俺舅父 我舅母 俺舅母 我舅舅 俺舅舅 我舅妈 俺舅妈 我舅公 俺舅公');
// 晋南 老爷 is the mother's father (姥爷); in 粤 老爷 and 老嫲 are the husband's parents, as a wife
// names them (家公, 家婆).
person('grandparent', '老爷', { dialect: 'north', gender: 'm' });
person('parent', '老爷', { dialect: 'yue', gender: 'm', inLaw: true });
person('parent', '老嫲', { dialect: 'yue', gender: 'f', inLaw: true });
// 老爷子 is an old man, a father as the north says it of him, not 老爷 and 子.
person('parent', '老爷子', { dialect: 'north', gender: 'm' });
// Uncles and aunts in the written words of a work order ("其舅父（85岁）", "叔父", "伯母"): relatives without a duty of support.
person('other', '舅父 舅母 姨父 伯父 伯母 叔父 叔母 舅公 姑婆 表舅');
// The spouse's parents living with the family are counted with it, as the family's parents (their
// son or daughter owes them support: 民法典 第一千零六十七条; 审核确认办法 第七条(四)); living
// elsewhere they owe the applicant nothing, so they are never obligors (inLaw).
// (晋南 "老公公", "老婆婆" are the same in-laws, not 老公 or 老婆 with a syllable more.)
person('parent', '公公 公爹 老公公', { dialect: 'north', gender: 'm', inLaw: true });
person('parent', '婆婆 婆母 老婆婆', { dialect: 'north', gender: 'f', inLaw: true });
person('parent', '公婆 公公婆婆', { dialect: 'north', n: 2, inLaw: true });
person('parent', '家公', { dialect: 'yue', gender: 'm', inLaw: true });
person('parent', '家婆', { dialect: 'yue', gender: 'f', inLaw: true });
person('parent', '家公家婆', { dialect: 'yue', n: 2, inLaw: true });
// 粤 the wife's parents ("外父", "外母"; "外父外母" the pair).
person('parent', '外父 外父佬', { dialect: 'yue', gender: 'm', inLaw: true });
person('parent', '外母 外母婆', { dialect: 'yue', gender: 'f', inLaw: true });
person('parent', '外父外母', { dialect: 'yue', n: 2, inLaw: true });
person('parent', '岳父 老丈人 丈人', { gender: 'm', inLaw: true });
person('parent', '岳母 丈母娘', { gender: 'f', inLaw: true });
person('parent', '岳父母', { n: 2, inLaw: true });
person(
  'other',
  '姑姐 姑妈 姑仔 阿姑 姨妈 阿姨 叔仔 伯爷 阿伯 大嫂 二嫂 阿嫂 侄仔 外甥仔 心抱 新抱 外家 契仔 契女 阿叔 阿婶 姑丈 姨丈 阿舅',
  { dialect: 'yue' },
);
add(
  { t: 'group', with: ['spouse'], selfIncluded: true },
  '老两口 两口子 老俩口 夫妻俩 夫妻两个 两公婆 两夫妻 我们夫妻 我们两口子 俺两口子 俺俩口子 俺们两口子 俺老两口 我两公婆 老夫老妻 夫妻',
);
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '两老 两老嘢 两个老嘢', { dialect: 'yue' });
// "屋企两老", "家里二老": the two old ones at home are the writer's parents, not the writer and a spouse.
person('parent', '屋企两老 屋企二老 家里两老 家里二老 屋企两个老人家 屋企两个老嘅', { n: 2 });
add(
  { t: 'group', with: ['child'], selfIncluded: true },
  '父女俩 父子俩 母女俩 母子俩 娘俩 爷俩 娘儿俩 爷儿俩 母子两个 母女两个 两仔爷 两仔乸 两母女',
);
// The same pair counted as a work order writes it ("父女两人", "母子二人"): the person and the child.
add(
  { t: 'group', with: ['child'], selfIncluded: true },
  '父女两人 父子两人 母女两人 母子两人 父女二人 父子二人 母女二人 母子二人 父女两个 父子两个',
);
add({ t: 'group', with: ['grandchild'], selfIncluded: true }, '祖孙俩 祖孙两个 婆孙 婆孙俩 爷孙俩 两婆孙 两公孙');
add(
  { t: 'group', with: ['sibling'], selfIncluded: true },
  '兄弟俩 姐妹俩 两兄弟 两姐妹 姐弟俩 兄妹俩 姊妹俩 姊妹两个 姐妹两个 兄弟两个 俺姊妹俩 我姊妹俩 俺姐妹俩 我姐妹俩 俺兄弟俩 我兄弟俩',
);
// Three brothers or sisters, the speaker one of them ("俺兄弟仨轮流管", "俺姊妹三个"): the speaker and two
// siblings (仨 is three of them, not an age of 3). (Not 三兄弟: "三兄弟姐妹" is a longer count of its own.)
add(
  { t: 'group', with: ['sibling', 'sibling'], selfIncluded: true },
  '兄弟仨 弟兄仨 姐妹仨 姊妹仨 兄妹仨 姐弟仨 兄弟三个 弟兄三个 姐妹三个 姊妹三个 俺兄弟仨 我兄弟仨 俺弟兄仨 ' +
    '俺姊妹仨 俺姐妹仨',
);
// "俺娘俩", "我爷俩": the pair with 俺/我 in front, whole, or 俺娘 (my mother) would take the first two
// characters and leave 俩 to be read as an age of 2.
add(
  { t: 'group', with: ['child'], selfIncluded: true },
  '俺娘俩 我娘俩 咱娘俩 俺娘儿俩 我娘儿俩 咱娘儿俩 俺们娘俩 我们娘俩 俺爷俩 我爷俩 咱爷俩 俺爷儿俩 我爷儿俩 咱爷儿俩 俺们爷俩 我们爷俩',
);
// "我哋老两个", "俺老两个": an old couple, the writer one of them (老两口 said as people count).
add(
  { t: 'group', with: ['spouse'], selfIncluded: true },
  '老两个 俺老两个 我们老两个 我哋老两个 咱老两个 俺老俩 我老俩',
);
add({ t: 'plural' }, '我们 俺们 我哋 咱们 咱');
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '俺俩 我俩 我们俩 我们两个 俺两个 俺们俩 我哋两个 我两个');
add({ t: 'others' }, '他们 她们 佢哋 人家们');
add(
  { t: 'alone' },
  '一个老汉子 一个老汉 一个老婆子 一个孤老 孤老头 孤老婆 一个老头 独居 一个人住 一个人过 一个人生活 一个人在家 ' +
    '自己一个人 就我一个 就我一个人 就俺一个 就俺一个人 得我一个 得我自己 得我一个人 孤寡 孤身 孤老 一人户 单人户' +
    ' 单身一人 独自生活 独自一人 光棍一个 无依无靠 一个住 自己住 自己过 一个人 就他一个 就她一个 独自居住' +
    // 晋南 "自个" (oneself), 粤 "得我自己一个", "净系我": the writer alone.
    ' 就俺自个 就我自个 俺自个儿 就俺自个儿 就我自个儿 俺自个过 自个过 自个儿过 自个住 就自个 得我自己一个 净系我 淨係我 净系我一个',
);
// The same written short, as a summary puts it ("外婆一人住村里", "老人一人生活").
add({ t: 'alone' }, '一人住 一人过 一人生活 一人在家 一人居住 一人独居 独自住');
add({ t: 'pronoun' }, '他 她 佢 人家');

// ── Yes, no, not knowing, hedging ──────────────────────────────────────────────────────────
add(
  { t: 'neg' },
  '哪有 哪里有 边度有 哪来的 边有 没 没有 无 不 冇 唔 未 么有 么 木有 莫有 没得 莫得 冇得 唔系 不是 没啥 冇乜 没什么 冇咩 并无 未曾 从没 从来没 从未',
);
// "都七老八十了还上啥班", 粤 "仲返咩工": work asked back as a question (啥, 咩) is a no, not a question.
add(
  { t: 'neg' },
  '上啥班 还上啥班 打啥工 还打啥工 干啥活 还干啥活 做啥工 还做啥工 上什么班 还上什么班 打什么工 还打什么工 ' +
    '返咩工 仲返咩工 做咩工 仲做咩工 做乜工 仲做乜工 返乜工 仲返乜工 做乜嘢工',
);
// 粤 "唔系咩低保", "唔系乜嘢有钱人": is not any such — a no, its 咩 no question.
add({ t: 'neg' }, '唔系咩 唔系乜嘢 唔系乜 都唔系咩');
// Hardly able to any more ("好难再做工", "很难再干活", "难以再工作"): a no to the work after it.
add({ t: 'neg' }, '好难再 很难再 难以再 难再');
add({ t: 'yes' }, '有 是 是的 对 对的 嗯 嗯嗯 有的 有啊 是啊 对啊 係 系 系啊 係啊 有嘅 有㗎 啱 啱啊 冇错 没错 就是');
add(
  { t: 'idk' },
  '说不准 唔定 冇准 不知道 不晓得 不清楚 说不清 说不上来 说不好 搞不清 弄不清 不懂 不太懂 也不懂 唔知 唔清楚' +
    ' 唔知道 唔记得 不记得 记不得 记不清 记不住 忘了 忘记了 冇睇过 没看过 没留意 冇留意 不了解 没数 冇数 ' +
    '谁知道 鬼知道 问我也不知道 不太清楚 不大清楚 唔太清楚 闹不清 闹不明白 拿不准 分不清 搞唔清 搞唔清楚 分唔清 唔肯定 不确定',
);
// Someone else keeps it to themself ("老人家不肯说", "存折他不让我看"): the writer does not know — not a no.
add(
  { t: 'idk' },
  '不肯说 不肯讲 不愿说 不愿意说 不告诉我 不跟我说 唔肯讲 唔肯话 唔肯讲畀我知 唔话畀我知 唔话俾我知 ' +
    '不让我看 不给我看 不让看 唔畀我睇 唔俾我睇 唔畀睇 冇话我知 没跟我说过 没算过 冇计过 没计算过 冇算过 唔识计 不会算',
);
// Would rather not say ("这个不方便说", 粤 "唔方便讲", "唔想讲"): left unknown, never a no.
add(
  { t: 'idk' },
  '不方便说 不方便讲 不便说 不方便透露 不便透露 不想说 不愿透露 不好意思说 保密 唔方便讲 唔方便话 唔想讲 唔想话 唔讲得',
);
// Never kept count (晋南 "没记过", "没记账", 粤 "冇记低", "冇记过数"): the writer does not know the sum.
add(
  { t: 'idk' },
  '没记过 没记账 没记过账 没记数 冇记过 冇记低 冇记过数 冇记数 唔记数 未记过 没有记过 从来没记 未计过 未算过 还没算 还没算过 仲未计',
);
// Cannot reckon it (粤 "唔计得清", "计唔清", 晋南 "算不清", "不好说"): the sum is not known.
add({ t: 'idk' }, '唔计得清 唔计得 计唔清 计唔清楚 计唔到 算唔清 算不清 算不清楚 算不过来 不好算 不好说 难说');
// Not knowing what is asked ("我唔识", 晋南 "不知道是啥"): a don't-know, not an answer (唔明, 不明白 ask for help).
add({ t: 'idk' }, '我唔识 唔识呀 唔识喎 都唔识 不知道是啥 不知道是什么');
// "乜嘢系重特大疾病？", "啥是低保边缘": asking what a word means is not knowing it; its 系/是 is no yes.
add({ t: 'idk' }, '乜嘢系 咩系 乜系 咩叫 乜嘢叫 什么是 什么叫 啥是 啥叫 啥叫个');
// "应该是吧": a hedged yes (应该是 is also a hedge, and a correction's "should be").
add({ t: 'yes' }, '应该是');
// Nobody ever said (冇人同我讲过, 没人跟我说过): the writer does not know, whatever they guess.
add(
  { t: 'idk' },
  '冇人同我讲过 冇人同我讲 冇人讲过 冇人话过 冇人话我知 没人跟我说过 没人跟俺说过 没人说过 没人告诉过 没人告诉我',
);
add(
  { t: 'hedge' },
  '好像 好似 大概 估计 可能 应该 应该是 似乎 差不多 大约 约 约莫 也许 或者 怕是 恐怕 听说 啩 左右吧 吧',
);

// ── Money and time ─────────────────────────────────────────────────────────────────────────
add({ t: 'currency' }, '元 块 块钱 蚊 文 元钱 圆 rmb RMB 人民币 蚊鸡');
add({ t: 'currency', mult: 0.1 }, '毛 角');
add(
  { t: 'period', months: 1, every: true },
  '每月 每个月 一个月 一月 月均 月入 月收入 月薪 月工资 按月 逐月 一个月下来 每个月份',
);
add({ t: 'period', months: 1 }, '个月');
// "卖了一个多月": a month and more is how long, never a rate by the month.
add({ t: 'neutral' }, '个多月 多个月');
// A lone parent "being both father and mother" (晋南 "一个人又当爹又当妈", 粤 "又做老豆又做阿妈"): how they raise the
// child alone, not a father and a mother of theirs, nor one living alone.
add(
  { t: 'neutral' },
  '又当爹又当妈 又当爹又当娘 又当爸又当妈 又当爹来又当妈 一个人又当爹又当妈 一个人又当爸又当妈 一个人又当爹又当娘 ' +
    '又做老豆又做阿妈 又做老豆又做老母 又做爹又做妈 一个人又做老豆又做阿妈',
);
add({ t: 'period', months: 1 }, '月');
add(
  { t: 'period', months: 12, every: true },
  '每年 一年 全年 年收入 年入 一整年 一年下来 一年到头 年均 一年四季 一年里 一年多下来',
);
add(
  { t: 'period', months: 12 },
  '年头到而家 今年到而家 今年到现在 今年以来 年初到现在 今年 今年个 去年 年时 旧年 年 过年 过年时 逢年过节 年底 春节 过节',
);
// A student's holiday job ("暑假打工挣了三千", 粤 "暑假做兼职赚四千"): what the holiday brought, once a year.
add({ t: 'period', months: 12 }, '暑假 寒假 放暑假 放寒假 暑假里 寒假里 暑期 寒暑假');
add({ t: 'period', months: 3, every: true }, '每季 一季 一季度 每季度 季度 一个季度 三个月 每三个月');
// Rent or pay that comes twice a year ("半年一交租，一回三千"): each payment is half a year's.
add({ t: 'period', months: 6, every: true }, '每半年 半年一交 半年交一次 半年一次 半年一回 半年一收 半年收一次');
// By the school term ("每学期给两千", 粤 "每个学期俾两千"): two terms a year.
add({ t: 'period', months: 6, every: true }, '每学期 每个学期 一个学期 一学期 每学期都');
// "一季子" (晋南) is a season of seasonal work (摘苹果的时候, 一季子挣三四千): once in the year, not a quarter;
// so is a season's work gone through to its end ("摘枣一季下来挣三千").
add({ t: 'period', months: 12, every: true }, '一季子 一季下来 一季干下来 一茬下来');
add({ t: 'period', months: 1 / 30 }, '日');
add({ t: 'period', months: 1 / 30, every: true }, '每天 一天 每日 一日 日薪 天 日工资 一工');
// Pay by the hour ("一个钟头15块", 粤 "一个钟15蚊"): a working day's eighth, so the hours said worked in a
// month ("一个月干八十个钟头") count as the days do.
add(
  { t: 'period', months: 1 / 240, every: true },
  '一个钟 一个钟头 一个小时 一小时 每小时 每个小时 每个钟 每个钟头 每钟头',
);
add({ t: 'period', months: 7 / 30, every: true }, '每周 一周 一个礼拜 每个礼拜 一个星期 每星期 一礼拜');
add({ t: 'each' }, '每人 每个人 一人 一个人一 各 各自 人均 每位 每个 一个一');
// "180蚊一个月，两个人一样": the same for each of the people counted (clause-reading.ts).
add({ t: 'each' }, '一样 都一样 一样多 一样咁多 都系一样 都是一样 一人一份 每人一份');
add({ t: 'total' }, '一共 总共 合共 加起来 加埋 共 拢共 统共 总计 合计 总数 两个人一共 全家一共 一家一共 全部加起来');
// 晋南 "加一块", "合一搭", 粤 "加埋一齐": added together, said the way people do.
add({ t: 'total' }, '加一块 加到一块 加一块儿 合一块 加一搭 合一搭 加一起 加在一起 合起来 加埋一齐');
add({ t: 'about' }, '左右 上下 大概 大约 差不多 差唔多 前后 来块 左近 估摸 约摸');
add({ t: 'under' }, '不到 不够 唔够 唔到 没到 冇到 以下 以内');
add({ t: 'over' }, '出头 多点 多一点 多些 以上 有多');
// 晋南 "五千挂零": a little over the round sum.
add({ t: 'over' }, '挂零 挂点零');

// ── Income and work ────────────────────────────────────────────────────────────────────────
add(
  { t: 'income', cat: 'wages' },
  '月工资 月薪 日工资 理货员 工资 薪水 人工 工钱 打工钱 打工收入 工资收入 上班收入 务工收入 劳务收入 做工 打零工 零工 打散工 散工 做散工 做泥水 搬砖 帮人 打工挣 挣工资 零活 做零活 ' +
    '做点零活 干零活 干点零活 打零活',
  { term: '工资性收入' },
);
// Working for someone else by the job ("给人家干", "给人干活"): wages, not money given (给) by relatives.
add({ t: 'income', cat: 'wages' }, '给人家干 给人干 给人家干活 给人干活 给别人干 给人家做活', { term: '工资性收入' });
// Carrying fare-paying passengers on one's own vehicle (粤 "开摩托搭客", "载人搭客", 晋南 "开三轮载客"): a trade
// of one's own, as 跑摩的 is.
for (const word of ['搭客', '载客', '载人搭客', '拉客仔']) {
  add({ t: 'income', cat: 'business' }, word, { term: '经营净收入' });
  add({ t: 'work' }, word);
}
// Going to sea on someone else's boat (粤 "帮人出海", "做渔工", "跟船"): a hand's pay, wages, not a boat's catch.
for (const word of ['帮人出海', '同人出海', '跟人出海', '帮船老板出海', '帮人打鱼', '做渔工', '渔工', '跟船']) {
  add({ t: 'income', cat: 'wages' }, word, { term: '工资性收入' });
  add({ t: 'work' }, word);
}
add(
  { t: 'income', cat: 'business' },
  '种花生 种番薯 种红薯 种龙眼 种砂糖橘 种沙糖桔 种果 地里 田里 种了 种着 虾塘 养虾 养蚝 蚝排 捉鱼 补鞋 ' +
    '修鞋 擦鞋 修单车 卖了 卖咗 卖花椒 卖粮食 卖鸡蛋 卖猪 卖羊 卖货 种地 种田 务农 种苹果 种花椒 种果树 务弄 ' +
    '果园 种菜 种玉米 种麦子 养殖 养猪 养鸡 养鸭 养羊 养牛 养鱼 喂猪 做生意 摆摊 摆地摊 卖菜 卖水果 小卖部 ' +
    '开店 开小店 开铺 士多 经营 种植 收成 卖粮 卖苹果 卖鱼 打鱼 出海 捕鱼 渔船 耕田 种荔枝 种番薯 种木薯 ' +
    '种沙姜 种橙 做小生意 小生意 卖早餐 跑三轮 开三轮 跑三轮车 开三轮车 拉货 跑摩的 网约车 开滴滴 跑滴滴 跑车 种点地 种些地 种了点地 种几亩地' +
    // (Land of one's own to farm, said the other way round: "有点地种", 粤 "有啲地种".)
    ' 有点地种 有地种 有块地种 有些地种 有啲地种 有几亩地种',
  { term: '经营净收入' },
);
// Selling online or a little of anything ("网上卖点水果", "开网店", 粤 "网上卖嘢"): a trade of one's own.
add({ t: 'income', cat: 'business' }, '网上卖 网上卖嘢 开网店 网店 做微商 微商 卖点', { term: '经营净收入' });
// Herding one's own flock (晋南 "放羊", "放牛"): farm income, as 养羊 is; herding for others ("给村里放羊",
// 粤 "帮人放鸭") is paid work.
add({ t: 'income', cat: 'business' }, '放羊 放牛 放牲口 牧羊', { term: '经营净收入' });
add(
  { t: 'income', cat: 'wages' },
  '给人放羊 给人家放羊 帮人放羊 替人放羊 给村里放羊 给人放牛 帮人放牛 给人家放牛 帮人放鸭 帮人睇牛',
  { term: '工资性收入' },
);
// Selling what the farm grows or raises (晋南 "每年卖枣一千来块", "卖核桃两三千", 粤 "卖龙眼"): farm income.
add(
  { t: 'income', cat: 'business' },
  '卖枣 卖红枣 卖核桃 卖柿子 卖桃 卖梨 卖玉米 卖麦子 卖小麦 卖牛 卖山楂 卖葡萄 ' +
    '卖石榴 卖芦笋 卖蒜 卖辣椒 卖荔枝 卖龙眼 卖番薯 卖鸡 卖鸭 卖鹅',
  { term: '经营净收入' },
);
// A crop named alone after another's sale (粤 "卖荔枝七八千，龙眼两三千"): its sale too, and not 眼, an eye.
add({ t: 'income', cat: 'business' }, '龙眼 桂圆', { term: '经营净收入' });
// Spice and fruit crops of the hills grown for sale (粤 "种八角同肉桂", "种砂仁同沙糖桔"): farm income; 八角 is
// star anise here, not eight 角 of money.
add(
  { t: 'income', cat: 'business' },
  '种八角 八角 种肉桂 肉桂 种玉桂 玉桂 种砂仁 砂仁 沙糖桔 砂糖橘 种茶 种茶叶 种油茶 卖八角 卖肉桂 卖砂仁',
  { term: '经营净收入' },
);
// Growing a little of anything (种点苹果, 种些花生) and what it sells for (卖个, 卖得): the same farm income.
add({ t: 'income', cat: 'business' }, '种点 种些 种了些 种咗啲 种啲 卖个 卖得', { term: '经营净收入' });
// Cotton grown or sold is farm income; 棉花 alone (帮人摘棉花 is wage work) is only not 花, spending.
add({ t: 'income', cat: 'business' }, '种棉花 卖棉花', { term: '经营净收入' });
add({ t: 'neutral' }, '棉花');
// Foods and things named with 花 (麻花 fried dough twists, 葱花, 雪花): not 花, spending.
add({ t: 'neutral' }, '麻花 葱花 雪花 浪花 花卷');
// A public-welfare job (公益性岗位: cleaning the village, forest ranger) is work paid by the month, and
// its pay is wage income (劳动报酬), not a benefit.
add(
  { t: 'income', cat: 'wages' },
  '公益岗 公益性岗位 公益岗位 公益性岗 公益岗工资 公益岗补贴 护林员 生态护林员 保洁员 村里保洁 扫街 扫马路 扫大街',
  { term: '工资性收入' },
);
add({ t: 'work' }, '公益岗 公益性岗位 公益岗位 公益性岗 护林员 生态护林员 保洁员 村里保洁 扫街 扫马路 扫大街');
// Livestock counted ("养了几头猪", "二十来只羊", 粤 "几只鸡鸭"): animals raised, a farming income.
add(
  { t: 'income', cat: 'business' },
  '头猪 头母猪 头牛 头羊 只羊 只鸡 只鸭 只鹅 只兔 只鸡鸭 只猪 只牛 箱蜂 窝蜂 头驴',
  {
    term: '经营净收入',
  },
);
// (One head, "一头牛就一万多", "每只羊卖八百": a price per head, as 一头 and 每头 are.)
add(
  { t: 'unitPrice' },
  '一头猪 一头母猪 一头牛 一头羊 一只羊 一只鸡 一只鸭 一只鹅 一只兔 一只猪 一只牛 一头驴 一箱蜂 每头猪 每头牛 每头羊 每只羊 每只鸡 每只鸭 每只鹅 每箱蜂',
);
// Trades on one's own account (round 12): collecting scrap (收废品, 收破烂), drying fish to sell (晒鱼干卖),
// growing a crop said with 啲/咗 (种啲砂仁).
add(
  { t: 'income', cat: 'business' },
  '收废品 收破烂 捡废品 收旧货 收废旧 收旧嘢 晒鱼干 卖鱼干 晒咸鱼 卖咸鱼 种啲 种咗' +
    // (Picking scrap and rubbish to sell, 晋南 "捡破烂", 粤 "执垃圾卖", "执纸皮".)
    ' 捡垃圾 捡破烂 捡瓶子 捡纸皮 执垃圾 执纸皮 执破烂 执废品 拾荒',
  { term: '经营净收入' },
);
add(
  { t: 'income', cat: 'property' },
  '房租 租金 铺租 利息 分红 出租 租出去 租畀人 包地钱 土地流转 流转费 地租 租地钱 股息 ' +
    '租咗畀人 租咗俾人 租俾人 租咗出去 租给人 租给别人 租出去了 流转出去 包出去 包给别人',
  { term: '财产净收入' },
);
// A home or shop let out as 粤 says it ("一套放租每月一千二", "收租"): rent received.
add({ t: 'income', cat: 'property' }, '放租 放咗租 放租畀人 收租 收房租 收铺租');
// 粤 passive 俾/畀 before a crime ("俾人骗咗八万蚊", "畀人偷咗"): done to them, not money given (俾 = give).
add(
  { t: 'event', kind: 'crime' },
  '俾人骗 俾人骗咗 畀人骗 畀人骗咗 俾人骗走 畀人骗走 畀人偷 畀人偷咗 俾人偷咗 俾人抢 俾人抢咗 畀人抢 畀人抢咗',
);
// Land let out to anyone (地包给邻居, 承包给): rent; 地包 after a field is not 低保 mistyped.
add(
  { t: 'income', cat: 'property' },
  '地包给 地包出去 包给 承包给 转包给 租给 流转给 流转了 流转咗 租畀 租俾 租咗畀 租咗俾 包咗畀 包咗俾 包畀',
);
// Rent by the month ("月租600元"): rent income, or rent the family pays when it rents its home.
add({ t: 'income', cat: 'property' }, '月租 月租金 每月租金 月房租');
add({ t: 'income', cat: 'pensions' }, '退休金 退休工资 养老金 退休费 职工养老金 企业养老金 退休', { term: '养老金' });
// Unemployment insurance paid monthly ("领失业金每月1500"): a social-insurance benefit like a pension,
// counted as income by both notices; kept with pensions, as the tuning labels do.
add({ t: 'income', cat: 'pensions' }, '失业金 失业保险金 领失业金 失业救济金');
add(
  { t: 'income', cat: 'basicPension' },
  '基础养老金 农村养老金 城乡居民养老金 居民养老金 农保 新农保 老农保 老年金 城乡养老 社保养老金 农村社保 居民养老保险 养老保险金 乡下社保',
  { term: '基础养老金' },
);
add({ t: 'income', cat: 'support' }, '生活费 赡养费 抚养费 扶养费 养老钱 家用 零用钱 零花钱', { term: '赡养费' });
// 养老钱 from the state (国家, 政府, 公家) is the basic pension, not what children give.
add(
  { t: 'income', cat: 'basicPension' },
  '国家那点养老钱 国家给的养老钱 国家发的养老钱 国家的养老钱 国家养老钱 政府给的养老钱 政府发的养老钱 公家的养老钱 ' +
    '国家嘅养老钱 政府畀嘅养老钱 国家畀嘅养老钱',
  { term: '基础养老金' },
);
add({ t: 'income', cat: 'otherTransfers' }, '赔偿 赔偿金 赔款 补偿 抚恤 慰问金 救济', { term: '转移性收入' });
add(
  { t: 'income', cat: 'excluded' },
  '低保金 五保金 特困金 供养金 高龄津贴 高龄补贴 残疾补贴 残疾人补贴 两项补贴 护理补贴 生活补贴 计生奖励 独生子女费 独生子女奖励 优抚 奖学金 助学金',
  { term: '不计入收入' },
);
add(
  { t: 'work' },
  '厨师 当厨师 挖掘机 开挖掘机 铲车 叉车 吊车 砖厂 电厂 工厂上班 五金厂 刀厂 电子厂 制衣厂 鞋厂 厂里 喺厂 ' +
    '进厂 返厂 补鞋 修鞋 帮人睇档 睇档 干保洁 保洁 当保洁 扫地 打扫卫生 当保姆 做保姆 看大门 当门卫 开出租 ' +
    '端盘子 当服务员 服务员 送快递 收银 当收银员 收银员 开塔吊 开车 当司机 开三轮 开三轮车 跑三轮车 拉货 跑车 当保安 干零活 出海 ' +
    '打鱼 捕鱼 打工 上班 务工 做工 干活 做活 挣钱 赚钱 揾食 搵食 揾钱 搵钱 返工 做嘢 开工 上工 出去打工 ' +
    '外出打工 在厂里 进厂 工地 打短工 干零活 当保安 做保洁 搞卫生 洗碗 送外卖 做家政 跑运输 当司机 做装修 搞装修 ' +
    '做水电 做生意 做散工 打散工 帮工 工作 上班族 做小工 做泥水 做司机 司机 开货车 送货 修车 做服务员 做清洁 ' +
    '看果园 帮人看 按摩店 做收银',
);
add({ t: 'work' }, '公务员 做公务员 当兵 教书 当老板 做老板 打份工 揾工做 做保安 做护理员');
// Cooking for a school, a canteen or a restaurant ("在乡里幼儿园做饭", 粤 "喺学校饭堂煮饭"): a job there, not
// schooling or a meal at home.
add(
  { t: 'work' },
  '幼儿园做饭 学校做饭 小学做饭 中学做饭 食堂做饭 饭店做饭 饭馆做饭 伙房做饭 工地做饭 幼儿园煮饭 学校煮饭 ' +
    '饭堂煮饭 食堂煮饭 饭店煮饭 工地煮饭 帮厨 炊事员 当炊事员 厨工 做厨工',
);
// A factory as where one works (粤 "喺工厂做", "在工厂干"), as 砖厂 and 电子厂 are.
add({ t: 'work' }, '工厂');
// A worker, said of oneself ("都系打工仔", "系个打工妹"): work, not a son or a daughter.
add({ t: 'work' }, '打工仔 打工妹 打工人');
// Carrying goods on one's own vehicle ("靠自己运货", "开车运货"), as 拉货 is: work, on one's own account.
add({ t: 'work' }, '运货');
add({ t: 'income', cat: 'business' }, '运货', { term: '经营净收入' });
// Hauling goods or fares on one's own vehicle ("开着电动三轮拉活", "面包车拉点零货", 粤 "揸三轮车搭客"): work on
// one's own account, as 拉货 and 运货 are, so the money is business income, not wages.
for (const m of [{ t: 'work' } as const, { t: 'income', cat: 'business' } as const])
  add(m, '拉活 拉点活 拉零活 拉点零活 拉零货 拉点零货 拉点货 拉客 搭客 车货', {
    ...(m.t === 'income' ? { term: '经营净收入' } : {}),
  });
// Driving a ride-hailing car or a small three-wheeler of one's own for fares ("开网约车", "跑滴滴", "开小三轮"):
// work on one's own account, as 拉活 is.
for (const m of [{ t: 'work' } as const, { t: 'income', cat: 'business' } as const])
  add(m, '开网约车 跑网约车 开滴滴 跑滴滴 开小三轮', {
    ...(m.t === 'income' ? { term: '经营净收入' } : {}),
  });
// Driving a taxi ("跑出租"): work, as 开出租 is (跑出租 is not 出租, a home let).
add({ t: 'work' }, '跑出租 跑出租车');
// Working for a housekeeping or cleaning firm ("喺家政公司做", "在保洁公司上班"): wages, not a business owned.
add({ t: 'work' }, '家政公司 保洁公司 物业公司 保安公司 快递公司');
// Minding a car park (粤 "帮人睇停车场", 晋南 "给人看停车场"): work; 停车场 alone is a place, not a car owned.
add({ t: 'work' }, '睇停车场 看停车场 守停车场 管停车场 停车场收费 喺停车场做 在停车场上班');
// 晋南 "在小区门口看车", "给人看车" (minding parked bicycles and cars for a fee): work, not a car owned.
add({ t: 'work' }, '看车 帮人看车 给人看车 看自行车 看车棚', { dialect: 'north' });
add({ t: 'neutral' }, '停车场');
// Beauty and hair salons as a job ("女儿在城里做美容", 粤 "喺发廊做"): work, paid as wages.
add({ t: 'work' }, '做美容 做美甲 做美发 美容院 美发店 理发店 发廊 喺发廊 剪头发');
// Minding other people's children for pay (晋南 "给人看孩子", 粤 "帮人凑仔"): work, and those children are
// not the family's.
add(
  { t: 'work' },
  '帮人带孩子 帮人带小孩 帮人带娃 给人带孩子 给人带娃 给人看孩子 帮人看孩子 给人看娃 帮人看娃 ' +
    '帮人带小朋友 帮人凑仔 帮人湊仔 帮人睇细路 帮人带细路 帮人睇小朋友',
);
// The works named as where someone works ("老婆喺工厂做", 晋南 "老汉进工厂了"): work.
add({ t: 'work' }, '喺工厂 去工厂 进工厂 入工厂');
// A doctor's post said with its verb ("喺广州做医生"; 医生 alone is who spoke, "医生话…"), and a shop
// kept (开杂货铺, 开店, 开铺): work.
add({ t: 'work' }, '做医生 当医生 系医生 是医生 做护士 当护士 开杂货铺');
add({ t: 'work' }, '开店 开铺');
add({ t: 'income', cat: 'business' }, '开杂货铺');
// No work now: the workplace closed, or stopped working.
add(
  { t: 'jobless' },
  '辞了工作 辞掉工作 辞咗工 辞咗份工 辞工 辞了工 辞了活 辞掉了工 辞职 辞职了 不干了 唔做工 退了工 厂执咗 执咗笠 执笠 厂倒闭 厂子倒闭 厂倒闭了 厂子倒闭了 倒闭咗 冇做 冇做喇 冇做咗 ' +
    '没做了 不做了 唔做喇 唔做咗 停工 歇业 失咗业',
);
// 晋南: the works went under (倒了, 黄了, 垮了) — no work there now.
add({ t: 'jobless' }, '厂子倒了 厂倒了 厂子黄了 厂子垮了 厂子关了 厂子关门了 厂里倒了 厂里关门了');
// "都七老八十了谁还打工": nobody works, asked back as a question; 七老八十 is old age, not 78.
add({ t: 'jobless' }, '谁还打工 谁还上班 谁还干活 谁还出去打工 谁还能打工 边个仲返工 边个仲做嘢');
add({ t: 'neutral' }, '七老八十');
// "那个什么红斑狼疮": a word groped for, whole (晋南 么 alone is 没, a no).
add({ t: 'neutral' }, '什么 那个什么');
// A heap, a pile ("单据一大堆"): no count of anything.
add({ t: 'neutral' }, '一大堆 一堆 一大沓 一沓 一大摞 一摞');
// Not a cent ("一分钱没挣下", 粤 "一蚊钱都冇揾到"): a way of saying none, its 一 no amount and no age.
add({ t: 'neutral' }, '一分钱 一毛钱 一文钱 一个子儿 一蚊钱');
// Unmarried, said of a grown child or the writer ("小子三十了没成家在家里呢", 粤 "个仔三十几冇结婚"): no news of
// where anyone lives, and its 没 negates nothing after it (not "不在家"); so written 未婚 ("一个未婚仔同住").
add({ t: 'neutral' }, '没成家 还没成家 冇成家 未成家 没结婚 还没结婚 冇结婚 未结婚 仲未结婚 仲冇结婚');
add({ t: 'neutral' }, '未婚 未嫁 未娶 仲未嫁 仲未娶');
// Too old or weak to work, said as a question or a complaint ("两个都老咗，点做得嘢", 晋南 "老了 干不动了").
add(
  { t: 'jobless' },
  '点做得嘢 点做得郁 仲点做得 做唔郁 做唔郁喇 干不动了 干不了了 哪能干活 哪还能干活 还能干啥 还能干个啥',
);
// Found work ("个女搵咗份工", 晋南 "寻了个活"): has a job now.
add(
  { t: 'work' },
  '搵咗份工 揾咗份工 搵到份工 揾到份工 搵到工 揾到工 找了份工 找了份工作 找到工作 找到工 找了个活 寻了个活 寻下活了',
);
// Little or no income ("冇乜X" is "not much X"): said of someone, they earn next to nothing.
add(
  { t: 'jobless' },
  '冇乜收入 冇咩收入 冇几多收入 没多少收入 没几个收入 都冇几多收入 都没多少收入 也没多少收入 冇乜钱 冇咩钱 没啥钱 没什么钱 没几个钱 收入好少 收入很少 收入少得很',
);
add(
  { t: 'jobless' },
  '没有收入 冇收入 没啥收入 没什么收入 一点收入都没有 没工作 没有工作 没活干 没事做 下岗 失业 无业 待业 冇工做 冇做嘢 冇返工 唔做嘢 在家闲着 闲在家 干不了活 做唔到嘢 找不到活 揾唔到工 ' +
    '没收入 无收入 没有任何收入 没任何收入 无任何收入 冇任何收入',
);
// Jobs as work orders name them: a trade or post (文员, 老师, 搬运工), or 做/当 + the job.
add(
  { t: 'work' },
  '文员 做文员 老师 当老师 做老师 教师 会计 做会计 出纳 做护工 护士 销售 做销售 跑业务 导购 客服 普工 学徒 ' +
    '店员 售货员 营业员 搬运 做搬运 搬运工 装卸工 清洁工 环卫工 钟点工 做钟点工 季节工 干季节工 临时工 合同工 ' +
    '操作工 电工 焊工 木工 瓦工 泥瓦工 水电工 油漆工 装修工 建筑工 农民工 快递员 外卖员 骑手 包装 做包装 包装工 ' +
    '剥虾 理货 理货员 帮厨 打杂 洗碗工 看门 做家务工 做月嫂 月嫂 育儿嫂 做护理 帮人看档口 看档口 做文职 上夜班 上班族',
);
// Work by its hours ("老公全职", 粤 "我做半日钟点", "做兼职"): paid work, full or part of the day.
add(
  { t: 'work' },
  '全职 做全职 返全职 全职返工 兼职 做兼职 半职 做半职 钟点 做钟点 半日钟点 做半日钟点 半天班 上半天班',
);
// Full-time at home ("全职妈妈", "全职在家"): caring, not paid work. (全职 before a word for caring,
// "全职带细路", is read where it is met: the child word stays a person.)
add({ t: 'neutral' }, '全职妈妈 全职主妇 全职太太 全职在家');

// ── Disability and illness ─────────────────────────────────────────────────────────────────
add(
  { t: 'disability', certificate: true },
  '残疾证 残疾人证 残证 残疾正 残废证 残疾本 残疾证书 二代证 残急证 残急正 残机证',
  {
    term: '残疾人证',
  },
);
add({ t: 'disability' }, '残疾 残疾人 残废 残障 伤残');
add({ t: 'disability', severe: true }, '重残 重度残疾 重度残 一户多残');
add(
  { t: 'disability', kind: 'physical' },
  '小儿麻痹 小儿麻痹症 小儿麻痹后遗症 右手 左手 右脚 左脚 一只手 一只脚 手臂 冇咗只手 手冇咗 肢体 肢残 肢体残疾 腿脚 腿 脚 胳膊 手脚 截肢 偏瘫 瘫痪 瘫 坐轮椅 轮椅 拄拐 跛 瘸 驼背 断手 断脚 残手 残脚',
);
// Half the body or the limbs no longer moving, as people say it after a stroke ("半边身子动不了", 粤 "半边身唔郁得"):
// the kind of disability when one is asked about (a body part alone says nothing elsewhere).
add(
  { t: 'disability', kind: 'physical' },
  '半身不遂 半边身子动不了 半边身子不能动 半边身动不了 半边身不能动 手脚动不了 走不了路 走不成路 ' +
    '腰不行 腰坏了 腰摔坏了 腰断了 腰唔得 腰坏咗 ' +
    '半边身唔郁得 半边身郁唔到 半边身郁唔得 半边身唔听使 唔郁得 郁唔到 郁唔得 行唔到路 行唔到',
);
add({ t: 'disability', kind: 'visual' }, '视力 视残 视力残疾 眼睛 眼 盲 瞎 看不见 看不清 睇唔到 睇唔见 失明 盲人 对眼');
add({ t: 'disability', kind: 'hearing' }, '听力 听残 听力残疾 耳朵 耳 聋 听不见 耳背 耳仔 聋哑 听唔到 听唔见');
add(
  { t: 'disability', kind: 'speech' },
  '言语 言语残疾 哑 哑巴 说不了话 不会说话 讲唔到嘢 讲唔到话 讲唔出话 讲唔出声 说不出话 口吃',
);
add(
  { t: 'disability', kind: 'intellectual' },
  '烧坏了脑子 脑子烧坏了 脑子坏了 脑子有问题 智力 智力残疾 智障 智残 弱智 傻 脑子不好 脑瓜不好 憨 痴呆 唐氏 脑瘫 低能 蠢 戆居 傻仔',
);
add(
  { t: 'disability', kind: 'mental' },
  '精神 精神残疾 精神病 精神分裂 抑郁症 躁狂 神经病 癫 癫痫 羊癫疯 精神唔正常 脑子有病',
);
// 孤独症 (自闭症) is certified as 精神残疾 (残疾人残疾分类和分级 GB/T 26341-2010: 孤独症谱系障碍 is assessed
// under mental disability), not intellectual.
add({ t: 'disability', kind: 'mental' }, '自闭症 自闭 孤独症 自闭症谱系 孤独症谱系');
add({ t: 'disability', kind: 'multiple' }, '多重 多重残疾 多残');
add({ t: 'grade' }, '级 级别 等级');
for (const name of [
  '精神病',
  '精神分裂',
  '子宫癌',
  '卵巢癌',
  '胰腺癌',
  '膀胱癌',
  '前列腺癌',
  '甲状腺癌',
  '骨癌',
  '皮肤癌',
  '口腔癌',
  '喉癌',
  '舌癌',
  '淋巴癌',
  '尿读症',
  '尿独症',
  '头析',
  '透吸',
  '尿毒症',
  '肾衰竭',
  '肾衰',
  '癌症',
  '癌',
  '肺癌',
  '胃癌',
  '肝癌',
  // (甘 is what a pinyin keyboard offers first for gan: "甘癌" is typed for 肝癌.)
  '甘癌',
  '食道癌',
  '乳腺癌',
  '宫颈癌',
  '鼻咽癌',
  '肠癌',
  '结肠癌',
  '直肠癌',
  '白血病',
  '血癌',
  '肿瘤',
  '恶性肿瘤',
  '脑瘤',
  '淋巴瘤',
  '再生障碍性贫血',
  '血友病',
  '地中海贫血',
  // (地贫 is how families and doctors shorten it; 重型 is the form that needs transfusions for life.)
  '地贫',
  '重型地贫',
  '重型地中海贫血',
  '重症地贫',
  '重度地贫',
  '重性精神病',
  '精神分裂症',
  '肝硬化',
  '器官移植',
  '心脏病',
  '先天性心脏病',
  '先心病',
  // (性 left out, as people say it: "先天心脏病".)
  '先天心脏病',
  '冠心病',
  '心梗',
  '心肌梗塞',
  '帕金森',
  '帕金森病',
  // (粤 transliteration, as 阳江 writers type it.)
  '柏金逊',
  '柏金逊症',
  '渐冻症',
  '脑出血',
  '脑溢血',
  '脑梗',
  '脑梗塞',
  '中风',
  // (瘫痪 is not here: paralysis is what an illness or an injury left, a disability, not a 重病 to match
  // on the local list; the illness that caused it is named on its own, 中风, 脑梗.)
  '植物人',
  // Heart bypass said for the illness ("心脏搭了桥", 粤 "做过心脏搭桥"): coronary heart disease.
  '心脏搭桥',
  '心脏搭了桥',
  '心脏搭咗桥',
  '搭了桥',
  '搭咗桥',
  // A tumour said as grown ("长了个瘤", 粤 "生咗个瘤").
  '长了个瘤',
  '长了瘤',
  '生咗个瘤',
  '生咗瘤',
  '生了个瘤',
  // What a stroke left, named as such ("脑梗后遗症"): the illness under its own name.
  '脑梗后遗症',
  '中风后遗症',
  '脑出血后遗症',
  '脑溢血后遗症',
  '红斑狼疮',
  '系统性红斑狼疮',
  '耐药结核',
  '艾滋病',
  '重症',
  '大病',
  '重病',
  '绝症',
  '癌症晚期',
  '透析',
  '洗肾',
  '洗紧肾',
  '化疗',
  '放疗',
  '尿毒',
  // Dialysis told by how often ("一周透三回", 粤 "个礼拜透两次"): 透 alone, with times a week.
  '周透',
  '礼拜透',
  '星期透',
  '透两回',
  '透三回',
  '透两次',
  '透三次',
  '透二次',
]) {
  const canonical: Record<string, string> = {
    精神分裂: '精神分裂症',
    尿读症: '尿毒症',
    尿独症: '尿毒症',
    头析: '尿毒症',
    透吸: '尿毒症',
    透析: '尿毒症',
    洗肾: '尿毒症',
    洗紧肾: '尿毒症',
    周透: '尿毒症',
    礼拜透: '尿毒症',
    星期透: '尿毒症',
    透两回: '尿毒症',
    透三回: '尿毒症',
    透两次: '尿毒症',
    透三次: '尿毒症',
    透二次: '尿毒症',
    尿毒: '尿毒症',
    肾衰: '肾衰竭',
    血癌: '白血病',
    化疗: '癌症',
    放疗: '癌症',
    先心病: '先天性心脏病',
    先天心脏病: '先天性心脏病',
    甘癌: '肝癌',
    心脏搭桥: '冠心病',
    心脏搭了桥: '冠心病',
    心脏搭咗桥: '冠心病',
    搭了桥: '冠心病',
    搭咗桥: '冠心病',
    长了个瘤: '肿瘤',
    长了瘤: '肿瘤',
    生咗个瘤: '肿瘤',
    生咗瘤: '肿瘤',
    生了个瘤: '肿瘤',
    帕金森: '帕金森病',
    柏金逊: '帕金森病',
    柏金逊症: '帕金森病',
    地贫: '地中海贫血',
    重型地贫: '重型地中海贫血',
    重症地贫: '重型地中海贫血',
    重度地贫: '重型地中海贫血',
    大病: '重病',
    重症: '重病',
  };
  add({ t: 'illness', name: canonical[name] ?? name, serious: true }, name, { term: '重特大疾病' });
}
for (const name of [
  '高血压',
  '血压高',
  '糖尿病',
  '关节炎',
  '风湿',
  '腰疼',
  '腰椎',
  '颈椎',
  '感冒',
  '胃病',
  '老毛病',
  '慢性病',
  '小病',
  '咳嗽',
  '气管炎',
  '哮喘',
  '骨质增生',
  '痛风',
  '白内障',
  '老人病',
  '身体不好',
  '身体唔好',
  '病痛',
]) {
  add({ t: 'illness', name, serious: false }, name);
}
// Standing illnesses by the names work orders give them: named, not serious (not on the lists of
// 重特大疾病), and not a disability unless a certificate is said (老年痴呆 is an illness here).
for (const name of [
  '腰椎间盘突出',
  '腰间盘突出',
  '椎间盘突出',
  '腰椎病',
  '颈椎病',
  '慢阻肺',
  '慢性阻塞性肺病',
  '肺气肿',
  '慢性肺病',
  '支气管炎',
  '慢性支气管炎',
  '阿尔茨海默病',
  '老年痴呆',
  '老年痴呆症',
  // (粤 and everyday 老人痴呆: one illness word, so 老人 in it names no one.)
  '老人痴呆',
  '老人痴呆症',
  '老人家痴呆',
  '脑萎缩',
  '股骨头坏死',
  '风湿病',
  '类风湿',
  '类风湿关节炎',
  '腰肌劳损',
  '胃炎',
  '慢性胃炎',
  '乙肝',
  '肝炎',
  '肾结石',
  '胆结石',
  '甲亢',
  '贫血',
  '静脉曲张',
  '心脏不好',
]) {
  add({ t: 'illness', name, serious: false }, name);
}
add(
  { t: 'bedridden' },
  '卧床 瘫在床上 躺在床上 瘫床 起不来床 下不了床 卧床不起 瞓喺床 起唔到身 不能自理 生活不能自理 唔识自理 要人照顾 要人服侍 要人扶 伺候 服侍',
);

// ── Emergencies ─────────────────────────────────────────────────────────────────────────────
add(
  { t: 'event', kind: 'fire' },
  '火灾 着火 失火 起火 火烧 烧了 烧光 烧毁 烧没了 被烧 烧咗 烧晒 火烛 着咗火 大火 屋企火烧 房子烧 电线起火 着了火 着起火 着起了火 着了大火',
);
add(
  { t: 'event', kind: 'traffic_accident' },
  '撞了 撞咗 撞到 撞倒 撞断 车祸 交通事故 被车撞 叫车撞 让车撞 撞车 车撞 出车祸 出咗车祸 撞伤 翻车 被撞 相撞 擦碰 碰撞 刮碰 撞上 俾车撞 畀车撞 被货车撞 撞死',
);
add(
  { t: 'event', kind: 'natural_disaster' },
  '水灾 洪水 发大水 发水 水浸 浸水 水淹 淹了 台风 打风 风灾 暴雨 大暴雨 下大雨 冰雹 雹子 地震 泥石流 ' +
    '山体滑坡 滑坡 塌方 冲毁 冲垮 冲走 吹走 吹塌 倒塌 房子塌 塌了 屋塌 旱灾 干旱 雪灾 受灾 灾害 天灾 塌咗 ' +
    '屋塌咗' +
    // A landslide as 粤 says it (山泥倾泻), and a drought said of the weather (今年天旱): not 天 as pay by the day.
    ' 山泥倾泻 山泥冲落嚟 天旱 大旱',
);
add(
  { t: 'event', kind: 'sudden_illness' },
  '突发 突然 急病 急症 抢救 急诊 重症监护 ICU 住ICU 送医院 突然病倒 突然查出 刚查出 突发疾病 确诊 确诊为 查出 查出来 诊断出 检查出 确诊了 查出咗',
);
add(
  { t: 'event', kind: 'accident' },
  '煤气中毒 一氧化碳中毒 中毒 触电 溺水 摔了 摔咗 跌了 跌亲 折了 腰折了 翻船 沉船 落水 淹死 摔伤 摔倒 跌倒' +
    ' 跌伤 摔断 跌断 工伤 受伤 意外 意外受伤 砸伤 烫伤 烧伤 断了 骨折 从楼梯 从梯子 跌落 摔下来 跌咗 整伤 ' +
    '遇难 出海遇难 海难 船翻咗 船翻了 翻咗船 遇到大风浪 遇大风浪 跌死 摔死 砸死 压死 电死 浸死 溺死 溺亡',
);
// Injuries and mishaps as work orders name them (被鱼钩刺伤, 落海, 骑三轮翻到沟里), and a sudden faint.
add(
  { t: 'event', kind: 'accident' },
  '刺伤 割伤 扎伤 咬伤 被狗咬 压伤 夹伤 轧伤 炸伤 落海 掉海里 掉进海里 坠海 跌落海',
);
// A fall from a height told without 来 ("从脚手架上摔下，", "从架子上掉下"), and a fall into water
// (粤 "跌落水浸死咗": the fall, not a flood: 水浸 inside it is no disaster), and a boat sunk (条船沉咗).
add({ t: 'event', kind: 'accident' }, '摔下 掉下 掉下来 坠落 跌落水 跌咗落水 掉落水 掉进水 船沉咗 船沉了');
// A boat overturned at sea told bare ("出海遇风浪，船翻，未搵到人", "渔船翻沉"): as 翻船.
add({ t: 'event', kind: 'accident' }, '船翻 遇风浪 遇到风浪 翻沉 渔船翻沉 船打翻 风浪打翻');
// A boat lost on a reef or sunk ("渔船触礁沉没", 粤 "条船撞礁沉咗"): an accident at sea.
add({ t: 'event', kind: 'accident' }, '触礁 撞礁 沉没');
// A fall of rock at work underground or on a site ("井下塌方", "矿上冒顶", 粤 "地盘塌方"): an accident at work, not
// a natural disaster.
add({ t: 'event', kind: 'accident' }, '井下塌方 矿井塌方 矿上塌方 矿里塌方 巷道塌方 冒顶 工地塌方 地盘塌方 隧道塌方');
// An acute illness that put someone in hospital ("因急性胰腺炎入院"): 急性 says it came suddenly.
add({ t: 'event', kind: 'sudden_illness' }, '急性');
add({ t: 'event', kind: 'traffic_accident' }, '翻到沟里 翻进沟里 翻下沟 翻沟里 侧翻 连人带车');
// A gas cylinder blowing up at home ("煤气罐爆炸", 粤 "石油气罐爆炸"): a fire.
add({ t: 'event', kind: 'fire' }, '煤气罐爆炸 液化气罐爆炸 石油气罐爆炸 煤气罐炸了 气罐爆炸');
// The gas blowing up without a cylinder named, often next door ("隔壁煤气爆炸", 粤 "石油气爆炸"): an accident.
add({ t: 'event', kind: 'accident' }, '煤气爆炸 液化气爆炸 石油气爆炸 天然气爆炸 煤气炸了 石油气炸咗');
// Hit from behind on the road (被追尾, 粤 俾人追尾): a traffic accident.
add({ t: 'event', kind: 'traffic_accident' }, '追尾 被追尾 追尾了 追尾咗 俾人追尾 被车追尾');
// Hit by a vehicle named by its kind ("被摩托车撞", 粤 "俾电动车撞"), or thrown riding one on the road (粤 "开摩托跌车",
// 晋南 "骑电动车摔了车"): a traffic accident, and the 车 is no car the family owns.
add(
  { t: 'event', kind: 'traffic_accident' },
  '被摩托车撞 被摩托撞 被电动车撞 被三轮车撞 被小车撞 被汽车撞 被面包车撞 俾摩托车撞 俾电动车撞 畀摩托车撞 畀电动车撞 ' +
    '跌车 跌咗车 摔车 摔了车 摔咗车 ' +
    // (And the other vehicles roads carry: a private car, a lorry, a bus, 粤 俾/畀 before them.)
    '被私家车撞 被轿车撞 被大车撞 被卡车撞 被公交车撞 被泥头车撞 俾私家车撞 畀私家车撞 俾小车撞 畀小车撞 俾货车撞 畀货车撞 ' +
    '俾泥头车撞 畀泥头车撞 俾汽车撞 畀汽车撞',
);
add({ t: 'event', kind: 'sudden_illness' }, '突然晕倒 晕倒 昏倒 突然昏倒 诊断 诊断为 被诊断为');
// 粤 for fainting ("喺屋企晕低", "晕咗过去") and a hospital finding ("送院检查系中风"): as 晕倒 and 查出.
add({ t: 'event', kind: 'sudden_illness' }, '晕低 晕低咗 突然晕低 晕咗过去 送院检查 送院');
// Paperwork and the notices' general words, not something that happened: 诊断证明, 遇到突发事件的.
// The other party's vehicle in an accident (肇事车辆逃逸), never the family's.
add({ t: 'neutral' }, '肇事车辆 肇事车 对方车辆 肇事方车辆 肇事车主 肇事货车 肇事小车');
// The other driver gone from the scene (粤 "车主走咗", "司机走咗"): fled, not a death in the family.
add(
  { t: 'neutral' },
  '车主走咗 司机走咗 车主走了 司机走了 车主跑了 司机跑了 车主跑咗 司机跑咗 司机走佬 车主走佬 司机逃逸 车主逃逸 肇事逃逸',
);
// Temporary housing someone is put in (周转房, 过渡房): not a house they own.
add({ t: 'asset', what: 'no_home' }, '周转房 过渡房 临时安置房');
// A house buried or brought down (三间房全埋了, 冲塌了): the disaster, not a count of houses held.
add({ t: 'event', kind: 'natural_disaster' }, '全埋了 被埋了 冲塌了 冲塌 压塌了 山洪 山洪暴发 发山洪 洪灾 内涝 龙卷风');
// A roof torn off or a house blown down (晋南 "刮大风把房顶掀了", 粤 "打风吹冧咗间屋"): a natural
// disaster. The roof is part of the home named, not a home of its own.
add(
  { t: 'event', kind: 'natural_disaster' },
  '刮倒 刮塌 刮塌了 刮跑了 掀了 掀咗 掀翻 掀翻了 掀翻咗 吹翻 吹翻了 吹冧 吹冧咗 揭了房顶 揭咗瓦',
);
// (A gale alone is the weather: "刮大风，院墙倒了砸伤老伴" is the accident it caused.)
add({ t: 'neutral' }, '刮大风 刮风 起大风');
add({ t: 'neutral' }, '房顶 屋顶 瓦面 房盖 房盖子 屋瓦');
add({ t: 'neutral' }, '诊断证明 诊断书 疾病诊断 突发情况 突发事件 突发状况 突发性');
// The assistance programmes by name ("咨询低保同大病救助", "申请医疗救助"): a programme asked about, not an illness.
add({ t: 'neutral' }, '大病救助 大病医疗救助 医疗救助 大病保险 大病补助 大病补贴 重病救助 重特大疾病救助 大病医保');
// Health said so-so (身体还可以): not "life is manageable"; a hedge, so no fact (health-said.ts).
add({ t: 'healthy' }, '身体还可以 身体尚可 身体还算可以 身体一般');
add(
  { t: 'event', kind: 'other' },
  '跑路 老板跑了 欠薪 拖欠工资 工资没拿到 工钱没拿到 讨不到工钱 家暴 家庭暴力 遭受家暴 包工头跑了 包工头跑路 ' +
    '老板跑路 老板走佬 包工头走佬 老板走咗 工钱一分没拿到 工资一分没拿到 工资冇攞到 人工冇攞到 冇出粮 欠工资 欠人工 ' +
    '拖欠工钱',
);
add(
  { t: 'event', kind: 'crime' },
  '落药 投毒 下毒 被人下药 俾人落药 被人投毒 偷咗 扒咗 被扒 扒手 被盗 被偷 被骗 诈骗 被抢 抢劫 打伤 被打 遭贼 传销 骗来 骗走 骗了 骗咗 呃咗 俾人呃 被人呃 偷了 偷走 被人偷 俾人偷 被抢走',
);
add(
  { t: 'death' },
  '都没了 也没了 都走了 也走了 都去世了 都不在了 冇咗 冇咗人 去世 过世 走了 走咗 没了 死了 过身 过咗身 病故' +
    ' 早不在了 早就不在了 早都不在了 早没了 早就没了 早走了 早就走了 早过身 不在人世 双亡 双双去世 双双身亡' +
    ' 去世了 离世 身亡 早亡 早逝 早死 病死 死咗 也不在了 都不在了 已不在 已故 均已故 已去世 已过世 均已病故 ' +
    '都已去世 早已去世 病逝 逝世 死亡 抢救无效 丧偶 老伴没了 死咗 唔喺度 办丧事 丧葬 遇难' +
    // How someone died, said with the death (跌死, 淹死): they died.
    ' 跌死 摔死 撞死 淹死 浸死 溺死 溺亡 砸死 压死 烧死 电死 猝死',
);
// 没了 with another final particle ("老汉前年没啦", "俺娘早没啦"): died, as 没了.
add({ t: 'death' }, '没啦 早没啦 都没啦 也没啦 走啦 早走啦');
// 殁 (晋南 and written Chinese for died: "老伴年时殁了", "父母早殁"): died, however it ends.
add({ t: 'death' }, '殁 殁了 殁啦 殁咧 早殁 早殁了 早殁啦 都殁了 都殁啦 也殁了 也殁啦 已殁');
// "啥也干不了", 粤 "乜都做唔到": said after a relative's disability, it only says how bad it is (its 不 negates
// nothing said before it).
add({ t: 'neutral' }, '啥也干不了 啥都干不了 什么也干不了 什么都干不了 乜都做唔到 乜嘢都做唔到');
// 粤 冇咗 after 都/也/早 ("父母都冇咗"): died, as 都没了 (not 都冇, none, then 咗).
add({ t: 'death' }, '都冇咗 也冇咗 早冇咗 早就冇咗', { dialect: 'yue' });
// 粤 唔在咗 ("父母都唔在咗", "老豆早唔在咗"): no longer alive, as 都不在了 (唔在 alone is only not at home).
add({ t: 'death' }, '唔在咗 都唔在咗 早唔在咗 已经唔在咗 早就唔在咗 唔在晒', { dialect: 'yue' });
add(
  { t: 'expense', kind: 'medical' },
  '医药费 药费 住院费 治疗费 手术费 看病钱 看病 睇病 睇医生 治病 透析费 化疗费 医疗费 检查费 买药 食药 药钱 住院',
  { term: '医疗' },
);
add({ t: 'expense', kind: 'education' }, '上学 读书 上大学 读大学 学费 书费 住宿费 读书钱 上学钱 学杂费 生活费用上学', {
  term: '教育',
});
add({ t: 'expense', kind: 'disability_rehab' }, '康复 康复训练 康复费 做康复 训练费 辅具', { term: '康复' });
// School costs as work orders name them, and what someone "has to pay" (要交, 仲要出): spending.
// A student's costs named together (学费生活费一年一万多): schooling, not a relative's support.
add({ t: 'expense', kind: 'education' }, '学费生活费 学费和生活费 学费加生活费 生活费学费 学费跟生活费 学杂费生活费');
// Selling the grain one grows (一年卖谷约两千元): farming income.
add({ t: 'income', cat: 'business' }, '卖谷 卖稻谷 卖谷子 卖稻 卖米 耕几亩田 耕两亩田 耕几块田');
add({ t: 'expense', kind: 'education' }, '幼儿园 送幼儿园 托儿所 保育费 伙食费 补课费 书本费 资料费 报名费 入园');
add({ t: 'expense' }, '要交 要还 要出 要使 要花 要畀 要俾 仲要出 还要交 还要出');
add(
  { t: 'expense' },
  '出咗 自己出咗 掏咗 自己掏咗 自掏 自掏腰包 掏 花 花了 花咗 花费 掏了 自己掏 自己出 自费 开销 使咗 使了 自己畀 自己俾 贴了 垫了 出了 自付 自付了 自己付 自付约' +
    // (Paid ahead by oneself, 自己垫付: out of pocket, where 垫付 alone is someone else paying ahead.)
    ' 自付咗 自己垫付 自己垫付了 自己垫付咗 自己垫付约 自己垫咗',
);
// "已经用咗三万几", "住院用了六万": money used up on something is spent, as 花了 is.
add({ t: 'expense' }, '用咗 已经用咗 用了 已经用了 用去 用去了 用掉 用掉了 共用咗 一共用了');
// (粤 差唔多 is "about", as 差不多 is, not "nearly": read with the words for about.)
add({ t: 'nearly' }, '成 近 将近 接近 差不多有 快到');
add(
  { t: 'alternative' },
  '好嘅时候 差嘅时候 好啲嘅时候 差啲嘅时候 好的时候 不好的时候 好了 差了 有时候 有时 有的时候 旺季 淡季 ' +
    '旺嘅时候 淡嘅时候 多的时候 少的时候 最多 最少 好年景 差年景 好的年成 忙的时候 闲的时候 有活的时候 没活的时候',
);
// "羊吃的料也得花五六千", 粤 "啲猪食嘅料": the feed livestock eat is a cost of raising them.
add({ t: 'cost' }, '吃的料 喂的料 草料 料钱 精料 食嘅料 喂嘅料');
add(
  { t: 'cost' },
  '肥料 农药 化肥 成本 本钱 饲料 去咗 除本 油钱 柴油 种子 苗钱 蚝苗 鱼苗 虾苗 鸡苗 猪仔钱 地膜 雇人 请人 租地 地租钱 进货 本钱',
);
add({ t: 'noCertificate' }, '冇证 没证 没有证 没办证 冇办证 没办 冇办 冇残疾证 没有残疾证 没残疾证 证冇办 证没办');
add({ t: 'noCertificate' }, '尚未办 未办 还没办 还未办 未办理 尚未办理 没有办 还没有办 没去办 未有办');
add(
  { t: 'net' },
  '落下 落了 净落 剩下 剩 除了 除去 扣掉 扣了 减掉 净赚 纯收入 净收入 实际到手 到手 落袋 剩低 除埋 净得 净番 净剩 净收 得番 剩番 剩返',
);
add(
  { t: 'reimbursed' },
  '垫付 垫付了 赔付 肇事方赔 报了 报销了 报销 报咗 报销咗 医保报 新农合报 能报 报回 报完 报了以后 报销以后 报完以后',
);
add({ t: 'past' }, '以前 原来 过去 前几年 那几年 早些年 早年 从前 以往');
add({ t: 'past' }, '前些年 之前 以前嗰阵 旧时 先前 早几年 头几年 前两年 原先 早先 原本');
// "原在工地打工", "原在超市上班": where someone worked before, not work now.
add({ t: 'past' }, '原在');
// A good year's takings ("好年景落个两万，今年个价钱不行，也就一万来块", 粤 "好年景有两万"): what a good year
// brought, not this year's figure, as a figure said of before is not now's.
add({ t: 'past' }, '好年景 好年成 年景好 年成好 好年份 好年头 好年时 好嘅年份 好年份时');
// "老公生前做散工每月三千": what someone who has died earned while alive is money that was.
add({ t: 'past' }, '生前');
// "原月薪四千", "原月入三千": a monthly pay said as what it was before (as 原在 says where one worked).
for (const m of [{ t: 'past' } as const, { t: 'period', months: 1, every: true } as const])
  add(m, '原月薪 原月入 原月工资');
add({ t: 'income', cat: 'wages' }, '原月薪 原月工资', { term: '工资性收入' });
add({ t: 'damage' }, '损失 损失了 损失约 经济损失 亏损 损毁 冲毁 烧毁');
// Things broken by a storm or a blow ("蚝排被打烂", "玻璃被打坏"): damage to property, not an assault.
add({ t: 'damage' }, '打烂 被打烂 打坏 被打坏 打碎 被打碎 打翻 被打翻 打散 被打散');
// "家里一下子塌了天": a figure of speech for the family's world falling apart, not a collapse.
add({ t: 'severe' }, '塌了天 天塌了 天塌下来 天都塌了 塌天');
// The family itself said to have collapsed ("这一倒，家里一下子塌了", 粤 "成头家冧咗"): the same figure, the
// household's living fallen apart with its earner, not a building (a house that fell names the house: 房子塌了).
add(
  { t: 'severe' },
  '家里一下子塌了 家一下子塌了 家里一下塌了 家一下就塌了 家里一下就塌了 家就塌了 家里就塌了 这个家塌了 ' +
    '这个家就塌了 家都塌了 成头家冧咗 成个家冧咗 头家冧咗 个家冧晒',
);
add({ t: 'unitPrice' }, '一斤 每斤 一公斤 每公斤 一亩 每亩 一头 每头 一只 每只 一箱 每箱 一担');
// Rent by the room or the flat let ("两间房租出去，每间四百"): times the rooms counted before.
add({ t: 'unitPrice' }, '每间 每套');
add(
  { t: 'noGain' },
  '一分没落下 一分冇 一分钱都没 冇钱落 没落下 没落下钱 自己吃 自己食 自己食嘅 冇卖 没卖 不卖 冇卖过 没卖过 蚀' +
    ' 蚀咗 蚀本 蚀钱 亏 亏了 亏本 赔了 赔钱 赔本 不赚钱 没赚钱 没挣钱 冇赚 冇赚到 冇赚到钱 挣不下钱 挣不到钱' +
    ' 白干 冇钱赚 没啥赚头 不挣钱',
);
// A harvest that came to nothing ("今年几乎没收成").
add({ t: 'noGain' }, '没收成 几乎没收成 基本没收成 冇收成 颗粒无收 绝收 自食 自己食晒');
// A crop failed (粤 "失收", "失收咗"): a harvest of nothing.
add({ t: 'noGain' }, '失收 失收咗 全失收 失收晒');
// 晋南 "没挣下钱" (挣下: earned and kept), 粤 "冇赚到乜嘢": a year's work that left nothing.
add({ t: 'noGain' }, '没挣下钱 没挣下 基本没挣下钱 没挣下啥 没挣下啥钱 挣不下 冇赚到乜嘢 冇乜赚 冇乜钱赚 赚唔到钱');
add(
  { t: 'exhausted' },
  '一分没有 一分都没有 一分钱没有 一分钱都没有 一分钱都冇 一分都冇 一蚊都冇 一文都冇 一毛都没有 花完了 花光了 花光 用完了 ' +
    '用光了 花完 花晒 使晒 冇晒 一满花完 掏空了 掏空 都花了 全部花 花得差不多 用得七七八八 折腾光了 都没了 ' +
    '全没了',
);
// The money spent to the end, said as one word that also says living is hard ("把钱都花完了"): gone too.
add({ t: 'exhausted' }, '钱花完了 钱都花完了 钱用完了 钱都用完了');
add(
  { t: 'childless' },
  '没娃 也没娃 没有娃 冇细路 儿女都没有 儿女也没有 子女都没有 没有儿女 娃也没有 没儿没女 无儿无女 冇仔冇女 ' +
    '冇仔女 膝下无子 无子女 没有子女 没子女 没孩子 没有孩子 冇细路 无儿女 没儿女 一辈子没成家 冇结过婚 没结过婚 ' +
    '没娶媳妇 光棍 单身汉 孤寡老人 冇仔 冇女' +
    // (Never had children, said with 生育: "两公婆冇生育子女", "夫妻没有生育".)
    ' 冇生育子女 没有生育子女 没生育子女 未生育子女 无生育子女 未生育 没生育 冇生育 没有生育 冇生育过 没生过孩子 没生过娃',
);
// No wife and no children in one breath ("冇老婆仔女", "没老婆孩子"): childless, and no spouse either.
add(
  { t: 'childless' },
  '冇老婆仔女 冇老婆冇仔女 冇老婆冇仔 冇老公仔女 冇老公冇仔女 没老婆孩子 没有老婆孩子 没老婆没孩子 没老婆没娃 ' +
    '没媳妇没孩子 没媳妇孩子 无妻无子 无妻无儿 无妻无子女',
);
add(
  { t: 'healthy' },
  '身体很好 身体挺好 身体几好 身体好好 身体还行 身体都好 身体好着呢 身体好 身体好好的 身体还好 身体冇问题 身体没问题 身体健康 好手好脚 能干活 有劳动能力 年纪不大 后生 后生仔 年轻力壮 身壮力健 身体挺好 正当年' +
    // (With 也/又 between: "年轻，身体也好", "后生，身体又好"; 晋南 身子骨.)
    ' 身体也好 身体又好 身体也不错 身体不错 身体也健康 身体又健康 身体又冇事 身子骨好 身子骨好着呢 身子骨硬朗 身体硬朗' +
    ' 年轻着哩 年轻着呢 还年轻 都年轻 年纪轻轻',
);
// 晋南 身子 for 身体, 着哩 for 着呢 ("身子好着哩", "身体好着哩"): able-bodied.
add(
  { t: 'healthy' },
  '身子好 身子好着哩 身子好着呢 身子好好的 身子还好 身子还行 身子也好 身子硬朗 身子骨好着哩 身子没毛病 身子没事 身体好着哩 身体硬朗着哩',
);
// "儿子好胳膊好腿", 粤 "身体冇事", "细仔好地地": able-bodied. 好好的, 好地地 alone are read so only of relatives
// elsewhere, answering how they are (read-people-words.ts, fineOfRelativesOnly): "本来好好的" is not health.
add(
  { t: 'healthy' },
  '好胳膊好腿 胳膊腿都好 好手好腳 身体冇事 身体没事 身体冇乜事 身体都冇事 身体都没事 好好的 好地地 好哋哋',
);
// No illness said outright (身体没毛病, 都没啥病, 身体都硬朗): in good health (health-said.ts in a summary).
add(
  { t: 'healthy' },
  '身体没毛病 没毛病 没啥病 没什么病 都没啥病 都没什么病 没有什么病 冇乜病 冇病 没病 身体硬朗 身体都硬朗 都硬朗 硬朗 ' +
    '身体都健康 都健康 身体都挺好 身体都不错 身体不错',
);
// Neither ill nor disabled in one set phrase (无病无残, 无病无灾, 粤 冇病冇痛): no 重病 and no disability
// (read-people-words.ts). Not 无病 alone: a disability can go with good health.
add(
  { t: 'healthy', noDisability: true },
  '无病无残 无病无灾 无灾无病 没病没残 没病没灾 没灾没病 冇病冇痛 冇病冇残 冇病冇灾 无病无痛 没病没痛 ' +
    '不病不残 无残无病 身体无病无残',
);
// With 都 before, which would otherwise be read as "none of them" (都没, 粤 都冇): "两人都冇病冇残". (Not
// 都冇病冇痛 or 都没病没灾: a set phrase of good wishes, which labellers do not read as a fact.)
add({ t: 'healthy', noDisability: true }, '都无病无残 都没病没残 都冇病冇残 都无残无病');
add({ t: 'healthy' }, '都没病 都冇病 都无病 都冇乜病');
add({ t: 'neutral' }, '都冇病冇痛 都无病无痛 都没病没痛 都没病没灾 都无病无灾 都冇病冇灾');
// 晋南 好着哩 (doing fine), said of everyone's health: "都好着哩", "身子好着哩".
add({ t: 'healthy' }, '都好着哩 都好着呢 身子好着哩 身体好着哩 人都好着哩', { dialect: 'north' });
add(
  { t: 'onBehalf' },
  '帮她问 帮他问 帮佢问 帮佢 替她 替他 为其 代其 帮我妈问 帮我爸问 帮阿妈问 帮阿爸问 帮老人问 帮老人家问 代为 替老人 为老人 帮忙问 帮问',
);
add({ t: 'ordinal', which: 'older' }, '大的 大嘅 大个 大嗰个 老大 大的那个 年纪大的');
add({ t: 'ordinal', which: 'younger' }, '小的 细嘅 细个 细嗰个 老小 小的那个 年纪小的');
// "三个细路，最大九岁最细两岁", 晋南 "最小的五岁": the eldest and the youngest of those counted.
add({ t: 'ordinal', which: 'older' }, '最大 最大的 最大嘅 最大个 最大那个');
add({ t: 'ordinal', which: 'younger' }, '最细 最细的 最细嘅 最细个 最小 最小的 最小嘅 最小个 最小那个 老幺');
add(
  { t: 'severe' },
  '身无分文 钱花完了 钱都花完了 钱用完了 钱都用完了 身上的钱花完了 身上冇钱 身上没钱了 开饭都成问题 冇钱开饭 ' +
    '咋过冬 怎么过冬 点过冬 过冬的粮食 粮食都没了 冇米落锅 回不了家 返唔到屋企 露宿 睡车站 睡大街 无钱 没钱回家 ' +
    '冇钱返屋企 暂住 暂时住 投靠 无家可归 没地方去 住在侄子家 住在邻居家 住在村委会 日子怎么过 日子咋过 日子冇法过 ' +
    '都是借的 赊数 赊账 买米都要赊 身上冇钱 家里冇钱 屋企冇钱 没钱了 身上没钱 家里没钱 无着落 暂无着落 冇人揾钱 ' +
    '无法支付 付不起 交不起 无力支付 生活无法自理 无力承担 没有着落 借遍了 实在没办法 基本生活都成问题 生活都成问题 ' +
    '饭都吃不上 吃不上饭了 拿不出钱 再拿不出钱 连买药的钱都没有 没钱看病 没钱治 生活没有着落 揭不开锅了 难得很 ' +
    '难死了 难哩 连买面的钱都没了 买面的钱都没了 买米的钱都没了 冇钱买米 冇钱开饭 生活困难 很困难 好困难 困难 揭不开锅' +
    ' 吃不上饭 吃饭都成问题 米都冇 冇饭食 没饭吃 没地方住 无处可住 冇地方住 流落街头 过不下去 活不下去 顶唔顺 ' +
    '捱唔住 好难 好惨 好难过 太难了 很难 难啊 没着落 冇着落 睡在外面 住在亲戚家 借住 住亲戚屋企 生活没着落 ' +
    '基本生活困难 吃住都成问题 难以维持 维持不了 维持唔到 维持不下去 揸唔住 拿不出来 拿不出 拿唔出 交不上 交唔起 交唔够' +
    ' 交不够 交不出 冇钱交 没钱交 都交医院 交晒医院 全部交晒 一样都没剩 什么都没剩 啥都没剩 乜都冇晒 未食饭 ' +
    '冇食嘢 冇嘢食 没吃饭 没怎么吃饭 没路费 冇路费 冇车费 没有路费 身上一分钱都冇 身上一分钱都没有 身上一分都冇 ' +
    '身上只剩 身上只有 身上就剩 没带钱 冇带钱 都成问题 也成问题 顶梁柱没了 顶梁柱冇咗 一分收入都没了 房租都交唔起 ' +
    '房租都交不起 都冇着落 都没着落 都没有着落 也冇着落 也没着落 就冇晒 钱冇晒 好艰难 很艰难 十分艰难 非常艰难',
);
// Only a few hundred left at home while bills are due (晋南 "家里就剩几百块", 粤 "屋企得几百蚊"): the
// household's own means are gone (a count of people after 剩 is someone left, so the amount is part of it).
add(
  { t: 'severe' },
  '家里只剩几百 家里就剩几百 家里只有几百 家里只剩几十 家里就剩几十 手上只剩几百 手头只剩几百 手里就剩几百 ' +
    '屋企得几百 屋企得几十 屋企只剩几百 屋企净系得几百 屋企剩番几百 手头得几百 手上得几百',
);
// The hospital deposit raised by relatives (issue 22, round 6).
add({ t: 'severe' }, '按金都系亲戚凑 按金系亲戚凑 押金都是亲戚凑 押金是亲戚凑 押金都是借的 按金都系借');
// What was paid all borrowed from relatives (粤 "都系问亲戚借嘅", 晋南 "都是跟亲戚借的"): the household's own means
// could not meet it, basic living severely hit.
add(
  { t: 'severe' },
  '都系问亲戚借 都系同亲戚借 都系揾亲戚借 都系问亲戚朋友借 全部系问亲戚借 都系向亲戚借 ' +
    '都是问亲戚借 都是跟亲戚借 都是找亲戚借 都是向亲戚借 都是和亲戚借 都是跟亲戚朋友借 全是跟亲戚借 全是找亲戚借',
);
// No money coming in any more, or none left for what must be paid now (issue 22, round 10): "一家子没进项了",
// 粤 "冇钱再交住院费", "饭碗没了", "急需帮助".
add(
  { t: 'severe' },
  '没进项 没进项了 一分进项都没了 进项都没了 冇进项 断了进项 断了收入 饭碗没了 饭碗冇咗 饭碗都没了 冇钱再交 没钱再交 ' +
    '冇钱继续医 没钱继续治 没钱再治 冇钱再医 冇钱医 急需帮助 急需救助 急需援助 房租都冇钱交 房租也交不上 房租都交不上 ' +
    '口粮都烧了 口粮都没了 口粮都冇晒 冇米落锅' +
    // Not a cent coming in, the earner laid up ("现在一分钱进不来", 粤 "而家一蚊都冇得入"), or what is due not
    // to be raised ("实在凑不出来了", 粤 "凑唔出"): the same.
    ' 一分钱进不来 一分钱都进不来 一分钱也进不来 一分都进不来 一分进不来 一个钱进不来 一蚊都冇得入 一蚊都冇入' +
    ' 凑不出来 凑不出来了 实在凑不出 凑唔出 凑唔出嚟' +
    // Not even the baby's milk ("娃的奶粉钱都没有了", 粤 "奶粉钱都冇"): the same.
    ' 奶粉钱都没有 奶粉钱都没了 奶粉钱也没有 奶粉钱都冇 奶粉钱都冇晒 买奶粉的钱都没有',
);
// Not knowing how to go on, nowhere to sleep, nothing to wear, too little money for what must be paid now
// (round 12): "往后咋过", 粤 "今晚都唔知瞓边", "衫都冇件", "后事还没办，钱不够".
add(
  { t: 'severe' },
  '往后咋过 以后咋过 往后怎么过 以后怎么过 往后的日子咋过 以后的日子怎么过 往后点过 以后点过 唔知点过 ' +
    '唔知瞓边 瞓边都唔知 冇地方瞓 没地方睡 不知道睡哪 睡哪都不知道 衫都冇件 衫都冇 衣服都没有 衣服都没了 ' +
    '衣裳都没有 衣裳都没了 钱不够 钱都不够 钱唔够 钱都唔够 往后咋弄 往后咋办 往后怎么办 往后咋活 往后点算 以后点算',
);
// The food and bedding burnt or gone (晋南 "粮食和被褥烧没了", "连铺盖都没了", 粤 "被铺都烧晒"): nothing left
// to eat or sleep in, basic living severely hit.
add(
  { t: 'severe' },
  '被褥烧没了 被褥都烧了 被褥全烧了 被褥都没了 铺盖烧没了 铺盖都烧了 铺盖都没了 粮食烧没了 粮食都烧了 粮食全烧了 ' +
    '被铺烧晒 被铺都烧晒 被铺都冇晒 棉被都烧晒 米都烧晒',
);
// Living on borrowed money (晋南 "借钱过日子哩", 粤 "日日问人借钱过日子", "借钱度日"): basic living is
// severely hard — the household cannot meet it from its own means.
const LIVING_ON_LOANS =
  '借钱过日子 借钱度日 借钱过活 借着钱过 靠借钱过 靠借钱过日子 靠借钱度日 借债度日 借钱吃饭 借钱买米 借钱买面 ' +
  '借钱开饭 借钱食饭 问人借钱过日子 周围借钱过 四处借钱过 东借西借 东拼西凑过日子';
add({ t: 'severe' }, LIVING_ON_LOANS);
// (Money borrowed all the same: the words still say there are debts.)
add({ t: 'debt' }, LIVING_ON_LOANS);
// "积蓄都畀晒医院": money handed over to the last cent is money gone.
add({ t: 'exhausted' }, '畀晒 俾晒 交晒');
// The family has no money (粤 "屋企冇钱", 晋南 "家里没钱"): asked, no savings (read-money-words.ts).
add({ t: 'exhausted' }, '屋企冇钱 家里没钱 家里冇钱 家里没有钱 屋企冇晒钱 家里一点钱都没有');
// 粤 洗 is to spend ("啲钱都洗晒", "洗光"): money spent to the last.
add({ t: 'exhausted' }, '洗晒 洗光 洗光晒 洗咗晒 洗得七七八八 洗到冇晒');
// Not a cent coming in now ("现在一分收入都没有", 粤 "而家一蚊都冇得揾"): basic living severely hit.
add({ t: 'severe' }, '一分收入都没有 一分收入都冇 一蚊收入都冇 一蚊都冇得揾 一蚊都揾唔到 一分钱都挣不到 一分都挣不到');
// No one left to earn (粤 "佢一走，成头家都冇人揾钱", 晋南 "家里再没人挣钱了"): the earner gone, basic living severely hit.
// (Not a bare 没人挣钱, a resident's answer to who works.)
add({ t: 'severe' }, '都冇人揾钱 再冇人揾钱 就冇人揾钱 都冇人搵钱 再没人挣钱 再没有人挣钱');
// Not a cent left now ("而家一分钱都冇", "现在一分钱都没有"): basic living severely hit, not only money spent.
// No money to bury the dead ("冇钱搞后事", "无人出丧葬费"), or only a little left on one ("身上得两千蚊"):
// basic living severely hit.
add(
  { t: 'severe' },
  '冇钱搞后事 冇钱办后事 冇钱办丧事 没钱办后事 没钱办丧事 没钱发丧 无人出丧葬费 没人出丧葬费 丧葬费没着落 ' +
    '丧葬费冇着落 冇钱安葬 没钱安葬 没钱下葬 身上得',
);
// The money for what is due now not there (晋南 "丧葬费都凑不齐", "俺哪有这钱", "下个月饭钱都没了", 粤 "屋企冇咁多钱",
// "凑唔够按金"): the household cannot meet it from its own means, basic living severely hit (临时救助).
add(
  { t: 'severe' },
  '凑不齐 凑不够 都凑不齐 凑唔齐 凑唔够 哪有这钱 哪有这个钱 哪有那么多钱 哪来的钱 边有咁多钱 边度有咁多钱 ' +
    '冇咁多钱 没那么多钱 没有那么多钱 冇噉多钱 饭钱都没了 饭钱都没有 饭钱都冇 饭钱都冇晒 食饭钱都冇 吃饭钱都没了',
);
add(
  { t: 'severe' },
  '而家一分钱都冇 而家一蚊都冇 宜家一分钱都冇 而家一分钱都冇晒 现在一分钱都没有 现在一分钱也没有 现在一分钱都没了 现在一分都没有',
);
// The family's means emptied (粤 "屋企已经掏空", 晋南 "家里都掏空了", "家底掏空"), or not money enough for the bill
// now due (粤 "手术费都未够钱", 晋南 "住院费还差钱"): basic living severely hit once an emergency struck (临时救助).
add(
  { t: 'severe' },
  '屋企已经掏空 屋企都掏空 屋企掏空 屋企掏空晒 家里已经掏空 家里都掏空 家里掏空 家底掏空 家底都掏空 家底已经掏空 ' +
    '都未够钱 仲未够钱 还不够钱 都不够钱 还差钱 仲差钱',
);
// Everything the family had gone (粤 "屋企所有嘢都冇晒", "所有嘢冇咗", 晋南 "所有东西都没了", "家当全没了"):
// basic living severely hit, as 乜都冇晒 (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'severe' },
  '所有嘢都冇晒 所有嘢冇晒 所有嘢都冇咗 所有嘢冇咗 所有东西都没了 所有东西全没了 所有东西都冇晒 家当都没了 ' +
    '家当全没了 家当冇晒 一无所有',
);
// The belongings burnt whole (晋南 "家当全烧了", 粤 "家当烧晒", written "家当全部烧毁"): nothing left to live with,
// as 家当全没了 (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'severe' },
  '家当全部烧毁 家当全烧了 家当都烧了 家当全部烧了 家当烧光 家当烧光了 家当烧没了 家当烧晒 家当都烧晒 家当全毁 ' +
    '家当全部冇晒 家当都冇晒',
);
// All the belongings listed with what was lost (粤 "烧咗电动车同全部家当", 晋南 "烧了三轮车和所有家当"): as
// 家当全没了. (Not "这是俺全部家当" of one thing lost: all the family had to live by, not all it had.)
add({ t: 'severe' }, '同全部家当 和全部家当 连全部家当 连同全部家当 同所有家当 和所有家当 连所有家当 所有家当都烧');
// No source of income left, or only a few hundred on one (粤 "冇收入来源", "身上仅剩几百"), or a child left with no
// one to look after them (粤 "冇人睇"): basic living severely hit once an emergency struck (临时救助: 基本生活暂时
// 出现严重困难).
add(
  { t: 'severe' },
  '无收入来源 冇收入来源 没有收入来源 没收入来源 冇咗收入来源 没了收入来源 断了生活来源 冇晒收入 ' +
    '身上仅剩 身上仅有 身上净系得 仅剩几百 仅剩几十 只剩几百元 ' +
    '无人照看 没人照看 冇人照看 冇人睇 无人看管',
);
// Not a cent left (晋南 "屋里一分钱都没了", 粤 "一蚊都冇晒"), no money for the funeral said the other way
// round ("丧事都没钱办", 粤 "后事都冇钱搞"), the clothes burnt (written "衣物全部烧毁"), or at a loss what to do
// ("真不知道咋弄了"): basic living severely hit once an emergency struck (临时救助: 基本生活暂时
// 出现严重困难).
add(
  { t: 'severe' },
  '一分钱都没了 一分钱也没了 一分钱都没剩 一分钱也没剩 ' +
    '一蚊都冇晒 一分钱都冇晒 丧事都没钱办 后事都没钱办 丧事没钱办 后事没钱办 丧事都办不起 后事都办不起 ' +
    '丧事都冇钱搞 后事都冇钱搞 后事都冇钱办 丧事都冇钱办 衣物全部烧毁 衣物全烧了 衣物都烧了 衣服全烧了 衣服都烧了 ' +
    '衣裳都烧了 衣裳全烧了 衫都烧晒 不知道咋弄了 不知道咋办了 不知道怎么办了 不晓得咋办了',
);
// One living rough (流浪人员, 粤 "瞓街"): with no home or family to fall back on, an emergency leaves basic living
// severely hit (临时救助 covers 生活无着的流浪、乞讨人员).
add({ t: 'severe' }, '流浪人员 流浪汉 流浪者 流浪乞讨 露宿街头 瞓街 瞓天桥底');
// The other party said to have no money to pay (粤 "对方冇钱赔"): their means, not the family's.
add({ t: 'neutral' }, '对方无钱 对方冇钱 对方没钱 对方没有钱 肇事方无钱 肇事方没钱 司机无钱 司机冇钱 司机没钱');
// Borrowed from everyone there is (粤 "借晒亲戚朋友", 晋南 "亲戚都借遍了"), at a loss what to do (粤 "真系冇办法"),
// or the one the family leaned on gone (粤 "冇晒主心骨", 晋南 "没了主心骨"): basic living severely hit, as 借遍了
// and 顶梁柱没了 (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'severe' },
  '借晒亲戚朋友 借晒亲戚 借晒朋友 亲戚朋友都借晒 亲戚都借遍了 亲戚朋友都借遍了 真系冇办法 真系冇晒办法 ' +
    '实在冇办法 冇晒主心骨 冇咗主心骨 主心骨冇咗 主心骨都冇咗 没了主心骨 主心骨没了 主心骨倒了',
);
// A loss said to be small ("损失不大", 粤 "冇乜损失"): basic living not hit.
add({ t: 'manageable' }, '损失不大 损失不多 冇乜损失 没啥损失 没什么损失 影响不大 问题不大 钱上倒还行 钱倒还行');
add(
  { t: 'manageable' },
  '还能维持 还行 还可以 能过 过得去 还能过 凑合 将就 顶得顺 仲顶得顺 仲得 未至于 还好 还能撑 撑得住 亲戚帮衬' +
    ' 有人帮 生活冇问题 生活没问题 生活没有问题 唔成问题 不成问题 不愁 倒不愁 仲有啲米 还有点米 还有些米 顶得住 ' +
    '还顶得住 仲顶得住 还撑得住 尚可维持 尚能维持 可以维持 能维持 暂时没问题 暂时生活没问题 生活尚可 ' +
    '仲维持到 仲维持得到 仲维持得住 仲可以维持 还维持得了 还维持得住',
);
// Basic living itself said to be getting by (基本生活还能维持, 粤 "基本生活仲维持到"): the summary's own word on
// basic living, over hints such as staying with kin or a quoted "乜都冇晒" (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'manageable', firm: true },
  '基本生活还能维持 基本生活能维持 基本生活尚能维持 基本生活尚可维持 基本生活可以维持 基本生活还可以维持 ' +
    '基本生活勉强维持 基本生活勉强能维持 基本生活还过得去 基本生活过得去 基本生活没问题 基本生活没有问题 ' +
    '基本生活不成问题 基本生活无问题 基本生活暂无问题 基本生活暂时没问题 基本生活有保障 基本生活能保障 ' +
    '基本生活还有保障 基本生活尚有保障 基本生活可以保障 基本生活尚可 基本生活还行 基本生活还可以 ' +
    '基本生活冇问题 基本生活唔成问题 基本生活暂时冇问题 基本生活仲维持到 基本生活仲维持得到 基本生活维持到 ' +
    '基本生活仲过得去 基本生活仲可以 基本生活仲得',
);
// Living now said to be kept up (粤 "而家仲维持到", 晋南 "现在还能维持"): the same word on basic living as
// 基本生活还能维持, over a hint such as lodging with kin.
add(
  { t: 'manageable', firm: true },
  '而家仲维持到 而家仲维持得到 宜家仲维持到 而家都仲维持到 暂时仲维持到 目前仲维持到 现在还能维持 现在还维持得了 ' +
    '目前还能维持 暂时还能维持 眼下还能维持',
);
// Savings still there to live on (粤 "我自己仲有啲积蓄", 晋南 "自己还有点积蓄"): the household can meet basic
// living from its own means for now, over a hint such as lodging with kin (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'manageable', firm: true },
  '仲有啲积蓄 仲有积蓄 仲有啲储蓄 仲有啲钱 仲有啲钱傍身 还有点积蓄 还有些积蓄 还有积蓄 还有点存款 还有些存款 ' +
    '还有点钱 手头还有点钱',
);
// Food and clothing said to be covered (晋南 "吃穿还能凑合", "退休金还够吃饭", 粤 "食饭仲够"): the summary's own word
// on basic living (吃穿 is what it means), over a loss told before it or a lack named after it with 就是 (临时救助:
// 基本生活暂时出现严重困难).
add(
  { t: 'manageable', firm: true },
  '吃穿还能凑合 吃穿能凑合 吃穿还凑合 吃穿凑合 吃穿不愁 吃穿倒不愁 吃穿没问题 吃穿还行 吃穿还过得去 ' +
    '还够吃饭 够吃饭 吃饭还够 还够吃喝 够吃够穿 食饭仲够 仲够食饭 够食饭 食着冇问题 食穿冇问题 食穿唔愁 ' +
    // ("吃饭不发愁，就是没地方住": food not a worry; the lack after 就是 is shelter.)
    '吃饭不发愁 吃饭倒不发愁 吃饭不愁 吃饭倒不愁 吃喝不愁 吃喝不发愁 食饭唔愁 食饭就唔愁',
);
// Getting by, as 晋南 and 粤 speakers say it ("还凑合", "仲可以", "勉强顶住先"): not below the line.
add(
  { t: 'manageable' },
  '还凑合 凑合着 凑合着过 凑合过 还过得去 马马虎虎 一般般 紧巴巴能过 紧是紧点 仲可以 仲过得去 仲过得 过得落 ' +
    '勉强顶住 勉强顶得住 顶住先 勉强过 勉强维持 勉强过得去 仲捱得住 还将就 将就着过 ' +
    '吃饭还能吃上 饭还能吃上 饭还吃得上 吃饭没问题 吃饭不成问题 吃饭还行 食饭冇问题 食饭都仲得 食饭仲得 饭都仲有得食',
);
// Still eating (仲食得饭, 还吃得上饭): getting by, however hard it is said to be.
add(
  { t: 'manageable' },
  '仲食得饭 仲食得到饭 仲有饭食 仲有得食 还吃得上饭 还吃得饱 还有饭吃 饭还有得吃 吃得上饭 食得饱',
);

// ── Property, debts ────────────────────────────────────────────────────────────────────────
add({ t: 'asset', what: 'car' }, '汽车 小汽车 轿车 私家车 面包车 小车 车子 货车 卡车 皮卡 越野车 电动汽车 新能源车 车');
// An old or second-hand car is still a car (二手 is not the number 2; 不值钱 does not make it none).
add({ t: 'asset', what: 'car' }, '二手车 二手小车 二手面包车 二手轿车 旧车 旧小车 旧面包车 老爷车');
// A small car named by its model, as owners of an old one call it (旧奥拓, 一辆夏利): a car all the same.
add({ t: 'asset', what: 'car' }, '奥拓 夏利 桑塔纳 捷达 五菱宏光');
add(
  { t: 'neutral' },
  '二手 二手嘅 二手的 不值钱 唔值钱 不值几个钱 唔值几多钱 冇乜价值 没啥价值 值不了几个钱 值不了多少钱',
);
// A season (冬天就没活了, 热天): a time of year, not 天 as pay by the day.
add({ t: 'neutral' }, '冬天 夏天 春天 秋天 冷天 热天 天冷 天热 大热天 大冷天');
add(
  { t: 'asset', what: 'house' },
  '房子 房 住房 楼房 商品房 房产 宅子 老宅 老宅子 祖屋 屋 间屋 套间 平房 窑洞 院子 楼 单位房 新房 旧房 老房子 土房 瓦房 砖房 危房',
);
add(
  { t: 'asset', what: 'exempt_vehicle' },
  '电动三轮 电动三轮车 三轮车 三轮 电动车 电瓶车 摩托 摩托车 电单车 单车 自行车 农机 拖拉机 三马子 农用车 残疾人代步车 代步车 老年代步车 电驴 四轮电动 老头乐' +
    // A disabled person's motor tricycle (粤 "架残疾人车"): a mobility aid, not a car.
    ' 残疾人车 残疾车 残疾人摩托 残疾人三轮 残疾人摩托车 残疾人三轮车 残疾人电动车 残疾人机动车',
);
add({ t: 'asset', what: 'shop' }, '旧铺 细铺 小铺 铺仔 间旧铺 间细铺 临街铺', { term: '非住宅房产' });
add({ t: 'asset', what: 'shop' }, '商铺 门面 铺面 铺位 铺头 门市 店面 厂房 写字楼 仓库 铺租 间铺 收铺租 门面房', {
  term: '非住宅房产',
});
add({ t: 'asset', what: 'business' }, '个体户 营业执照 公司 执照 个体工商户 注册公司 法人', { term: '工商登记' });
add(
  { t: 'asset', what: 'deposits' },
  '存款 积蓄 存折 存了 储蓄 理财 股票 基金 银行 卡里 卡度 商业保险 分红险 买咗份保险 买了保险 攒了 存钱 老本 棺材本 私己钱 私家钱',
  { term: '存款' },
);
// Money saved said as what was put by ("开大车攒的点钱", "攒下的钱", 粤 "储落嘅钱"): savings, not earnings.
add(
  { t: 'asset', what: 'deposits' },
  '攒的钱 攒的点钱 攒的那点钱 攒下的钱 攒下的点钱 攒了点钱 积攒的钱 存下的钱 储落嘅钱 储咗啲钱 储落啲钱',
  { term: '存款' },
);
add(
  { t: 'asset', what: 'own_home' },
  '自建房 自有房 自家房 自家旧屋 自家屋 自己的房 自己房子 自己的房子 自家的房子 房改房 房贷 供楼 供紧楼 供紧层楼 按揭 住自己屋' +
    ' 住自己家 住旧屋 住老屋 留下的房 留下的老房子 留下的旧屋 分的房 住自己家 住在自己家 住自己屋企 住喺自己屋企 ' +
    '住自己嘅屋',
);
// Living alone in one's own home, said in one breath: both meanings at once.
for (const word of ['一个人住自己家', '一个人住自家', '一个人住自己间屋', '一个人住自己屋企']) {
  add({ t: 'alone' }, word);
  add({ t: 'asset', what: 'own_home' }, word);
}
// Living alone in a rented room, said in one breath (粤 "独自租屋", 晋南 "一个人租房住"): both meanings at once.
for (const word of ['独自租房', '独自租屋', '独自租房住', '独自租屋住', '一个人租房', '一个人租屋', '一个人租房住']) {
  add({ t: 'alone' }, word);
  add({ t: 'asset', what: 'rented_home' }, word);
}
add(
  { t: 'asset', what: 'rented_home' },
  '租房 租的 租嘅 租住 租人家 租别人 租屋 租间 住出租屋 出租屋 廉租房 公租房 租房子',
);
add(
  { t: 'asset', what: 'rented_home' },
  '租人嘅 租人的 租人屋 租别人嘅 租别人的 租人间屋 租咗间屋 租紧 租着住 赁房 赁的房',
);
// A tenant named as such (出租屋住户), or a home let by the state or a work unit (公房): rented. (Not 租客, 租户:
// a landlord speaks of them too.)
add({ t: 'asset', what: 'rented_home' }, '出租屋住户 公房 住公房');
// Rented in (粤 租返嚟, 租番嚟, 北 租来的): the home lived in is rented.
add({ t: 'asset', what: 'rented_home' }, '租返嚟 租番嚟 租返嘅 租返来 租来的 租来嘅 租来住 租人家的房');
// Rented, said with the room taken (晋南 "租了间房", "租了一间房子"): the home lived in is rented.
add({ t: 'asset', what: 'rented_home' }, '租了间房 租了一间房 租了间房子 租了一间房子 租了个房子 租了套房 租了个屋');
// The landlord (房东, 粤 业主 of a let flat) is not a house the family owns.
add({ t: 'neutral' }, '房东 房东家 二房东');
add({ t: 'asset', what: 'no_home' }, '没有房 没房子 冇屋 无房 借住 寄住 住亲戚家 住在亲戚 没地方住');
add(
  { t: 'asset', what: 'no_home' },
  '没房 冇房 无房子 没有房子 自己没房 自己没有房 没自己的房 没有自己的房子 冇自己嘅屋 自己冇屋 冇间屋 冇屋住',
);
add({ t: 'asset', what: 'land' }, '亩 鱼塘 承包地 责任田');
add(
  { t: 'debt' },
  '欠 欠债 欠钱 欠款 负债 借钱 借了 借咗 贷款 借贷 外债 饥荒 拉饥荒 债 欠咗 借亲戚 借别人 网贷 信用卡',
  { term: '债务' },
);
// A loan taken, said with 的 or 了 between ("本钱是贷的款", "贷了款", 粤 "贷咗款"): a debt, not money earned.
add({ t: 'debt' }, '贷的款 贷了款 贷咗款 借的钱 借的款 借来的 借咗嘅');
add({ t: 'lent' }, '借给 借畀 借出去 借给别人 借出');

// ── Hukou, benefits ────────────────────────────────────────────────────────────────────────
add(
  { t: 'hukou', value: 'rural' },
  '村民 某村 农村户口 农业户口 农村 农业 村里 农民 乡下 乡村 农户 农民户口 村里人 村嘅 农村的 农业的',
);
// "某某乡村民": a township's 乡 then 村民, not 乡村 then 民 (who the person is, as 村民).
add({ t: 'hukou', value: 'rural' }, '乡村民');
add(
  { t: 'hukou', value: 'urban' },
  '城镇户口 城市户口 居民户口 非农 非农业 城镇 城市 城里 城里人 市区 社区 城镇居民 城区 非农户口 城镇的',
);
// Since the 户籍 reform (国发〔2014〕25号) booklets say 居民户口 for everyone: said so, it is no answer.
add(
  { t: 'hukouReform' },
  '都叫居民户口 都是居民户口 都系居民户口 都改成居民户口 都改居民户口 改晒做居民户口 全部改晒做居民户口 统一叫居民户口 统一居民户口 ' +
    '都叫居民 都系居民户 冇分农村城镇 不分农村城镇 不分农业非农业 唔分农业非农业',
);
add({ t: 'benefit', what: 'dibao' }, '低保 低保户 吃低保 领低保 拿低保 享受低保 在吃低保 底保 低保金 最低生活保障', {
  term: '低保',
});
add({ t: 'benefit', what: 'tekun' }, '五保 五保户 特困 特困户 特困人员 特困供养 五保老人 供养 敬老院', {
  term: '特困人员',
});
add({ t: 'benefit', what: 'lowIncome' }, '低收入 低收入户 低收入家庭 低保边缘 边缘户 边缘家庭 监测户', {
  term: '低收入家庭',
});
// 脱贫户, 建档立卡户 and 贫困户 are the 乡村振兴 records of poverty lifted (or once recorded), not the
// 民政 recognition of a 低收入家庭 (低保边缘): the words still lead a question to the same documents.
add({ t: 'neutral' }, '脱贫户 建档立卡 建档立卡户 贫困户', { term: '低收入家庭' });

// ── Counting and ages ──────────────────────────────────────────────────────────────────────
add({ t: 'age' }, '岁 周岁 岁了 岁咯 岁喇');
add({ t: 'people' }, '口 口人 个人 人 位 个 口子');

// ── Living together or apart; support ──────────────────────────────────────────────────────
// "儿子不在跟前" (晋南: not by me), "个仔跟咗佢老豆", "娃判给他爸了": lives elsewhere (with the other parent).
add(
  { t: 'apart' },
  '不在跟前 没在跟前 不在俺跟前 不在我跟前 都不在跟前 没在身边 都不在身边 跟咗佢老豆 跟咗佢阿爸 跟咗佢老母 跟咗佢阿妈 ' +
    '判给他爸 判给她爸 判给他妈 判给她妈 判给他爹 判给她爹 判畀佢老豆 判咗畀佢老豆 判畀佢阿妈 判咗畀佢阿妈',
);
// Married and set up apart ("已经成家", "各自成咗家"): lives elsewhere.
add({ t: 'apart' }, '已经成家 各自成咗家 都成咗家 已经成咗家');
// "冇其他人，得我一个", "没别人": no one else in the household.
add({ t: 'alone' }, '冇其他人 没有其他人 没其他人 冇别人 没别人 没有别人 冇第二个 再没别人');
// "老汉有证 别人都没", 粤 "阿妈有 其他人都冇": after one member was named as having a certificate or an
// illness, the rest of the household has none.
add(
  { t: 'othersNone' },
  '别人都没 别人都没有 别人都冇 其他人都没 其他人都没有 其他人都冇 其余人都没有 其他人冇 别人没有 其他人没有',
);
add(
  { t: 'elsewhere' },
  '在太原 在西安 在郑州 在北京 在上海 在广州 在深圳 在东莞 在佛山 在中山 在珠海 在江门 在湛江 在茂名 在省城 ' +
    '在运城城里 在外省 喺广州 喺深圳 喺东莞 喺佛山 喺中山 喺珠海 喺江门 喺湛江 喺茂名 去了广州 去咗广州 去咗深圳',
);
add(
  { t: 'apart' },
  '不在屋里 都不在屋里 不在家里 都不在家 不在身边 唔喺身边 唔喺屋企 都唔喺屋企 不跟我们一块 不跟俺们一块 不在一块' +
    ' 不跟俺在一块 唔住屋企 不住家里 唔喺屋企住 不在家住 冇住埋一齐 不跟我们住 不跟我住 不跟俺住 唔同我住 在外 ' +
    '唔同我哋住 唔同我地住 冇同我哋住 唔同我哋一齐住 不跟俺们住 不和我们住 不和俺们住 ' +
    '在外地 在外面 在外头 外地 外出 外面 外头 出去了 出去 出门 嫁出去 嫁到 嫁人了 嫁咗 嫁了 出嫁 成家了 ' +
    '自己成家 分家 分开住 不住一起 不在一起 不在家 唔喺屋企 出咗去 喺出面 在城里住 在县城住 常年不回来 一年回来一趟 ' +
    '一年回来一次 过年才回来 另过 单过 家暴 遭受家暴 前夫 前妻 已成家 各自成家 在外成家 已在外成家 另住 分户 分户另住 早已分户 ' +
    '住在同村 同村住 住同村 嫁在 远嫁 远嫁外地 外省 在外省 改嫁 改嫁外地 去了外地 去南方 在南方 下南方 去了南方',
);
// A family of their own, said after a grown child (晋南 "自己有家", "单另过", 粤 "自己有头家"): living apart.
add(
  { t: 'apart' },
  '自己有家 自己有家了 自己都有家 自己有家庭 各有各家 各有各的家 有自己的家 单另过 单另住 自己有头家 各有头家',
);
// Working and married, said together of grown children ("两个孩子都已工作成家", "都成了家", 粤 "都出咗嚟做嘢成咗家"):
// living apart, as 已成家.
add({ t: 'apart' }, '工作成家 已工作成家 工作成家了 成了家 都成了家 均已成家 都已成家 成咗家 都成咗家 做嘢成咗家');
// Next door or in the next village, a home of their own (晋南 "住隔壁", 粤 "住隔篱村"): living apart though near.
add(
  { t: 'apart' },
  '住隔壁 住在隔壁 住隔壁村 住在隔壁村 住隔篱 住喺隔篱 住隔篱村 住喺隔篱村 喺隔篱村住 喺隔篱住 唔同住 冇同住',
);
// Married off to another place, said with 去 or 给 (粤 "嫁去茂名", 晋南 "嫁给邻村的"): living apart.
add({ t: 'apart' }, '嫁去 嫁咗去 嫁过去 嫁过去了 嫁给 嫁去了 嫁出 嫁落');
// Married off, said short ("两个女都已嫁", "个女嫁晒"): living apart.
add({ t: 'apart' }, '已嫁 已嫁人 均已嫁 嫁晒 都嫁晒');
// Married and living in a place named (粤 "家姐嫁喺江门", as 嫁在): living apart.
add({ t: 'apart' }, '嫁喺 嫁咗喺 都嫁喺 嫁埋喺');
// 晋南 干 alone is work ("就俺一个在外头干", "小子在外面干活"): away and working, both.
for (const m of [{ t: 'apart' } as const, { t: 'work' } as const])
  add(m, '在外头干 在外面干 在外边干 在外地干 在外头干活 在外面干活 在外边干活 在外地干活 出去干活 出外干活', {
    dialect: 'north',
  });
// The other city's province, left out of the outside places since it holds a city: far away for callers
// of the one not in it ("在广东打工" said in 晋南, "喺山西做嘢" in 两阳).
add({ t: 'elsewhere' }, '在广东 去广东 到广东 在广东省', { dialect: 'north' });
add({ t: 'elsewhere' }, '喺山西 去山西 在山西 喺山西省', { dialect: 'yue' });
// At a place outside both cities ("个女喺香港", "儿子在新疆", "在广西"): lives elsewhere, as the words above.
add(
  { t: 'elsewhere' },
  OUTSIDE_PLACES.flatMap((place) => [`在${place}`, `喺${place}`])
    .filter((word) => !entries.some((e) => e.word === word && e.meaning.t === 'elsewhere'))
    .join(' '),
);
// Grown children with homes of their own, as work orders and 两阳 callers say it.
add(
  { t: 'apart' },
  '各自生活 各自过 各过各的 各自住 结咗婚 已结婚另住 自立门户 搬出去住 搬咗出去 出去住 成咗家 各有各家 有自己头家' +
    // 晋南 and work-order words for a grown child keeping a household of their own.
    ' 另过 分家 分开过 另起炉灶 有自己一家子 有自己的家 有自己的家庭 自己一家子 自己家也' +
    // Said of a relative ("俺弟在外地，自己过自己的", 粤 "佢过佢自己嘅日子"): their own life, apart, not alone.
    ' 自己过自己的 过自己的日子 过自己的光景 过佢自己嘅日子 过自己嘅日子',
);
add(
  { t: 'together' },
  '都跟我 都跟俺 跟我过 跟俺过 跟我们 跟着俺们 跟着我们 跟着俺 跟着我 跟我住 跟俺住 一起住 住一起 一起过 一起生活 同住 住在一起 住埋一齐 同我住 一齐住 喺屋企 在家 跟我们住 和我住 和我们住 住在家里' +
    // Said of someone by a third person ("个仔喺城里返工，同佢哋住"): they live with the family.
    ' 同佢哋住 同佢住 跟他们住 跟他住 跟她住 和他们住 和他住 和她住 与其同住 与他们同住 住屋企 住喺屋企 住家里 住家中' +
    ' 搬返嚟住 搬咗返嚟 搬回来住 搬回家住' +
    // Working in town but home every weekend or night ("周末返屋企", "每晚回家住"): home is with the family.
    ' 周末返屋企 周末返嚟 周末回家 周末回来 每周回家 每周回来 每个周末回家 每个周末返屋企 每星期返屋企 每晚返屋企 每晚回家 晚晚返屋企 天天回家 日日返屋企' +
    // 晋南 一块 (together), not one yuan: "跟老母亲一块住", "俺俩一块过".
    ' 一块住 一块过 一块生活 一块儿住 一块儿过 一块儿生活 住一块 在一块住 住在一块' +
    // Said of a grown child by the old couple or of them ("跟老两口住", "跟二老过"): with the parents.
    ' 跟老两口住 跟老两口过 和老两口住 和老两口过 跟二老住 跟二老过 和二老住 跟两老住 同两老住' +
    // A grandchild or a child kept by them ("孙女跟着老两口生活", 粤 "个孙同两老一齐住"): with the couple.
    ' 跟着老两口 跟老两口生活 和老两口生活 跟着二老 跟二老生活 跟着两老 同两老一齐住 同两老生活',
);
// 晋南 一搭 (together), not a count of one: "跟小女子一搭过", "俺娘俩一搭住".
add({ t: 'together' }, '一搭过 一搭住 一搭儿过 一搭儿住 一搭生活 一搭里过 住一搭 在一搭住 住在一搭', {
  dialect: 'north',
});
// With the couple, counted ("跟着俺俩", "跟我俩过", 粤 "同我哋两个住"): together, the pair's count no age.
add({ t: 'together' }, '跟着俺俩 跟着我俩 跟俺俩 跟我俩 跟俺俩过 跟我俩过 和我俩 和俺俩');
add({ t: 'together' }, '同我哋两个 同我哋两个住', { dialect: 'yue' });
add(
  { t: 'noSupport' },
  '一分钱都冇俾过 一分钱都冇俾 一分钱都冇畀 一分钱都没给 一分钱都没给过 一分钱都不给 一分钱也没给 一分钱也不给 ' +
    '一分都冇 一分钱都冇 一分钱都没有 一分钱没给 不给钱 不给 不管 不管俺 不管我 顾不上 不养 不赡养 不来往 冇理 唔理' +
    ' 唔畀钱 冇畀钱 唔俾钱 靠不上 指望不上 不怎么给 很少给 基本不给 联系不上 冇联系 断了联系 不闻不问 冇音讯' +
    ' 再无联系 再冇联系 基本不联系 无联系 没有联系',
);

add({ t: 'gives' }, '给 畀 俾 打钱 寄钱 汇钱 转账 给钱 畀钱 贴补 帮补 补贴家用');
add({ t: 'gives' }, '寄 寄返 寄翻 寄回 寄回来 汇返 汇回 过数 转钱 微信转 打过来 打过嚟 寄过来');
add({ t: 'student' }, '上学 读书 读紧 在读 念书 在校 学生 读紧书 年级');
// "读一年级", "上一年级": the first school year, one word (一年 would otherwise be read as a year).
add({ t: 'student' }, '一年级 读一年级 上一年级');
// A school level says roughly how old a child is (义务教育法 第十一条: school from six; 小学 six
// years, 初中 three, 高中 three), for a child named with the school and no age ("孙女读初中").
// (A university student's age is not guessed: the level says only that they are grown.)
add(
  { t: 'student' },
  '上大一 上大二 上大三 上大四 读大一 读大二 读大三 读大四 大一 大二 大三 大四 大学 大专 大学在读 上大学 读大学 ' +
    '上大专 读大专 读高职',
);
// A university course named by its degree ("在西安上本科", "考上本科", "一所本科院校"): at university.
add({ t: 'student' }, '本科 上本科 读本科 在读本科 本科在读 考上本科 本科院校 本科生 职业技术学院 职业学院');
// A postgraduate (读研究生, 读研, 读硕士, 读博): a student still, in full-time study.
add({ t: 'student' }, '研究生 读研究生 读研 上研究生 读硕士 读博 读博士 考上研究生 研究生在读');
add(
  { t: 'student', ages: [15, 18] },
  '高一 高二 高三 上高三 高中 中专 技校 上高中 读高中 上中专 读中专 上技校 中职 职高 读中职 上中职 读职高 上职高 ' +
    '读高一 读高二 读高三 念高中 职中 读职中 上职中',
);
add({ t: 'student', ages: [12, 15] }, '初一 初二 初三 上初三 初中 上初中 读初中 读初一 读初二 读初三 念初中');
add({ t: 'student', ages: [6, 12] }, '小学 上小学 读小学 读小一 念小学');
add({ t: 'student', ages: [3, 6] }, '上幼儿园 幼儿园 读幼儿园');
// A school for disabled children ("在县特教学校", 粤 "读培智学校"): at school, full time.
add({ t: 'student' }, '特教学校 特殊教育学校 特校 培智学校 启智学校 聋哑学校 盲校 读特校 上特校');
add({ t: 'prison' }, '坐紧监 坐监 入咗监 监仓 坐牢 服刑 监狱 劳改 关起来 判了 坐监 入咗监');
// 粤 "喺监仔度", "喺监度" (in the lock-up): in prison.
add({ t: 'prison' }, '监仔 喺监 喺监度 喺监仔度 喺监仔 喺监房', { dialect: 'yue' });
// "2024年入狱", "前年入狱": a year before 入狱 is when, not 年入 (a year's income); so is a month ("今年6月入狱",
// "上个月入狱"), not 月入 (a month's income).
add({ t: 'prison' }, '年入狱 年入监 月入狱 月入监 月坐牢 月入咗监');
// "还得判几年", "伤了人进去了", 粤 "犯咗事入咗去": in prison, as people say it (进去了 alone is not: "钱都搭进去了").
add(
  { t: 'prison' },
  '被抓进去 抓进去了 关进去了 关进去 蹲监狱 蹲大狱 进了监狱 进监狱 入狱 判刑 被判刑 判了刑 判咗刑 还得判 判几年 判了几年 ' +
    '打架进去了 伤人进去了 伤了人进去了 犯事进去了 犯了事进去了 犯法进去了 犯咗事入咗去 捉咗入去 畀人捉咗 踎监 ' +
    // (粤 with 咗: "打交伤咗人入咗去", "打架入咗去".)
    '伤咗人入咗去 伤人入咗去 打伤人入咗去 打交入咗去 打架入咗去 打伤咗人入咗去 偷嘢入咗去',
);
add({ t: 'missing' }, '跑了 跟人跑了 跑咗 走佬 失联 下落不明 冇音讯 没音讯 找不到人 不知去向 失踪 走失 离家出走');
// Gone out and not back since (晋南 "走丢了", "出门至今未归", 粤 "出咗门到而家都未返"): missing.
add({ t: 'missing' }, '走丢 走丢了 至今未归 至今未回 至今未返 至今没回来 至今冇返 到而家都未返 到而家都冇返');
// Not known whether alive (粤 "死咗定生", "生定死", 晋南 "是死是活都不知道"): missing, not dead.
add({ t: 'missing' }, '死咗定生 死定生 生定死 生咗定死咗 是死是活 死活不知 死活不知道 生死不明 唔知死活 不知死活');
// Gone off with someone (粤 "跟人走咗", "同人走咗"; 走咗 alone is a death): left, not dead.
add(
  { t: 'missing' },
  '跟人走咗 跟人走了 同人走咗 跟人走 跟男人走咗 跟男人走了 跟男人跑了 跟女人走咗 跟女人跑了 跟人跑咗 同人跑咗',
);
// "出去之后就冇咗音讯", "报了警也找不到": no news since, not found even by the police — missing.
add(
  { t: 'missing' },
  '冇咗音讯 没了音讯 没有音讯 冇晒音讯 音讯全无 杳无音讯 搵唔到人 搵唔到佢 揾唔到人 揾唔到佢 找不到他 找不到她 找不着人 ' +
    '报咗警都搵唔到 报咗警都揾唔到 报警都搵唔到 报了警也找不到 报了警都找不到 报警也找不到 报警都找不到',
);
// Not known where they are, no news for long ("唔知佢喺边", "一直没消息"): missing. (没消息 alone may be an
// application not yet answered.)
add(
  { t: 'missing' },
  '唔知佢喺边 不知道他在哪 不知道她在哪 不知道在哪 不知道人在哪 不知道去哪了 ' +
    '不知道跑哪了 不知道跑哪去了 不晓得在哪 一直冇消息 一直没消息 一直没有消息 再冇消息 再没消息 再没有消息 冇咗消息 没了消息',
);
// Gone to sea and never back ("出海冇返来", "出海就没回来"): missing. (冇返来 alone is only "not home yet".)
add(
  { t: 'missing' },
  '出海冇返来 出海冇返嚟 出海冇再返来 出海冇再返嚟 出海就冇返来 出海就冇返嚟 出海没回来 出海就没回来 出海再没回来 出海一直没回来',
);

// ── Lists, corrections, questions ──────────────────────────────────────────────────────────
add(
  { t: 'none' },
  '都没有 都没 啥都没有 什么都没有 乜都冇 全部都冇 都冇 都唔系 都不是 一样都没有 一个都没有 一样都冇 ' +
    '没有其他收入 没有别的收入 无其他收入 冇其他收入 此外没有 此外无 再没有 其他都没有 别的没有 其余没有 其他冇 其他没有 ' +
    // "再没别的收入", "除了养老金再没收入": nothing besides what was named.
    '没别的收入 没其他收入 没其它收入 再没别的收入 再没其他收入 再没收入 再无收入 再无别的收入 再无其他收入 ' +
    '啥也没有 什么也没有 甚也没有 啥也没 啥都没 甚都没有 乜嘢都冇 咩都冇 乜都无' +
    // "一个也没有": not one (the 一个 is no count).
    ' 一个也没有 一个也没 一个也冇 一个都冇 一个都没 一个人都没有 一个人也没有 一个都唔系 一个也不是',
);
add({ t: 'only' }, '就 只 只有 就只 得 得返 淨係 净系 光 单单');
add({ t: 'and' }, '还有 和 跟 同 及 与 以及 加上 同埋 仲有 另外');
add({ t: 'question' }, '算不算 算唔算 算吗 系唔系 是不是 能不能 可唔可以 可不可以 咋办 点算 点办 吗 嘛 呢 咩');
add({ t: 'correction' }, '不对 说错了 打错了 搞错了 讲错 讲错咗 唔系 唔啱 不是不是 更正 改一下 应该是');
// Calling the helper by an address term before asking ("阿妹帮手睇下", "靓女请问", 晋南 "妹子你好"): no relative of
// the writer's.
for (const who of ['阿妹', '靓女', '妹妹', '小妹', '姑娘', '妹子', '阿姐', '靓仔'])
  for (const ask of [
    '你好',
    '请问',
    '问下',
    '帮手睇下',
    '帮我睇下',
    '帮手问下',
    '帮我问下',
    '帮下手',
    '帮帮手',
    '帮帮忙',
  ])
    add({ t: 'neutral' }, who + ask);
// The question said back before the answer ("你问几多人？我哋七个", "问几口人啊，五口"): no answer in itself.
for (const asked of ['你问', '你是问', '你系问', '你係问', '问'])
  for (const what of ['几多人', '几个人', '多少人', '几口人', '几口', '几多个']) add({ t: 'question' }, asked + what);
// "俺七十三，哦不七十四": 哦/噢 before a no takes back what was just said.
add({ t: 'correction' }, '哦不 噢不 喔不 哦不是 噢不是 哦唔系 噢唔系 哦唔啱');

// ── Words that only stop shorter words inside them from being read ─────────────────────────
add(
  { t: 'neutral' },
  '给人 帮人家 这儿 那儿 哪儿 一会儿 一点儿 有点儿 这会儿 那会儿 儿童 女儿家 屋里 屋头 屋企头 不多 不太多 ' +
    '冇几多 没多少 冇乜 都冇几多 都没多少 也没多少 不过 不然 不少 不错 不断 不久 不但 不仅 要不 不如 不一定 不用 不要 不行 唔该 唔紧要' +
    ' 冇问题 没问题 没关系 冇所谓 无所谓 其他 其它 其余 其中 其实 今年 去年 前年 明年 年时 年纪 年龄 年轻 ' +
    '老年 青年 中年 年初 上年 旧年 今年个 上个月 上月 这个月 本月 下个月 月份 月底 月初 月中 正月 腊月 今天' +
    ' 昨天 前天 今日 琴日 寻日 尋日 前日 几天 有时 有时候 有啲 有的时候 有点 有些 有事 没事 冇事 妇女 女士' +
    ' 女的 男的 女性 男性 人家 人工费 车费 房费 地方 家里 家庭 家人 家中 全家 一家 屋企 屋企人 老家 家乡 ' +
    '乡镇 镇上 村委 村委会 居委会 社区居委 单位 一起 一直 一般 一样 一定 一下 一点 一些 有没有 是不是 我们家' +
    ' 他家 她家 佢屋企 个个 个个月 一个二个 正在 现在 而家 家阵 之前 以前 以后 后来 生活 日子 过日子 东西 ' +
    '嘢 事情 好多 很多 好少 很少 多少 几多 几个 咁多 样样 花生 花生油 花生米',
);

// ── Commands said in words, mid-sentence ────────────────────────────────────────────────────
add(
  { t: 'command', cmd: 'why' },
  '为什么 为啥 为甚 为什么问 为啥问 问这个干啥 问这干啥 问这个干什么 点解 点解问 做乜问 问嚟做乜 问呢个做乜 问来做咩 有什么用 有啥用 问呢啲做乜嘢 问呢啲做乜 问呢啲做咩 问嚟做乜嘢 做乜要问',
);
add(
  { t: 'command', cmd: 'back' },
  '返回 上一步 上一题 改上一个 回到上一个 说错了 打错了 讲错咗 头先讲错 改返 返上一条 返上一题 返去上一条 返去上一题 返上一步',
);
add(
  { t: 'command', cmd: 'help' },
  '不会弄 咋弄 咋整 怎么弄 点整 唔识弄 帮助 怎么用 咋用 点用 点样用 不会用 唔识用 我唔明 唔明 点揀 点拣 唔识揀 唔识拣 点样揀',
);
add(
  { t: 'command', cmd: 'my_answers' },
  '说了些啥 说了啥 我说了什么 让俺看看 看看我说的 我之前说的 刚才说的 我的回答 看回答 看我填的 我填了什么 我之前填 我头先填 填咗啲乜 看看我说的 我头先答咗啲乜 头先答咗啲乜 我答咗啲乜 答咗啲乜 头先答咗乜',
);
add({ t: 'command', cmd: 'human' }, '人工 转人工 找人工 搵人工 真人 找人 搵人 客服 工作人员 打电话给我');
add({ t: 'command', cmd: 'apply' }, '申请 我要申请 帮我申请 联系村委 联系村委会');
add({ t: 'command', cmd: 'start_over' }, '重新开始 重来 从头来 重新嚟过 由头嚟过');
add({ t: 'command', cmd: 'stop' }, '取消 不申请 不发了 唔申请 算了');

// More ways of saying the commands: 晋南 弄啥哩 (what for), 粤 做咩 (why), giving up, starting again,
// asking what a word means.
add(
  { t: 'command', cmd: 'why' },
  '弄啥哩 问这弄啥 问这个弄啥 问这弄啥哩 问这个弄啥哩 问这干啥用 做咩要问 做咩问 问嚟做咩 点解要问 为啥要问 为什么要问',
);
add(
  { t: 'command', cmd: 'stop' },
  '太多嘢问 问太多 问得太多 太多问题 唔想答 不想答了 不弄了 不弄啦 不填了 不问了 不搞了 不想弄了 不想填了 唔问喇 唔填喇 唔搞喇 唔想填 唔想搞',
);
// Stopping said the other ways (算啦, 粤 唔问了, 别问了): the dialogue pauses and keeps every answer.
add(
  { t: 'command', cmd: 'stop' },
  '算啦 算喇 唔问了 唔好问喇 唔好再问 别问了 不要问了 不用问了 不想问了 不想弄啦 唔想继续 不想继续 唔搞了 唔弄了 唔弄喇' +
    ' 唔使问 唔使问喇 唔使问了 唔使再问',
);
add({ t: 'command', cmd: 'start_over' }, '从头再来 从头来过 重头来 再来一遍 重新来过 重新填 由头再嚟 重新再嚟');
add({ t: 'command', cmd: 'help' }, '啥叫 什么叫 咩叫 乜嘢叫 乜叫 啥意思 什么意思 咩意思 乜意思 睇唔明 看不明白');
// Lost in the questions ("俺都搞糊涂了", 粤 "我都搞到乱晒"): asking to be helped, not an answer.
// Asking what the thing asked about looks like ("残疾证是啥样的", 粤 "系咩样㗎"): what it means, not an answer.
add({ t: 'command', cmd: 'help' }, '是啥样的 是什么样的 长啥样 长什么样 系咩样 係咩样 系乜样 是咩样');
add({ t: 'command', cmd: 'help' }, '搞糊涂了 搞糊涂 弄糊涂了 整糊涂了 糊涂了 搞晕了 搞乱晒 搞到乱晒 搞唔清楚 搞唔明');
add({ t: 'command', cmd: 'apply' }, '直接申请 想直接申请 我要直接申请');
// Asking why in every shape people type it: "问呢个做咩", "问这个干嘛", "为乜要问年龄", "这个也要说？"
// — what is asked (呢个, 这些) and the tail (做咩, 干嘛, 有啥用) combine, so the list is made, not typed.
for (const asked of ['问呢个', '问呢啲', '问呢样', '问这个', '问这些', '问这', '问佢', '问嚟', '要问'])
  for (const tail of [
    '做咩',
    '做乜',
    '做乜嘢',
    '做咩嘢',
    '干嘛',
    '干吗',
    '干什么',
    '干啥',
    '弄啥',
    '有咩用',
    '有乜用',
    '有啥用',
    '有什么用',
  ])
    add({ t: 'command', cmd: 'why' }, asked + tail);
add(
  { t: 'command', cmd: 'why' },
  '为乜 为乜要问 为乜嘢要问 为咩 为咩要问 为何要问 点解要讲 点解要答 凭啥要说 凭什么要说 咋还要问',
);
for (const that of ['这个', '这', '这些', '这也', '呢个', '呢啲', '连这个', '连这'])
  for (const must of [
    '也要说',
    '也要讲',
    '也得说',
    '都要说',
    '都要讲',
    '也要问',
    '都要问',
    '也要答',
    '都要答',
    '也要填',
    '都要填',
  ])
    add({ t: 'command', cmd: 'why' }, that + must);
// 揾, the other way 粤 writers type 搵 (look for).
add({ t: 'command', cmd: 'human' }, '揾人工 揾真人 揾人 揾客服 揾工作人员 揾个真人');
// Round 13: going back said as changing the one before ("改一下上一个", 粤 "改下上一题"), verb and what
// is changed combined; asking what the question has to do with the help ("这跟低保有啥关系", 粤 "同低保有咩
// 关系") and "这都得说啊" are asking why; not understanding how to choose ("看不懂 咋选哩") is asking for help.
for (const change of ['改', '改一下', '改下', '改一改', '想改', '要改', '我要改', '我想改'])
  for (const which of ['上一个', '上一题', '上个', '上一条', '上条', '前一个', '前一题'])
    add({ t: 'command', cmd: 'back' }, change + which);
add({ t: 'command', cmd: 'why' }, '有啥关系 有什么关系 有甚关系 有咩关系 有乜关系 有乜嘢关系 啥关系 咩关系 乜关系');
for (const that of ['这', '这个', '这些', '呢个', '呢啲'])
  for (const must of ['都得说', '都得讲', '都得答', '都得填', '也得讲', '也得答', '也得填', '都要讲埋'])
    add({ t: 'command', cmd: 'why' }, that + must);
add(
  { t: 'command', cmd: 'help' },
  '看不懂 看不明 看唔明 睇唔懂 咋选 咋选哩 咋个选 怎么选 怎样选 选哪个 不会选 不知道咋选 不知道怎么选 点选 点样选 唔识选',
);

// Machines at work, and what is left after costs said in 晋南 words (刨去, 落不下 — under that).
add({ t: 'event', kind: 'accident' }, '绞了 绞伤 绞断 卷进去 轧了 轧断 压伤 压断 机器绞 机器轧 砸断 夹断 夹伤');
// Hurt by something falling or striking (晋南 叫 is 被): "叫砸了腿", "砸亲" — a person hurt, not a thing smashed (手机被砸了).
add(
  { t: 'event', kind: 'accident' },
  '叫砸了 砸了腿 砸了脚 砸咗脚 砸咗腿 砸亲 被砸伤 叫压了 压了腿 撞伤 碰伤 划伤 割伤 刮伤 扭伤 闪了腰',
);
// A crop, not 花 (spending).
add({ t: 'income', cat: 'business' }, '花椒 卖了花椒 摘花椒 花椒树', { term: '经营净收入' });
// A shop the family runs and what it clears (issue 22, round 6: "五金铺平时一年纯利七八万").
add({ t: 'income', cat: 'business' }, '五金铺 五金店 杂货店 杂货铺 奶茶铺 纯利 纯利润 一年纯利', {
  term: '经营净收入',
});
// A shop or trade run on one's own account, said of a relative ("儿子在运城开饭馆", 粤 "个仔喺县城开大排档",
// "大仔开摩的"): work and a business at once, so a relative elsewhere who runs one is a working adult.
add(
  { t: 'income', cat: 'business' },
  '开饭馆 开饭店 开餐馆 开大排档 开摩的 开士多 开超市 开商店 开小卖部 开小饭馆 开小食店 开食店 开小吃店 开粉店 开面馆 开快餐店 开茶餐厅 开早餐店 开肠粉店',
  {
    term: '经营净收入',
  },
);
add(
  { t: 'work' },
  '开饭馆 开饭店 开餐馆 开大排档 开摩的 开士多 开超市 开商店 开小卖部 开小饭馆 开小食店 开食店 开小吃店 开粉店 开面馆 开快餐店 开茶餐厅 开早餐店 开肠粉店',
);
// The eatery named after a count word ("开个小食店", "开间粉店"): a business kept, as 小卖部 is.
add({ t: 'income', cat: 'business' }, '小食店 小吃店 粉店 面馆 小饭馆 快餐店 早餐店', { term: '经营净收入' });
add({ t: 'net' }, '刨去 刨除 刨了 除开 去掉 落不下 落不到 剩不下 剩不到');
// What is left, as 粤 speakers say it ("净番两千", "而家得番两万五"): this figure, not the one before.
add({ t: 'net' }, '净番 净返 得番 得返 剩番 剩返 只剩 就剩 还剩 仲剩');
add({ t: 'under' }, '落不下 落不到 剩不下 剩不到');

// ── Round 5 of call summaries (work orders) ─────────────────────────────────────────────────
// "王某夫妇（男72岁、女70岁）": a couple named as a pair in a work order, the person and the spouse.
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '夫妇 夫妇俩 夫妇二人 夫妇两人 夫妻二人 夫妻两人 两夫妇');

// Round 5 (und5): a slip owned in words is 返回 (选错了, 填错咗), like 说错了.
add({ t: 'command', cmd: 'back' }, '我选错了 选错了 选错咗 揀错咗 拣错咗 我填错了 填错了 填错咗 按错了 撳错咗 点错了');
// Round 10 (und10b): the other verbs of a slip owned (答错了, 弄错了, 搞错咗), starting again said with 新
// (重新来吧), and asking to see what was filled in (前头我都填了啥, 填咗啲咩).
add({ t: 'command', cmd: 'back' }, '我答错了 答错了 答错咗 答错啦 我弄错了 弄错了 搞错了 搞错咗 整错咗 揿错咗 撳错了');
add({ t: 'command', cmd: 'start_over' }, '重新来 重新来吧 重新弄 重新弄吧 重新嚟 从新来 重新开过');
add(
  { t: 'command', cmd: 'my_answers' },
  '填了啥 都填了啥 填的啥 填了些啥 填了什么 我都说了啥 填咗啲咩 填咗乜 我答咗啲咩',
);
// "上一个人数", "上一个问题": the question before, not one person.
add({ t: 'neutral' }, '上一个人数 上个人数 上一个问题 上个问题 上一条问题');
// "他们俩住老家": the two already named, counted again — 俩 is not an age.
add({ t: 'others' }, '他们俩 她们俩 他俩 她俩 他们两个 她们两个 佢哋两个 佢两个');
// Voice input (语音转文字): fillers said while thinking, dropped before reading.
add({ t: 'filler' }, '那个 那啥 那什么 哎呀 哎哟 唉呀 呃');
// Laughter typed beside an answer ("就我同只狗 哈哈 我七十"): nothing said.
add({ t: 'neutral' }, '哈哈 哈哈哈 哈哈哈哈 呵呵 呵呵呵 嘻嘻 嘿嘿');
// Voice input (语音转文字) mishears the words that matter: 老伴 as 老板 (only after 我/俺, since a 老板
// alone is a boss) and as 老半 (半 is a number, never heard by sound). Words it mishears as ones that
// sound the same (老拌, 低包, 特昆, 惨疾, 残急证, 爱症) are read by their sound
// (bot/understand/sound-words.ts); every reading is said back.
person('spouse', '我老半 俺老半 老半 我老板 俺老板 我家老板 俺家老板 我那老板 俺那老板');
person('spouse', '俺屋里的 我屋里的', { dialect: 'north', gender: 'f' });
// 屋里的 alone is the wife in 晋南 too ("俺七十一 屋里的六十九"); before a thing it is only "in the
// house" (屋里的东西都烧了), so those longer words win and name no one.
person('spouse', '屋里的', { dialect: 'north', gender: 'f' });
add({ t: 'neutral' }, '屋里的东西 屋里的家具 屋里的家当 屋里的粮食 屋里的钱 屋里的活 屋里的事 屋里的人');
add({ t: 'illness', name: '脑梗', serious: true }, '脑埂 脑耿 脑哽', { term: '重特大疾病' });

// Round 6 (und6): typing for a parent or grandparent, said with 替/代 ("我是替我爸填的", "代阿妈问"): the
// person is inside the word (bot/understand/read-word.ts), and the dialogue keeps it from then on. Only
// after the household was described: a first or members answer says whether the writer lives with them.
add(
  { t: 'onBehalf', later: true },
  '替我爸 替我妈 替我爹 替我娘 替俺爸 替俺妈 替俺爹 替俺娘 替我爸妈 替俺爹娘 替我阿爸 替我阿妈 替阿爸 替阿妈 ' +
    '替我老豆 替我阿爷 替我阿嫲 替我爷爷 替我奶奶 替俺爷爷 替俺奶奶 替我姥姥 替我姥爷 替我外公 替我外婆 ' +
    '代我爸 代我妈 代阿爸 代阿妈 代俺爹 代俺娘 帮俺爹问 帮俺娘问 帮我爹问 帮我娘问 帮我爷爷问 帮我奶奶问',
);

// The father's younger brothers and sisters by birth order (细叔, 二叔, 细姑): a relative, not the household's own.
person('other', '细叔 二叔 三叔 四叔 细姑 二姑 三姑 细舅 二舅 三舅 小叔 小姑');

export const LEXICON: readonly LexiconEntry[] = entries;

// Round 6b (und6b-b): money words slow typists and 晋南 speakers use. 定期 (a fixed-term deposit) is
// savings ("有两万定期但是孙女读书要用" is 20,000 saved, not 20,000 spent on school); 贷了 and 该人家
// (晋南: to owe) are debts, never savings (below, with round 6b's other debt words).
add({ t: 'asset', what: 'deposits' }, '定期 存定期 定期存款 活期', { term: '存款' });
// A yes asked back as a question ("咋不是 一个月药钱就一千多"): the answer is yes, not the 不是 inside it.
// (可不是 alone stays out: "这可不是俺的" is a no.)
add({ t: 'yes' }, '咋不是 咋不是嘛 怎么不是 谁说不是 哪能不是 可不是嘛 可不是么 那可不 咋没有 怎么没有');
// A disability never certified, said with 去 or 过 ("证没去办过", "冇去办证"): no certificate.
add(
  { t: 'noCertificate' },
  '证没去办 证没去办过 证没办过 没去办证 冇去办证 没办过证 冇办过证 证都没办 证也没办 证冇去办',
);
// 晋南 莫 for 没 ("可莫办过证", "证莫办"): no certificate, in the north only (莫 elsewhere is "don't").
add({ t: 'noCertificate' }, '莫办 莫办证 莫办过 莫办过证 证莫办 莫去办', { dialect: 'north' });
// Medicine taken, as 晋南 and Mandarin speakers say what it costs ("老汉吃药一年三四千"; 食药 in 粤).
add({ t: 'expense', kind: 'medical' }, '吃药 吃药钱 看病吃药', { term: '医疗' });
// Round 6b (und6b-a): the writer's uncle or aunt said with one character after 我/俺 ("我爸和我叔一家一年
// 给三千", "俺姑"): a relative — a grandparent's child when the writer answers for a grandparent (people.ts).
person('other', '我叔 俺叔 我伯 俺伯 我姑 俺姑 我婶 俺婶 我姨 俺姨');
// "帮我爸看看他能不能领点啥", "给我妈问问", "帮我阿妈问下": asking for a parent in the words of a chat.
add(
  { t: 'onBehalf' },
  '帮我爸看看 帮我妈看看 帮我爸问问 帮我妈问问 帮我爸查查 帮我妈查查 给我爸问问 给我妈问问 给我爸看看 给我妈看看 ' +
    '帮俺爹看看 帮俺娘看看 帮俺爸看看 帮俺妈看看 帮俺爹问问 帮俺娘问问 帮我爸申请 帮我妈申请 帮我爸问下 帮我妈问下 ' +
    '帮阿爸问下 帮阿妈问下 帮我阿爸问下 帮我阿妈问下 帮我老豆问下 帮我阿爸睇下 帮我阿妈睇下',
);
// "我替他们问一下，我爸七十，我妈六十八": asking for the people named next, with only a pronoun; whose
// household it is, for-a-parent.ts decides from the household described.
add({ t: 'onBehalf', later: true }, '替他们 替她们 帮他们问 帮她们问 替佢哋 帮佢哋问 代佢哋 替两个老人 替俩老人');
// Work lost, told in a story ("今年三月厂里裁人把我裁了", "酒店执笠咗冇咗份工", "厂子搬到南方去了"): no work
// now, for whoever the clause is about; a later "现在…打个零工" says the work they have now.
add(
  { t: 'jobless' },
  '把我裁了 把他裁了 把她裁了 被裁了 给裁了 裁掉了 被辞退 辞退了 被辞了 被炒了 炒咗鱿鱼 被炒鱿鱼 冇咗份工 冇咗工 ' +
    '没了工作 工作没了 丢了工作 厂子搬走了 厂搬走了 厂子搬到 厂搬到 厂搬咗 厂子黄了 厂黄了 被炒咗 俾人炒咗 畀人炒咗',
);
add({ t: 'work' }, '打个零工 打点零工 搬货 码头搬货 开蚝 做收银员 收银员');
// Casual work by the day, however often ("打几天短工", "打打零工", "有时做有时唔做"): work all the same.
add(
  { t: 'work' },
  '几天短工 几天零工 几日散工 打打零工 打打短工 干几天 做几天 打几天工 有时做 有时候做 有时做有时不做 有时做有时唔做 时做时唔做 ' +
    '有活就干 有活就做 有工就做 有工开就做' +
    // (Now and then, 零星/零零星星 before the job: "零星做保洁", not the number 零.)
    ' 零星 零零星星 零零散散 零散',
);
// Employed at someone else's place, by the post's name (护林员, 保育员) or as a hand (工人, 临工, 杂工).
add(
  { t: 'work' },
  '护林员 当护林员 做护林员 保育员 当保育员 做保育员 工人 员工 临工 做临工 打临工 杂工 做杂工 打杂工 生活老师 宿管 ' +
    '开公司的车 开公司的货车 开公司的出租车 开公司的的士 开公司嘅车 开公司嘅的士 开单位的车 给老板开车 帮老板开车 帮人开车 替人开车 跑物流 做物流 送物流',
);
// A public-welfare post the village or township gives (公益岗, 公益性岗位: 扫街, 保洁, 巡河): paid work, its pay a
// wage (工资性收入) — the person is employed, whatever they ask about whether it counts.
for (const m of [{ t: 'work' } as const, { t: 'income', cat: 'wages' } as const])
  add(
    m,
    '公益岗 公益岗位 公益性岗位 公益性岗 公益岗上 公益岗位上 扫街 扫大街 扫马路 扫路 保洁员 巡河员 护路员 村里保洁 村保洁',
    m.t === 'income' ? { term: '工资性收入' } : {},
  );
// 晋南 该 is "owe" ("还该人家两万", "该着信用社的"); a loan taken (信用社贷了三万) is a debt, never savings.
add(
  { t: 'debt' },
  '该人家 该人家的 还该人家 还该 该别人 该着人家 该着 该下 该亲戚 欠人家 贷了 贷咗 信用社贷 银行贷 贷了款',
  {
    term: '债务',
  },
);
// "俺家男的在外头打工", and a cadre's "他家四口 男的45 女的43" (the first of the couple the head:
// bot/understand/cadre-voice.ts): the husband and the wife of the household.
person('spouse', '男的 俺家男的 我家男的 屋里男的', { gender: 'm' });
person('spouse', '女的 俺家女的 我家女的 屋里女的', { gender: 'f' });
// Money spent, said with its verb and 钱 ("日日睇病使钱", "看病掏钱"): spending, the kind from the words near it.
add({ t: 'expense' }, '使钱 花钱 掏钱');
// A deposit paid ("已经交了五万押金", 粤 "交咗一万按金"): money paid out, its kind from what it was for.
add({ t: 'expense' }, '押金 按金 住院押金 住院按金');
// What something will cost (预计费用三万, 手术费用要五万): spending, never what anyone earns.
add({ t: 'expense' }, '费用 预计费用 所需费用 总费用 全部费用');
add({ t: 'expense', kind: 'medical' }, '手术费用 治疗费用 医疗费用 住院费用 看病费用 医药费用 抢救费用', {
  term: '医疗',
});
// Someone hired to look after a member ("请了保姆一个月三千", 粤 "请咗工人睇住佢"): what the family pays out,
// spending of another kind, not money coming in.
add(
  { t: 'expense', kind: 'other' },
  '请了保姆 请保姆 雇了保姆 雇保姆 请了护工 请护工 雇了护工 雇护工 请咗保姆 请咗护工 请咗工人 请了陪护 请陪护 ' +
    '保姆费 护工费 陪护费 请人照顾 请人看护 请人护理',
);

// Asking to see what was answered, made from its parts ("睇下我之前答咗乜嘢", "前面填了些啥"): answered or
// filled in, a done mark, and what.
for (const did of ['答', '填'])
  for (const done of ['咗', '了', '过'])
    for (const what of ['乜', '乜嘢', '咩', '咩嘢', '啲乜', '啲咩', '啥', '些啥', '什么', '些什么'])
      add({ t: 'command', cmd: 'my_answers' }, did + done + what);
// A person asked for by the service's name ("人工客服", "人工服务"): not 人工 as paid work.
add(
  { t: 'command', cmd: 'human' },
  '人工客服 人工服务 转人工客服 找人工客服 搵人工客服 揾人工客服 要人工客服 转人工服务 找人工服务 搵人工服务 在线客服 找客服 搵客服',
);
// Asking for a parent with the verb right after the parent, whatever follows it ("帮我阿爸问嘅", "给俺娘问个事"):
// the parent is inside the word (bot/understand/read-word.ts), as with 帮我爸问.
add(
  { t: 'onBehalf' },
  '帮我阿爸问 帮我阿妈问 帮我老豆问 帮我老母问 帮阿爸睇 帮阿妈睇 帮我阿爸睇 帮我阿妈睇 ' +
    '帮我爸睇 帮我妈睇 给俺爹问 给俺娘问 给俺爸问 给俺妈问',
);
// Applying for a parent ("我想给我爸申请个低保", 粤 "帮阿妈申请"): the parent is the applicant.
add(
  { t: 'onBehalf' },
  '给我爸申请 给我妈申请 给我爹申请 给我娘申请 给俺爹申请 给俺娘申请 给俺爸申请 给俺妈申请 帮俺爹申请 帮俺娘申请 ' +
    '帮俺爸申请 帮俺妈申请 帮我爹申请 帮我娘申请 替我爸申请 替我妈申请 替俺爹申请 替俺娘申请 帮阿爸申请 帮阿妈申请 ' +
    '帮我阿爸申请 帮我阿妈申请 帮我老豆申请 帮我老母申请 替我阿爸申请 替我阿妈申请',
);
// Filling in the questions for a parent ("帮我老豆填", "给俺娘填的"): the parent is the applicant.
add(
  { t: 'onBehalf' },
  '帮我老豆填 帮我老母填 帮我阿爸填 帮我阿妈填 帮阿爸填 帮阿妈填 帮我爸填 帮我妈填 帮俺爹填 帮俺娘填 帮俺爸填 帮俺妈填 ' +
    '给我爸填 给我妈填 给俺爹填 给俺娘填 给俺爸填 给俺妈填',
);
// At home looking after someone ("他娘在家照顾小的", "老婆喺屋企照顾阿妈"): not working for a wage, and
// living there (the one looked after, a word of its own after it, stays a person). Not in a call summary
// (read-money-words.ts).
add({ t: 'jobless' }, '在家照顾 在家伺候 在家照看 喺屋企照顾 留喺屋企照顾 喺屋企睇住');
add({ t: 'together' }, '在家照顾 在家伺候 在家照看 喺屋企照顾 留喺屋企照顾 喺屋企睇住');
// A fall, said as the body going down ("从坡上滚下来", "跌下去", 粤 "碌落嚟", "跣亲", "仆亲"): an accident
// (the list's 意外受伤), not a crash; no vehicle is named.
add(
  { t: 'event', kind: 'accident' },
  '滚下来 滚下去 滚下坡 滚到沟里 跌下来 跌下去 摔下去 掉下来 掉下去 栽下来 栽倒 滑倒 绊倒 磕伤 磕破 ' +
    '碌落嚟 碌咗落去 跌落去 跣亲 跣倒 仆亲 仆倒 踩空',
);
// Day words of 晋南 and the north with 儿 ("夜儿黑了" last night, "前儿个", "今儿"): a day, not a child (儿).
add({ t: 'neutral' }, '夜儿 夜儿个 夜儿黑 夜个 昨儿 昨儿个 前儿个 今儿 今儿个 今个儿');
// Items of a cost named on their own ("门诊拿药", "住宿", 粤 "睇门诊", "执药"): spending of that kind.
add({ t: 'expense', kind: 'medical' }, '门诊 门诊费 拿药 开药 执药 睇门诊 复查 复诊', { term: '医疗' });
add({ t: 'expense', kind: 'education' }, '住宿 住宿费用 住校 宿舍费 书本 校服费 校车费', { term: '教育' });
// Unable to compare or reckon ("没法比", "咋比", 粤 "点比", "冇得比"): the writer does not know — never a no.
add(
  { t: 'idk' },
  '没法比 没法算 没办法比 比不了 比不出 咋比 咋算 怎么比 冇得比 冇法比 冇办法比 点比 点样比 点计 点样计',
);
// A stall or shop unit (铺位) with its measure word (间铺位): the shop, not 位 counting people.
add({ t: 'asset', what: 'shop' }, '间铺位 个铺位 铺位仔', { term: '非住宅房产' });
// Lent out said with a done mark before to whom ("借咗畀人五千", "借了给亲戚"): money lent, not borrowed or given.
add({ t: 'lent' }, '借咗畀人 借咗俾人 借咗畀 借咗俾 借咗出去 借了给 借了出去 借给人 借畀人 借俾人 借了别人');
// Money kept in a phone wallet ("微信里有几百", 粤 "微信有几百"): savings, another place than the bank book.
add({ t: 'asset', what: 'deposits' }, '微信里 微信里头 微信有 微信零钱 支付宝里 支付宝有 零钱通 余额宝', {
  term: '存款',
});
// No fixed amount ("没个准", "没个定数", 粤 "冇个准", "冇定数"): not known.
add({ t: 'idk' }, '没个准 没个准数 没准数 没个定数 没定数 冇个准 冇准数 冇定数 冇个定数');
// Taking a wage home (粤 "攞人工", "出粮"): pay from work, never a call for a person (人工 alone may be).
add({ t: 'income', cat: 'wages' }, '攞人工 拎人工 有人工 冇人工 出人工 发人工', { term: '工资性收入' });
// Something befell someone, said plainly ("出海出事", "喺工地出咗事", "出了事故"): an accident (the list's
// 意外), unless a more specific kind is told with it (a crash, a theft: those outrank it).
add({ t: 'event', kind: 'accident' }, '出事 出咗事 出了事 出左事 出事咗 出事了 出事故 出咗事故 出了事故 事故');
// Wages held back by the boss ("老板老拖欠", 粤 "成日拖粮"): unpaid pay, not a debt the family owes.
add({ t: 'event', kind: 'other' }, '拖欠 老拖欠 拖粮 拖人工 拖工钱');
// 粤 "成日" is always, all day ("成日拖粮", "成日入院"): not nearly (成) a day's figure.
add({ t: 'neutral' }, '成日 成日都', { dialect: 'yue' });
// 粤 "地盘" is a building site ("喺地盘做", "做地盘"): work for a wage, as 工地.
add({ t: 'work' }, '地盘 做地盘 地盘工', { dialect: 'yue' });
// A lifetime ("攒了一辈子", 粤 "捱咗一世"): how long, never an amount of one.
add({ t: 'neutral' }, '一辈子 半辈子 大半辈子 一世 半世 成世 一生');
// Mending what the family lives by ("修船用咗三万几", "修房子花了八千"): spending of another kind than
// health or school, and the boat or the tool broken the mishap that caused it. (Not 修车: a mechanic's trade.)
// (Not 修房 or 修屋 alone: "上房修房顶时摔下来" tells what someone was doing when hurt.)
add({ t: 'expense', kind: 'other' }, '修船 修房子 修屋企 补船 整船 修机器 修农机 修船费 维修费 修理费');
// 粤 "冇工开" (no work to go to), "冇工返": out of work now, as 冇工做.
add({ t: 'jobless' }, '冇工开 冇工返 冇开工 冇工开咗', { dialect: 'yue' });
add({ t: 'event', kind: 'other' }, '船坏咗 船坏了 船烂咗 船整坏 机器坏咗 机器坏了 车坏咗 车坏了');
// Put out of a rented room ("被房东赶出来", 粤 "俾业主赶走"): something has just happened to the household,
// the event its hardship is about (临时救助: 遭遇突发性困难).
add(
  { t: 'event', kind: 'other' },
  '被房东赶出 被房东赶出来 被房东赶走 被赶出来 被赶了出来 被撵出来 被房东撵出来 俾房东赶走 俾业主赶走 俾人赶出嚟 被业主赶走',
);

// ── Round 12: money and situations ──────────────────────────────────────────────────────────
// 晋南 "落个三万来块", "落了个两万": what came to hand in the end, the figure over what came before it.
add({ t: 'net' }, '落个 落了个 落下个', { dialect: 'north' });
// Each household of several givers ("两个女每家每月畀三百", "各家"): the sum is each one's.
add({ t: 'each' }, '每家 每户 各家');
// A survivor's allowance ("老汉没了以后领他的遗属补助"): paid monthly out of the deceased's pension
// insurance (社会保险法 第四十九条: 遗属 of an insured person draw 抚恤金 from the basic pension fund), so
// pension-type income, never the basic pension (phrases-money.ts survivorPension).
add({ t: 'income', cat: 'pensions' }, '遗属生活补助 遗属补助 遗属补贴 遗属生活费 遗属待遇', { term: '养老金' });
// Not yet old enough to draw it ("还没到领的时候", 粤 "未到攞嘅年纪"): nothing drawn now, a no — not an
// amount under some figure (没到 alone is "under").
add(
  { t: 'neg' },
  '没到领的时候 还没到领的时候 没到领 还没到领 未到领 冇到领 唔到领 没到领的年龄 没到年龄 还没到年龄 没到岁数 ' +
    '未到年龄 未够年龄 未够岁 未够岁数 未到攞 冇到攞 未到攞嘅年纪 未到年纪 冇到年纪',
);
// 晋南 "说不来" (cannot say): not known, as 说不上来. (Not 不定, "not fixed": "偶尔给个几百 不定" gives an amount.)
add({ t: 'idk' }, '说不来 说不来了 也说不来', { dialect: 'north' });
// "说不上" (cannot say): not known. ("说不上话", not being on speaking terms, is its own word.)
add({ t: 'idk' }, '说不上 也说不上 还说不上 真说不上');
add({ t: 'neutral' }, '说不上话 说不上几句话');

// ── Round 13: emergencies and who lives where ───────────────────────────────────────────────
// Caught in a machine ("被搅拌机卷伤右手", "卷断两只手指", "截去三指"): an accident at work (the list's
// 意外受伤). (Not 截肢 alone: "左腿截肢" names a lasting disability, not something that happened now.)
add({ t: 'event', kind: 'accident' }, '卷伤 卷断 被卷伤 截去 锯断');
// Grown children all married with homes of their own (粤 "都结晒婚", "各自有头家"): they live elsewhere.
add({ t: 'apart' }, '结晒婚 都结晒婚 各自有头家 各有头家 有头家 都有头家');
// Left in the home village while the one the call is about works away ("两个仔喺老家由爷爷带", "父母喺乡下
// 务农"): they live elsewhere — only of relatives named without the subject or a spouse (home-village.ts).
add(
  { t: 'apart' },
  '在老家 喺老家 留在老家 留喺老家 在乡下 喺乡下 留在乡下 留喺乡下 在农村老家 喺乡下老家' +
    // The countryside said the same way ("孩子爷爷奶奶在农村", 粤 "阿爷阿嫲住乡下").
    ' 在农村 住农村 在农村住 住在农村 在乡下住 住乡下 住在乡下 喺乡下住 住喺乡下',
);
// Used up to the last (粤 "积蓄全部用晒", "用哂", "用尽"): gone, as 花晒 and 使晒.
add({ t: 'exhausted' }, '用晒 用哂 使哂 花哂 用尽 花尽 用光');
// No money left now, or none to be raised (粤 "已经冇钱", "筹唔到钱", 晋南 "凑不到钱"): basic living
// severely hit (临时救助: 基本生活暂时出现严重困难).
add(
  { t: 'severe' },
  '已经冇钱 已经没钱 已冇钱 已没钱 已经冇晒钱 冇钱了 筹唔到钱 筹不到钱 筹唔到 凑不到钱 凑唔到钱 凑不出钱 凑唔出钱 ' +
    '借不到钱 借唔到钱',
);
// Gone astray ("老伴走丢三天了", 粤 "阿爷行失咗"): missing, as 走失.
add({ t: 'missing' }, '走丢 走丢了 走丢咗 行失 行失咗 走失咗');
// Nothing in hand to pay with now ("手里没钱", 粤 "手头冇钱"): basic living severely hit.
add({ t: 'severe' }, '手里没钱 手里没有钱 手上没钱 手头没钱 手里冇钱 手上冇钱 手头冇钱 手头冇晒钱');
// A grown relative with a family of their own ("有自己家庭", 粤 "有自己屋企"): lives elsewhere.
add({ t: 'apart' }, '有自己家庭 有自己屋企 有自己嘅屋企 有自己嘅家庭 各有家庭 各自有家庭 都有家庭');
// A grown relative said to live on their own ("已结婚单独生活", 晋南 "单独过", 粤 "单独住"): lives elsewhere.
add({ t: 'apart' }, '单独生活 单独过 单独过日子 单独住 单独过活 另外住 另外过');
// Renting a place of their own ("自己租房住", 粤 "自己租屋住"): of a relative, a home apart; of the
// person the call is about, a rented home all the same.
for (const m of [{ t: 'apart' } as const, { t: 'asset', what: 'rented_home' } as const])
  add(m, '自己租房住 自己租屋住 自己租房 自己租屋 自己出去租房 自己出去租屋');
// Money sent home by transfer ("每月往家里打五百", "打回家", 粤 "打返屋企"): given, as 寄回.
add({ t: 'gives' }, '往家里打 往家打 往屋里打 打回家 打回来 打回去 打返 打返屋企 打番屋企 打给家里');
// A work order's word for a young man it is about ("小伙（23）精神一级残疾", "该小伙"): the subject, as 该男子.
person('self', '小伙 该小伙 一小伙 一名小伙');
// The same for a parent calling about their child ("年轻妈妈（29岁）来电", "一名宝妈"): the caller, not the
// caller's mother.
person('self', '年轻妈妈 宝妈 一名宝妈 年轻母亲 一名母亲 年轻嘅妈妈 后生妈妈', { gender: 'f' });
person('self', '年轻爸爸 宝爸 一名宝爸 年轻父亲 一名父亲 后生爸爸', { gender: 'm' });
// Driving a taxi (粤 "开的士"): work for pay, as 开出租.
add({ t: 'work' }, '开的士 开的士车', { dialect: 'yue' });
// Trades named by what is driven or tended (跑大车, 开挖机, 烧锅炉, 卸货, 卖衣服 at a counter): work
// for pay, as 开货车 or 当司机 are.
add(
  { t: 'work' },
  '跑货运 跑大车 开大车 跑长途 跑货车 开挖机 开勾机 烧锅炉 看锅炉 卸货 装卸 搬运 扛包 ' +
    '卖衣服 站柜台 当售货员 做售货员 跑快递 送快递 做快递',
);
// A labourer on a building crew (晋南 "在建筑队当小工", "干装修", 粤 "做杂工"), a promoter in a shop ("在超市做促销"):
// work for pay.
add(
  { t: 'work' },
  '当小工 做小工 干小工 打小工 建筑队 工程队 施工队 装修队 做杂工 打杂工 做促销 搞促销 当促销 促销员 干装修',
);
add({ t: 'work' }, '揸货车 揸大车 做搬运', { dialect: 'yue' });
// Delivering meals for a platform ("在外卖平台送餐", 粤 "喺外卖平台送餐"): work; 在外 inside it is not "away".
add({ t: 'work' }, '在外卖平台 喺外卖平台 外卖平台 送餐 跑外卖 做外卖 外卖骑手');
// The home rented by the month (粤 "月租屋1200", "每月租屋900"): the rent they pay, not rent they collect.
add({ t: 'asset', what: 'rented_home' }, '月租屋 每月租屋 月租房 月租房子 每月租房');
// Knocked down by a passing vehicle (晋南 "被货车刮倒", 粤 "俾货车刮低"): a road accident (a bare 刮倒 is the wind's).
add(
  { t: 'event', kind: 'traffic_accident' },
  '车刮倒 被车刮倒 货车刮倒 小车刮倒 汽车刮倒 三轮刮倒 摩托刮倒 车刮低 俾车刮低 货车刮低 私家车刮低',
);
// Gas leaking and flaring up at home ("液化气罐漏气爆燃", 粤 "石油气漏气爆燃"): a fire.
add({ t: 'event', kind: 'fire' }, '爆燃 漏气爆燃 闪燃');
// A vehicle overturned ("三轮摩托在乡道上翻了", 粤 "架车翻咗"): read as a mishap; one driven earlier in the
// clause makes it a road accident (read-situation-words.ts, ridingBefore).
add({ t: 'event', kind: 'accident' }, '翻了 翻咗');
// The home no longer fit to live in (晋南 "墙裂了不能住", "不敢在里头住", "圪蹴在亲戚家", 粤 "间屋住唔得"):
// after a fire or a flood, basic living severely hit.
add(
  { t: 'severe' },
  '不能住了 不能住人 没法住了 住不成了 住不了人 不敢住了 不敢在里头住 不敢在屋里住 圪蹴在亲戚家 住唔得 冇得住 住唔到人',
);
// What was paid for raised from everyone (晋南 "钱都是东拼西凑借的", 粤 "周围借返嚟"): as 都是借的.
add({ t: 'severe' }, '东拼西凑借的 东拼西凑借 都是东拼西凑 周围借返嚟 四围借返嚟');
// Money put into a trade and lost (晋南 "投进去的十来万都赔了", "本钱全搭进去了", 粤 "掟落去嘅钱蚀晒"): a loss, not
// what the trade earns.
add({ t: 'damage' }, '投进去 投进去的 投了进去 搭进去 搭进去了 赔进去 赔进去了 掟落去 掟落去嘅 投落去 投落去嘅');
// The outlay put into a crop or a trade, said as 投入 ("投入七八万打晒水漂", "前后投入了十来万"): what was put
// in, never what it earned.
add({ t: 'damage' }, '投入 投入咗 投入了 投入嘅 投入的 前后投入 总共投入 一共投入');
// What a funeral cost ("丧葬费花了一万五", 粤 "搞后事使咗两万"): spending of another kind, not a medical bill.
add({ t: 'expense', kind: 'other' }, '丧葬费 安葬费 殡葬费 办丧事花了 办后事花了 搞后事使咗 丧事使咗');
// The same with 完 (晋南 "办完丧事花了两万", 粤 "办完后事花咗三万几", "搞完后事使咗"): the funeral, not a bill.
add(
  { t: 'expense', kind: 'other' },
  '办完丧事花了 办完后事花了 办完后事花咗 办完丧事花咗 搞完后事使咗 搞完后事花咗 办完后事使咗 后事花咗 后事使咗 丧事花咗',
);
// Swallowed by mistake ("娃在家误喝了农药", 粤 "个细路误食咗老鼠药"): a mishap (poisoning), not an illness that struck.
add({ t: 'event', kind: 'accident' }, '误喝 误喝了 误服 误服了 误食 误食了 误食咗 误饮 误吞 误吞了');
