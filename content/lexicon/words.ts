/**
 * The words residents and agents use, with what they mean to the screening: the one lexicon the
 * chat, the hotline intake and policy search share. Data, not code: a word goes under its
 * meaning, with the dialect where it holds (老汉 is a husband in 晋南 but an old man elsewhere;
 * 婆婆 is a mother-in-law in the north and a grandmother in 粤; 女 alone is a daughter in 粤).
 * Longer words win over shorter ones when the text is read (儿媳妇 before 媳妇), so a word that
 * changes meaning inside a longer one needs only the longer entry.
 *
 * Kinship follows 最低生活保障审核确认办法 第七条: only relatives with a statutory duty of support
 * count, so in-laws (儿媳, 女婿, 公婆, 岳父母) and collateral relatives are `other`.
 */
import type { Dialect, LexiconEntry, Meaning, Relation } from './meanings.ts';

const entries: LexiconEntry[] = [];

function add(meaning: Meaning, words: string, opts: { dialect?: Dialect; term?: string } = {}): void {
  for (const word of words.split(/\s+/).filter(Boolean)) entries.push({ word, meaning, ...opts });
}
const person = (rel: Relation, words: string, opts: { dialect?: Dialect; n?: number; gender?: 'm' | 'f'; senior?: true } = {}) =>
  add({ t: 'person', rel, ...(opts.n ? { n: opts.n } : {}), ...(opts.gender ? { gender: opts.gender } : {}), ...(opts.senior ? { senior: true } : {}) }, words, opts.dialect ? { dialect: opts.dialect } : {});

// ── People ─────────────────────────────────────────────────────────────────────────────────
person('self', '我 俺 本人 自己 我自己 俺自己 自家 咱 偶 额');
person('self', '来电人 来电者 求助人 当事人 申请人 其 该户 该人 该老人 该居民 该村民 户主 老人 老人家 该女士 该男子 市民 村民');
person('spouse', '老伴 老伴儿 配偶 爱人 对象 两口子的另一个');
person('spouse', '丈夫 老公 男人 当家的 孩子他爸 孩子他爹 娃他爸 娃他爹 娃他大 老头子 老头儿', { gender: 'm' });
person('spouse', '老汉 掌柜的', { dialect: 'north', gender: 'm' });
person('spouse', '妻子 老婆 老婆子 媳妇 媳妇儿 屋里人 孩子他妈 孩子他娘 娃他妈 娃他娘 老太婆 婆娘 内人', { gender: 'f' });
person('spouse', '老公仔 老嘢', { dialect: 'yue', gender: 'm' });
person('child', '儿子 女儿 闺女 孩子 小孩 小孩子 子女 儿女 娃 娃娃 娃儿 娃子 孩儿 独生子 独生女 亲生的');
person('child', '大儿子 小儿子 二儿子 大女儿 小女儿 二女儿 大闺女 小闺女 老大 老二 老三 大娃 小娃 二娃', {});
person('child', '女子 妮子', { dialect: 'north', gender: 'f' });
person('child', '仔 个仔 大仔 细仔 仔女 个女 大女 细女 女仔 细路 细路仔 细蚊仔 细佬哥 孩子仔', { dialect: 'yue' });
person('child', '女', { dialect: 'yue', gender: 'f' });
person('child', '俩娃 俩孩子 两个娃 两个孩子 两个小孩 两个儿子 两个女儿 两个闺女 一儿一女', { n: 2 });
person('child', '两个细路 两个仔 两个女 两个细蚊仔 一仔一女', { dialect: 'yue', n: 2 });
person('child', '三个娃 三个孩子 三个儿子 三个女儿 仨娃', { n: 3 });
person('spouse', '其妻 其夫 其丈夫 其妻子 其老伴 其配偶 其爱人 其老公 其老婆');
person('child', '其子 其女 其儿子 其女儿 其子女 其孩子');
person('other', '其儿媳 其女婿 其侄子 其侄女');
person('parent', '其母 其父 其母亲 其父亲 其父母');
person('grandchild', '其孙 其孙子 其孙女 其外孙');
person('parent', '父母 爹娘 父母亲 爸妈 俺爹娘 我爸妈');
person('parent', '父亲 爸 爸爸 爹 老爹 俺爹 俺爸 我爸 老父亲 老爸', { gender: 'm' });
person('parent', '母亲 妈 妈妈 娘 老娘 俺娘 俺妈 我妈 老母亲 老妈', { gender: 'f' });
person('parent', '阿爸 老豆 老窦 阿爹', { dialect: 'yue', gender: 'm' });
person('parent', '阿妈 老母 阿娘 老妈子', { dialect: 'yue', gender: 'f' });
person('grandparent', '爷爷 奶奶 外公 外婆 姥姥 姥爷 祖父 祖母 外祖父 外祖母');
person('grandparent', '阿爷 阿嫲 阿嬷 阿公 阿婆 婆婆 公公', { dialect: 'yue' });
person('grandchild', '孙子 孙女 外孙 外孙女 孙儿 孙女儿 个孙 孙仔 孙女仔 外孙仔 大孙 细孙 小孙子 小孙女 大孙子 我孙 俺孙 我个孙 孙们');
person('grandchild', '两个孙 两个孙子 两个孙女 俩孙子 一对孙', { n: 2 });
person('sibling', '哥哥 姐姐 弟弟 妹妹 兄弟 姐妹 哥 姐 弟 妹 兄 大哥 二哥 大姐 二姐 小弟 小妹 兄弟姐妹');
person('sibling', '家姐 阿姐 细佬 细妹 阿哥 大佬 阿弟 阿妹', { dialect: 'yue' });
person('other', '儿媳 儿媳妇 媳妇子 女婿 侄子 侄女 侄儿 侄 外甥 外甥女 姑姑 姑妈 姑父 姨 姨妈 舅舅 舅妈 叔叔 婶婶 伯伯 大伯 亲戚 朋友 邻居 保姆 表哥 表姐 表弟 表妹 堂哥 堂弟 堂姐 堂妹 岳父 岳母 丈母娘 老丈人 嫂子 弟媳 妹夫 姐夫 干儿子 干女儿');
person('other', '公公 婆婆', { dialect: 'north' });
person('other', '心抱 家公 家婆 外家 契仔 契女 阿叔 阿婶 姑丈 姨丈 阿舅', { dialect: 'yue' });
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '老两口 两口子 老俩口 夫妻俩 夫妻两个 两公婆 两夫妻 我们夫妻 我们两口子 俺两口子 俺俩口子 俺们两口子 俺老两口 我两公婆 老夫老妻');
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '两老 两老嘢', { dialect: 'yue' });
add({ t: 'group', with: ['child'], selfIncluded: true }, '父女俩 父子俩 母女俩 母子俩 娘俩 爷俩 娘儿俩 爷儿俩 母子两个 母女两个 两仔爷 两仔乸 两母女');
add({ t: 'group', with: ['grandchild'], selfIncluded: true }, '祖孙俩 祖孙两个 婆孙 婆孙俩 爷孙俩 两婆孙 两公孙');
add({ t: 'group', with: ['sibling'], selfIncluded: true }, '兄弟俩 姐妹俩 两兄弟 两姐妹 姐弟俩 兄妹俩');
add({ t: 'plural' }, '我们 俺们 我哋 咱们 咱');
add({ t: 'group', with: ['spouse'], selfIncluded: true }, '俺俩 我俩 我们俩 我们两个 俺两个 俺们俩 我哋两个 我两个');
add({ t: 'others' }, '他们 她们 佢哋 人家们');
add({ t: 'alone' }, '独居 一个人住 一个人过 一个人生活 一个人在家 自己一个人 就我一个 就我一个人 就俺一个 就俺一个人 得我一个 得我自己 得我一个人 孤寡 孤身 孤老 一人户 单人户 单身一人 独自生活 独自一人 光棍一个 无依无靠 一个住 自己住 自己过 一个人 就他一个 就她一个 独自居住');
add({ t: 'pronoun' }, '他 她 佢 人家');

// ── Yes, no, not knowing, hedging ──────────────────────────────────────────────────────────
add({ t: 'neg' }, '没 没有 无 不 冇 唔 未 么有 么 木有 莫有 没得 莫得 冇得 唔系 不是 没啥 冇乜 没什么 冇咩 并无 未曾 从没 从来没 从未');
add({ t: 'yes' }, '有 是 是的 对 对的 嗯 嗯嗯 有的 有啊 是啊 对啊 係 系 系啊 係啊 有嘅 有㗎 啱 啱啊 冇错 没错 就是');
add({ t: 'idk' }, '不知道 不晓得 不清楚 说不清 说不上来 说不好 搞不清 弄不清 不懂 不太懂 也不懂 唔知 唔清楚 唔知道 唔记得 不记得 记不得 记不清 记不住 忘了 忘记了 冇睇过 没看过 没留意 冇留意 不了解 没数 冇数 谁知道 鬼知道 问我也不知道 不太清楚 不大清楚 唔太清楚');
add({ t: 'hedge' }, '好像 好似 大概 估计 可能 应该 应该是 似乎 差不多 大约 约 约莫 也许 或者 怕是 恐怕 听说 啩 左右吧 吧');

// ── Money and time ─────────────────────────────────────────────────────────────────────────
add({ t: 'currency' }, '元 块 块钱 蚊 文 元钱 圆 rmb RMB 人民币 蚊鸡');
add({ t: 'currency', mult: 0.1 }, '毛 角');
add({ t: 'period', months: 1, every: true }, '每月 每个月 一个月 一月 月均 月入 月收入 月薪 月工资 个月 按月 逐月 一个月下来 每个月份');
add({ t: 'period', months: 1 }, '月');
add({ t: 'period', months: 12, every: true }, '每年 一年 全年 年收入 年入 一整年 一年下来 一年到头 年均 一年四季 一年里 一年多下来');
add({ t: 'period', months: 12 }, '年 过年 过年时 逢年过节 年底 春节 过节');
add({ t: 'period', months: 3, every: true }, '每季 一季 一季度 每季度 季度 一个季度 三个月 每三个月');
add({ t: 'period', months: 1 / 30, every: true }, '每天 一天 每日 一日 日薪 天 日工资 一工');
add({ t: 'period', months: 7 / 30, every: true }, '每周 一周 一个礼拜 每个礼拜 一个星期 每星期 一礼拜');
add({ t: 'each' }, '每人 每个人 一人 一个人一 各 各自 人均 每位 每个 一个一');
add({ t: 'total' }, '一共 总共 合共 加起来 加埋 共 拢共 统共 总计 合计 总数 两个人一共 全家一共 一家一共 全部加起来');
add({ t: 'about' }, '左右 上下 大概 大约 差不多 前后 来块 左近 估摸 约摸');
add({ t: 'under' }, '不到 不够 唔够 唔到 没到 冇到 以下 以内');
add({ t: 'over' }, '出头 多点 多一点 多些 以上 有多');

// ── Income and work ────────────────────────────────────────────────────────────────────────
add({ t: 'income', cat: 'wages' }, '工资 薪水 人工 工钱 打工钱 打工收入 工资收入 上班收入 务工收入 劳务收入 做工 打零工 零工 打散工 散工 做散工 做泥水 搬砖 帮人 打工挣 挣工资', { term: '工资性收入' });
add({ t: 'income', cat: 'business' }, '种地 种田 务农 种苹果 种花椒 种果树 务弄 果园 种菜 种玉米 种麦子 养殖 养猪 养鸡 养鸭 养羊 养牛 养鱼 喂猪 做生意 摆摊 摆地摊 卖菜 卖水果 小卖部 开店 开小店 开铺 士多 经营 种植 收成 卖粮 卖苹果 卖鱼 打鱼 出海 捕鱼 渔船 耕田 种荔枝 种番薯 种木薯 种沙姜 种橙 做小生意 小生意 卖早餐 跑三轮 开三轮 拉货 跑摩的 网约车 开滴滴 跑车', { term: '经营净收入' });
add({ t: 'income', cat: 'property' }, '房租 租金 铺租 利息 分红 出租 租出去 租畀人 包地钱 土地流转 流转费 地租 租地钱 股息', { term: '财产净收入' });
add({ t: 'income', cat: 'pensions' }, '退休金 退休工资 养老金 退休费 职工养老金 企业养老金 退休', { term: '养老金' });
add({ t: 'income', cat: 'basicPension' }, '基础养老金 农村养老金 城乡居民养老金 居民养老金 农保 新农保 老农保 老年金 城乡养老 社保养老金 农村社保 居民养老保险 养老保险金 乡下社保', { term: '基础养老金' });
add({ t: 'income', cat: 'support' }, '生活费 赡养费 抚养费 扶养费 养老钱 家用 零用钱 零花钱', { term: '赡养费' });
add({ t: 'income', cat: 'otherTransfers' }, '赔偿 赔偿金 赔款 补偿 抚恤 慰问金 救济', { term: '转移性收入' });
add({ t: 'income', cat: 'excluded' }, '低保金 五保金 特困金 供养金 高龄津贴 高龄补贴 残疾补贴 残疾人补贴 两项补贴 护理补贴 生活补贴 计生奖励 独生子女费 独生子女奖励 优抚 奖学金 助学金', { term: '不计入收入' });
add({ t: 'work' }, '出海 打鱼 跟船 跟人出海 捕鱼 打工 上班 务工 做工 干活 做活 挣钱 赚钱 揾食 返工 做嘢 开工 上工 出去打工 外出打工 在厂里 进厂 工地 打短工 干零活 当保安 做保洁 搞卫生 洗碗 送外卖 做家政 跑运输 当司机');
add({ t: 'jobless' }, '没工作 没有工作 没活干 没事做 下岗 失业 无业 待业 冇工做 冇做嘢 冇返工 唔做嘢 在家闲着 闲在家 干不了活 做唔到嘢 找不到活 揾唔到工 没收入 无收入');

// ── Disability and illness ─────────────────────────────────────────────────────────────────
add({ t: 'disability', certificate: true }, '残疾证 残疾人证 残证 残疾正 残废证 残疾本 残疾证书 二代证', { term: '残疾人证' });
add({ t: 'disability' }, '残疾 残疾人 残废 残障 伤残');
add({ t: 'disability', severe: true }, '重残 重度残疾 重度残 一户多残');
add({ t: 'disability', kind: 'physical' }, '肢体 肢残 肢体残疾 腿脚 腿 脚 胳膊 手脚 截肢 偏瘫 瘫痪 瘫 坐轮椅 轮椅 拄拐 跛 瘸 驼背 断手 断脚 残手 残脚');
add({ t: 'disability', kind: 'visual' }, '视力 视残 视力残疾 眼睛 眼 盲 瞎 看不见 看不清 睇唔到 睇唔见 失明 盲人 对眼');
add({ t: 'disability', kind: 'hearing' }, '听力 听残 听力残疾 耳朵 耳 聋 听不见 耳背 耳仔 聋哑 听唔到 听唔见');
add({ t: 'disability', kind: 'speech' }, '言语 言语残疾 哑 哑巴 说不了话 不会说话 讲唔到嘢 口吃');
add({ t: 'disability', kind: 'intellectual' }, '智力 智力残疾 智障 智残 弱智 傻 脑子不好 脑瓜不好 憨 痴呆 唐氏 脑瘫 低能 蠢 戆居 傻仔');
add({ t: 'disability', kind: 'mental' }, '精神 精神残疾 精神病 精神分裂 抑郁症 躁狂 神经病 癫 癫痫 羊癫疯 精神唔正常 脑子有病');
add({ t: 'disability', kind: 'multiple' }, '多重 多重残疾 多残');
add({ t: 'grade' }, '级 级别 等级');
for (const name of ['尿毒症', '肾衰竭', '肾衰', '癌症', '癌', '肺癌', '胃癌', '肝癌', '食道癌', '乳腺癌', '宫颈癌', '鼻咽癌', '肠癌', '结肠癌', '直肠癌', '白血病', '血癌', '肿瘤', '恶性肿瘤', '脑瘤', '淋巴瘤', '再生障碍性贫血', '血友病', '地中海贫血', '重性精神病', '精神分裂症', '肝硬化', '器官移植', '心脏病', '先天性心脏病', '冠心病', '心梗', '心肌梗塞', '帕金森', '渐冻症', '脑出血', '脑溢血', '脑梗', '脑梗塞', '中风', '瘫痪', '植物人', '红斑狼疮', '系统性红斑狼疮', '耐药结核', '艾滋病', '重症', '大病', '重病', '绝症', '癌症晚期', '透析', '洗肾', '化疗', '放疗', '尿毒']) {
  const canonical: Record<string, string> = { 透析: '尿毒症', 洗肾: '尿毒症', 尿毒: '尿毒症', 肾衰: '肾衰竭', 血癌: '白血病', 化疗: '癌症', 放疗: '癌症', 大病: '重病', 重症: '重病' };
  add({ t: 'illness', name: canonical[name] ?? name, serious: true }, name, { term: '重特大疾病' });
}
for (const name of ['高血压', '血压高', '糖尿病', '关节炎', '风湿', '腰疼', '腰椎', '颈椎', '感冒', '胃病', '老毛病', '慢性病', '小病', '咳嗽', '气管炎', '哮喘', '骨质增生', '痛风', '白内障', '老人病', '身体不好', '身体唔好', '病痛']) {
  add({ t: 'illness', name, serious: false }, name);
}
add({ t: 'bedridden' }, '卧床 瘫在床上 躺在床上 瘫床 起不来床 下不了床 卧床不起 瞓喺床 起唔到身 不能自理 生活不能自理 唔识自理 要人照顾 要人服侍 要人扶 伺候 服侍');

// ── Emergencies ─────────────────────────────────────────────────────────────────────────────
add({ t: 'event', kind: 'fire' }, '火灾 着火 失火 起火 火烧 烧了 烧光 烧毁 烧没了 被烧 烧咗 烧晒 火烛 着咗火 大火 屋企火烧 房子烧 电线起火');
add({ t: 'event', kind: 'traffic_accident' }, '车祸 交通事故 被车撞 叫车撞 让车撞 撞车 车撞 出车祸 出咗车祸 撞伤 翻车 被撞');
add({ t: 'event', kind: 'natural_disaster' }, '水灾 洪水 发大水 发水 水浸 浸水 水淹 淹了 台风 打风 风灾 暴雨 大暴雨 下大雨 冰雹 雹子 地震 泥石流 山体滑坡 滑坡 塌方 冲毁 冲垮 冲走 吹走 吹塌 倒塌 房子塌 塌了 屋塌 旱灾 干旱 雪灾 受灾 灾害 天灾');
add({ t: 'event', kind: 'sudden_illness' }, '突发 突然 急病 急症 抢救 急诊 重症监护 ICU 住ICU 送医院 突然病倒 突然查出 刚查出 突发疾病');
add({ t: 'event', kind: 'accident' }, '摔伤 摔倒 跌倒 跌伤 摔断 跌断 工伤 受伤 意外 意外受伤 砸伤 烫伤 烧伤 断了 骨折 从楼梯 从梯子 跌落 摔下来 跌咗 整伤');
add({ t: 'event', kind: 'crime' }, '被盗 被偷 被骗 诈骗 被抢 抢劫 打伤 被打 遭贼');
add({ t: 'death' }, '去世 过世 走了 走咗 没了 死了 过身 过咗身 病故 去世了 离世 身亡 丧偶 老伴没了 死咗 唔喺度 办丧事 丧葬');
add({ t: 'expense', kind: 'medical' }, '医药费 药费 住院费 治疗费 手术费 看病钱 看病 睇病 睇医生 治病 透析费 化疗费 医疗费 检查费 买药 食药 药钱 住院', { term: '医疗' });
add({ t: 'expense', kind: 'education' }, '学费 书费 住宿费 读书钱 上学钱 学杂费 生活费用上学', { term: '教育' });
add({ t: 'expense', kind: 'disability_rehab' }, '康复 康复训练 康复费 做康复 训练费 辅具', { term: '康复' });
add({ t: 'expense' }, '花了 花咗 花费 掏了 自己掏 自己出 自费 开销 使咗 使了 自己畀 自己俾 贴了 垫了 出了');
add({ t: 'nearly' }, '成 近 将近 接近 差唔多 差不多有 快到');
add({ t: 'noGain' }, '自己吃 自己食 自己食嘅 冇卖 没卖 不卖 冇卖过 没卖过 蚀 蚀咗 蚀本 蚀钱 亏 亏了 亏本 赔了 赔钱 赔本 不赚钱 没赚钱 没挣钱 冇赚 冇赚到 冇赚到钱 挣不下钱 挣不到钱 白干 冇钱赚 没啥赚头 不挣钱');
add({ t: 'exhausted' }, '花完了 花光了 花光 用完了 用光了 花完 花晒 使晒 冇晒 一满花完 掏空了 掏空 都花了 全部花 花得差不多 用得七七八八 折腾光了 都没了 全没了');
add({ t: 'childless' }, '没儿没女 无儿无女 冇仔冇女 冇仔女 膝下无子 无子女 没有子女 没子女 没孩子 没有孩子 冇细路 无儿女 没儿女 一辈子没成家 冇结过婚 没结过婚 没娶媳妇 光棍 单身汉 孤寡老人 冇仔 冇女');
add({ t: 'healthy' }, '身体很好 身体挺好 身体几好 身体好好 身体还行 身体都好 身体好着呢 身体好 身体好好的 身体还好 身体冇问题 身体没问题 身体健康 好手好脚 能干活 有劳动能力 年纪不大 后生 后生仔 年轻力壮 身壮力健 身体挺好 正当年');
add({ t: 'onBehalf' }, '帮她问 帮他问 帮佢问 帮佢 替她 替他 为其 代其 帮我妈问 帮我爸问 帮阿妈问 帮阿爸问 帮老人问 帮老人家问 代为 替老人 为老人 帮忙问 帮问');
add({ t: 'ordinal', which: 'older' }, '大的 大嘅 大个 大嗰个 老大 大的那个 年纪大的');
add({ t: 'ordinal', which: 'younger' }, '小的 细嘅 细个 细嗰个 老小 小的那个 年纪小的');
add({ t: 'severe' }, '生活困难 很困难 好困难 困难 揭不开锅 吃不上饭 吃饭都成问题 米都冇 冇饭食 没饭吃 没地方住 无处可住 冇地方住 流落街头 过不下去 活不下去 顶唔顺 捱唔住 好难 好惨 好难过 太难了 很难 难啊 没着落 冇着落 睡在外面 住在亲戚家 借住 住亲戚屋企 生活没着落 基本生活困难 吃住都成问题');
add({ t: 'manageable' }, '还能维持 还行 还可以 能过 过得去 还能过 凑合 将就 顶得顺 仲顶得顺 仲得 未至于 还好 还能撑 撑得住 勉强 亲戚帮衬 有人帮');

// ── Property, debts ────────────────────────────────────────────────────────────────────────
add({ t: 'asset', what: 'car' }, '汽车 小汽车 轿车 私家车 面包车 小车 车子 货车 卡车 皮卡 越野车 电动汽车 新能源车 车');
add({ t: 'asset', what: 'house' }, '房子 房 住房 楼房 商品房 房产 宅子 老宅 老宅子 祖屋 屋 间屋 套间 平房 窑洞 院子 楼 单位房 新房 旧房 老房子 土房 瓦房 砖房 危房');
add({ t: 'asset', what: 'exempt_vehicle' }, '电动三轮 电动三轮车 三轮车 三轮 电动车 电瓶车 摩托 摩托车 电单车 单车 自行车 农机 拖拉机 三马子 农用车 残疾人代步车 代步车 老年代步车 电驴 四轮电动 老头乐');
add({ t: 'asset', what: 'shop' }, '商铺 门面 铺面 铺位 铺头 门市 店面 厂房 写字楼 仓库 铺租 间铺 收铺租 门面房', { term: '非住宅房产' });
add({ t: 'asset', what: 'business' }, '个体户 营业执照 公司 执照 个体工商户 注册公司 法人', { term: '工商登记' });
add({ t: 'asset', what: 'deposits' }, '存款 积蓄 存折 存了 储蓄 理财 股票 基金 银行 卡里 卡度 保险 攒了 存钱 老本 棺材本 私己钱 私家钱', { term: '存款' });
add({ t: 'asset', what: 'rented_home' }, '租房 租的 租嘅 租住 租人家 租别人 租屋 租间 住出租屋 廉租房 公租房 租房子');
add({ t: 'asset', what: 'no_home' }, '没有房 没房子 冇屋 无房 借住 寄住 住亲戚家 住在亲戚 没地方住');
add({ t: 'asset', what: 'land' }, '亩 鱼塘 承包地 责任田');
add({ t: 'debt' }, '欠 欠债 欠钱 欠款 负债 借钱 借了 借咗 贷款 借贷 外债 饥荒 拉饥荒 债 欠咗 借亲戚 借别人 网贷 信用卡', { term: '债务' });
add({ t: 'lent' }, '借给 借畀 借出去 借给别人 借出');

// ── Hukou, benefits ────────────────────────────────────────────────────────────────────────
add({ t: 'hukou', value: 'rural' }, '农村户口 农业户口 农村 农业 村里 村民 农民 乡下 乡村 农户 农民户口 村里人 村嘅 农村的 农业的');
add({ t: 'hukou', value: 'urban' }, '城镇户口 城市户口 居民户口 非农 非农业 城镇 城市 城里 城里人 市区 社区 街道 城镇居民 县城 城区 非农户口 城镇的 居民');
add({ t: 'benefit', what: 'dibao' }, '低保 低保户 吃低保 领低保 拿低保 享受低保 在吃低保 底保 低保金 最低生活保障', { term: '低保' });
add({ t: 'benefit', what: 'tekun' }, '五保 五保户 特困 特困户 特困人员 特困供养 五保老人 供养 敬老院', { term: '特困人员' });
add({ t: 'benefit', what: 'lowIncome' }, '低收入 低收入户 低收入家庭 低保边缘 边缘户 边缘家庭 监测户 脱贫户 建档立卡 贫困户', { term: '低收入家庭' });

// ── Counting and ages ──────────────────────────────────────────────────────────────────────
add({ t: 'age' }, '岁 周岁 岁了 岁咯 岁喇');
add({ t: 'people' }, '口 口人 个人 人 位 个 口子');

// ── Living together or apart; support ──────────────────────────────────────────────────────
add({ t: 'apart' }, '唔住屋企 不住家里 唔喺屋企住 不在家住 冇住埋一齐 不跟我们住 不跟我住 不跟俺住 唔同我住 在外 在外地 在外面 在外头 外地 外出 外面 外头 出去了 出去 出门 嫁出去 嫁到 嫁人了 嫁咗 嫁了 出嫁 成家了 自己成家 分家 分开住 不住一起 不在一起 不在家 唔喺屋企 出咗去 喺出面 在城里住 在县城住 常年不回来 一年回来一趟 一年回来一次 过年才回来 另过 单过');
add({ t: 'together' }, '跟我 跟俺 都跟我 都跟俺 跟我过 跟俺过 跟我们 跟着俺们 跟着我们 跟着俺 跟着我 跟我住 跟俺住 一起住 住一起 一起过 一起生活 同住 住在一起 住埋一齐 同我住 一齐住 喺屋企 在家 跟我们住 和我住 和我们住 住在家里');
add({ t: 'noSupport' }, '不给钱 不给 不管 不管俺 不管我 顾不上 不养 不赡养 不来往 冇理 唔理 唔畀钱 冇畀钱 唔俾钱 靠不上 指望不上 不怎么给 很少给 基本不给 联系不上 冇联系 断了联系 不闻不问 冇音讯');
add({ t: 'gives' }, '给 畀 俾 打钱 寄钱 汇钱 转账 给钱 畀钱 贴补 帮补 补贴家用');
add({ t: 'student' }, '上学 读书 上大学 读大学 上高中 读高中 上初中 读初中 上小学 读小学 读紧 在读 念书 上中专 读中专 上技校 上大专 读大专 在校 学生 读紧书');
add({ t: 'prison' }, '坐牢 服刑 监狱 劳改 关起来 判了 坐监 入咗监');
add({ t: 'missing' }, '失联 下落不明 冇音讯 没音讯 找不到人 不知去向 失踪 走失 离家出走');

// ── Lists, corrections, questions ──────────────────────────────────────────────────────────
add({ t: 'none' }, '都没有 都没 啥都没有 什么都没有 乜都冇 全部都冇 都冇 都唔系 都不是 一样都没有 一个都没有 一样都冇 没有其他收入 没有别的收入 无其他收入 冇其他收入 此外没有 此外无 再没有 其他都没有 别的没有 其余没有 其他冇 其他没有');
add({ t: 'only' }, '就 只 只有 就只 得 得返 淨係 净系 光 单单');
add({ t: 'and' }, '还有 和 跟 同 及 与 以及 加上 同埋 仲有 另外');
add({ t: 'question' }, '算不算 算唔算 算吗 系唔系 是不是 能不能 可唔可以 可不可以 咋办 点算 点办 吗 嘛 呢 咩');
add({ t: 'correction' }, '不对 说错了 打错了 搞错了 讲错 讲错咗 唔系 唔啱 不是不是 更正 改一下 应该是');

// ── Words that only stop shorter words inside them from being read ─────────────────────────
add({ t: 'neutral' }, '不过 不然 不少 不错 不断 不久 不但 不仅 要不 不如 不一定 不用 不要 不行 唔该 唔紧要 冇问题 没问题 没关系 冇所谓 无所谓 其他 其它 其余 其中 其实 今年 去年 前年 明年 年时 年纪 年龄 年轻 老年 青年 中年 年初 上年 旧年 今年个 上个月 上月 这个月 本月 下个月 月份 月底 月初 月中 正月 腊月 今天 昨天 前天 今日 琴日 寻日 尋日 前日 几天 有时 有时候 有啲 有的时候 有点 有些 有事 没事 冇事 妇女 女士 女的 男的 女性 男性 人家 人工费 车费 房费 地方 家里 家庭 家人 家中 全家 一家 屋企 屋企人 老家 家乡 乡镇 镇上 村委 村委会 居委会 社区居委 单位 一起 一直 一般 一样 一定 一下 一点 一些 有没有 是不是 我们家 他家 她家 佢屋企 个个 个个月 一个二个 正在 现在 而家 家阵 之前 以前 以后 后来 生活 日子 过日子 东西 嘢 事情 好多 很多 好少 很少 多少 几多 几个 咁多 样样');

// ── Commands said in words, mid-sentence ────────────────────────────────────────────────────
add({ t: 'command', cmd: 'why' }, '为什么 为啥 为甚 为什么问 为啥问 问这个干啥 问这干啥 问这个干什么 点解 点解问 做乜问 问嚟做乜 问呢个做乜 问来做咩 有什么用 有啥用');
add({ t: 'command', cmd: 'back' }, '返回 上一步 上一题 改上一个 回到上一个 说错了 打错了 讲错咗 头先讲错 改返');
add({ t: 'command', cmd: 'help' }, '帮助 怎么用 咋用 点用 点样用 不会用 唔识用');
add({ t: 'command', cmd: 'my_answers' }, '我的回答 看回答 看我填的 我填了什么 我之前填 我头先填 填咗啲乜 看看我说的');
add({ t: 'command', cmd: 'human' }, '人工 转人工 找人工 搵人工 真人 找人 搵人 客服 工作人员 打电话给我');
add({ t: 'command', cmd: 'apply' }, '申请 我要申请 帮我申请 联系村委 联系村委会');
add({ t: 'command', cmd: 'start_over' }, '重新开始 重来 从头来 重新嚟过 由头嚟过');
add({ t: 'command', cmd: 'stop' }, '取消 不申请 不发了 唔申请 算了');

export const LEXICON: readonly LexiconEntry[] = entries;
