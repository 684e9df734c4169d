/**
 * The screening questions as residents read them: each prompt, its numbered choices, why it is
 * asked (for 为什么 in the middle of the dialogue), and what to say when an answer was not
 * understood. Plain words; every legal term explained where it appears.
 */

export const Q = {
  /** The cities offered come from the registered city packages (bot/cities.ts). */
  region: {
    prompt: '你家住在哪个市？请回复数字，也可以直接说县、区或镇的名字：',
    choice: (city: string, province: string) => (province ? `${city}（${province}）` : city),
    none: '都不是',
    why: '低保标准、特困标准这些钱数，每个市不一样，所以先问住在哪里。',
    reask: (numbers: string) => `请回复 ${numbers}，或者说县、区的名字。`,
    example: (place: string) => `比如：1，或者 ${place}`,
    /** A place no city package covers, said with work there ("在广州打工"): where does the family live? */
    outsideWork: (place: string, last: string) =>
      `您说的${place}不在这里能评估的地方。请说家里人住在哪个市；家不在这几个市，就回复 ${last}。`,
    /** A place no city package covers, said as where the family lives. */
    outside: (place: string) => `记下了：住在${place}。`,
  },
  members: {
    prompt:
      '家里一起生活的有几个人？都是谁、多大年纪？第一个说你自己。\n比如：我七十六，老伴七十三（就你一个人，就说你的年龄）',
    ages: (size: number) => `好的，${size}口人。请说说每个人的年龄，第一个是你自己。比如：45，43，12`,
    /** Asked after the writer said they answer for a parent or grandparent (who: 父亲, 母亲 …). */
    promptFor: (who: string) =>
      `${who}家里一起生活的有几个人？都是谁、多大年纪？第一个说${who}。\n比如：我爸七十六，我妈七十三，就他们两个（${who}一个人住，就说${who}的年龄）`,
    agesFor: (size: number, who: string) => `好的，${size}口人。请说说每个人的年龄，第一个是${who}。比如：76，73`,
    confirm: (list: string) => `家里一起生活的是不是就这些人：${list}？`,
    confirmChoices: ['是，就这些人', '不是，还有别人'],
    why: '低保按全家每个人平均的收入算，所以要知道家里几口人；年龄决定谁算老人、谁算孩子。',
    reask: '请说一下家里几口人、每个人多大。',
    example: '比如：两个人，我七十六，老伴七十三',
    agesReask: (size: number) => `你说家里${size}口人，请说${size}个年龄。`,
  },
  relations: {
    one: (who: string) => `${who}是你的什么人？请回复数字或者直接说（老伴、儿子……）：`,
    many: (list: string) => `${list}分别是你的什么人？按顺序说，比如：老伴，儿子。也可以回复数字，比如：1，2`,
    choices: [
      '配偶（老伴）',
      '子女',
      '父母',
      '孙子女、外孙子女',
      '祖父母、外祖父母',
      '兄弟姐妹',
      '其他亲戚或不是亲戚（比如侄子、儿媳、朋友）',
    ],
    why: '只有配偶、子女、父母这些有赡养、抚养义务的亲属才算一家人，侄子、儿媳等不算，所以要问清楚。',
    reask: (n: number) =>
      n === 1 ? '请说这位家人是你的什么人，或者回复 1 到 7 的数字。' : `请按顺序说这${n}个人是你的什么人，用逗号隔开。`,
    example: (n: number) => (n === 1 ? '比如：1（老伴）' : '比如：老伴，儿子'),
  },
  hukou: {
    prompt: '你家是农村户口还是城镇户口？',
    choices: ['农村户口', '城镇户口（城市居民）', '不清楚'],
    why: '农村和城市的低保标准不一样，按户口类型算。',
    reask: '请回复 1、2 或 3。',
    example: '比如：1（农村户口）',
    /** Said to "现在都叫居民户口了": how to answer after the 户籍 reform. */
    reform:
      '现在户口本上大多写“居民户口”，这里按原来的分：原来是农业户口、住在村里的，回复 1；原来是非农业户口、城镇居民，回复 2；不知道回复 3。',
  },
  disability: {
    prompt: (many: boolean) => (many ? '家里有没有人有残疾证？有的话，说一下是谁。' : '你有残疾证吗？'),
    choices: ['没有', '有'],
    which: '是哪一位有残疾证？',
    kind: (who: string) => `${who}是什么类别的残疾？也可以直接说类别和等级，比如“肢体二级”。`,
    kindChoices: ['肢体残疾', '视力残疾', '听力残疾', '言语残疾', '智力残疾', '精神残疾', '多重残疾'],
    grade: (who: string) => `${who}的残疾证上写的是几级？`,
    gradeChoices: ['一级', '二级', '三级', '四级'],
    more: '还有别人有残疾证吗？',
    moreChoices: ['没有了', '还有'],
    why: '重度残疾（一、二级，或三级智力、精神残疾）的人，可以单独申请低保，也可能符合特困供养，所以要问残疾证。',
    reask: '请回复 1（没有）或 2（有）。',
    example: '比如：2，老伴有',
    whichReask: '请回复这位家人前面的数字。',
    kindReask: '请回复类别前面的数字。',
    gradeReask: '请回复 1 到 4。',
  },
  illness: {
    prompt: (many: boolean) =>
      many
        ? '家里有没有人得了重病，比如癌症、尿毒症（要透析）、白血病？'
        : '你有没有得重病，比如癌症、尿毒症（要透析）、白血病？',
    choices: ['没有', '有'],
    which: '是哪一位得了重病？',
    list: (who: string) =>
      `${who}的病是不是当地认定的重特大疾病（比如癌症、尿毒症透析、白血病）？医院或乡镇说过的话，按他们说的回答。`,
    listChoices: ['是', '不是', '不清楚'],
    why: '得了重病的人可以单独申请低保，看病花钱多也可以申请临时救助。不用说具体诊断。',
    reask: '请回复 1（没有）或 2（有）。',
    example: '比如：1',
    whichReask: '请回复这位家人前面的数字。',
    listReask: '请回复 1、2 或 3。',
  },
  employed: {
    prompt: '家里有几个人在打工或上班，有工资收入？没有就回复 0。',
    why: '在外打工上班的花销（交通、吃饭）在算收入时可以扣掉一部分，所以问有几个人在工作。',
    /** Said to "打零工算不算": work for pay of any kind is counted, by the people doing it. */
    counts: '打零工、做散工、出海、帮人干活，只要挣钱就算，按干活的人数说。',
    reask: '请回复一个数字。',
    example: '比如：1',
  },
  income: {
    unknown: '记下了：家里有哪些收入，您说不清楚，先空着，村里会核实。',
    prompt: '最近一年，家里有哪些收入？可以回复多个数字，比如：1 5',
    choices: [
      '打工或上班的工资',
      '种地、养殖、做小生意',
      '房租、利息、分红',
      '养老金、退休金（不算农村基础养老金）',
      '子女或亲属给的生活费',
      '都没有',
    ],
    amount: (name: string) => `${name}，全家平均每月大概多少钱？也可以说一年多少，比如“一年2万”。不知道就说“不知道”。`,
    why: '低保看的是全家每人每月平均收入，要把各种收入加起来算。说个大概就行。',
    reask: '请回复收入前面的数字，可以回复多个；或者直接说有哪些收入。',
    example: '比如：1 5',
    amountReask: '请说一个大概的钱数，不知道就说“不知道”。',
    /** Said to "低保金算不算": the answer to that question before the question again. */
    excluded: '低保金、特困供养金、高龄津贴、残疾人补贴这些不算收入，不用说。',
    amountExample: '比如：每月1500，或者一年2万',
  },
  basicPension: {
    prompt:
      '家里老人每月领多少城乡居民养老金（农村养老金、基础养老金）？全家加起来，没有就回复 0，不知道就说“不知道”。',
    why: '城乡居民基础养老金算不算收入，要看当地规定，所以单独问。',
    reask: '请说一个大概的钱数。',
    example: '比如：每月150',
  },
  supportPayer: {
    prompt: '给你们生活费的子女或亲属，他们自己是不是也有困难？',
    choices: ['低保户', '特困人员', '低收入家庭（低保边缘）', '都不是'],
    /** `places`: the cities whose own rule leaves such support out (bot/cities.ts). */
    why: (places: string) =>
      `给钱的亲属本身是低保户、特困人员或低收入家庭的，他们给的钱在${places || '有的地方'}${places ? '等地' : ''}不算收入。`,
    reask: '请回复 1 到 4。',
    example: '比如：4（都不是）',
  },
  property: {
    prompt: '家里有下面这些吗？可以回复多个数字，都没有就回复 5。',
    choices: ['汽车（小轿车、面包车、货车等）', '两套或更多住房', '商铺、门面等', '开了公司或个体户', '都没有'],
    why: '有汽车、两套以上住房或者开公司的，要由乡镇核对财产，可能影响能不能申请。',
    unknown: '记下了：家里有没有车、房、门面或生意，您说不清楚，先空着，乡镇核对财产时会查。',
    reask: '请回复前面的数字，可以回复多个；或者直接说有什么。',
    example: '比如：5（都没有）',
  },
  deposits: {
    prompt: '家里的存款、理财、借给别人的钱，一共大概多少？没有就回复 0。说个大概就行，欠别人的钱另外说。',
    why: '存款太多的家庭不符合低保，具体数额由乡镇核对，这里只是估计。',
    reask: '请说一个大概的钱数。',
    example: '比如：5000，或者 没有',
  },
  obligors: {
    prompt: '有没有不住在一起、按法律有赡养（抚养、扶养）义务的亲人？比如在外面的子女、配偶或父母。',
    choices: ['没有', '有'],
    situation: '他们的情况是哪种？几个人情况不同，可以回复多个数字。',
    situationChoices: [
      '年纪不大、身体好，有能力照顾',
      '本身是特困人员',
      '60岁以上的低保户',
      '70岁以上，收入低、没什么财产',
      '重度残疾，收入低、没什么财产',
      '在服刑、下落不明或没有行为能力（也没什么财产）',
      '不清楚',
    ],
    why: '特困供养要求没有能力赡养你的亲人；有能力的子女在外面，也会影响能不能申请。',
    /**
     * Said to "女婿算不算": a child's spouse and a former spouse owe no support (民法典 第一千零五十九条、
     * 第一千零六十七条 name spouses, parents and children; 最低生活保障审核确认办法 第七条).
     */
    counts: '这里说的是配偶、父母和子女（出嫁的闺女也算）；女婿、儿媳、离了婚的前夫前妻不算。',
    reask: '请回复 1（没有）或 2（有）。',
    example: '比如：2，儿子在外地打工',
    situationReask: '请回复前面的数字，或者说说他们的情况。',
  },
  hardship: {
    prompt: '最近半年，家里有没有遇到下面的事？可以回复多个数字，都没有就回复 6。',
    choices: ['火灾', '车祸或意外受伤', '突然得了重病', '水灾、台风、地震等灾害', '看病、上学等花了很多钱', '都没有'],
    when: '这件事是什么时候发生的？比如：上个月、10月5日、三天前。',
    severe: '现在家里的基本生活是不是很困难，比如吃饭、住的地方成了问题？',
    severeChoices: ['是，很困难', '还能维持'],
    expense: '最近一年看病、上学等，自己掏了大概多少钱（报销以后）？',
    why: '遇到急事或者花钱太多，可以申请临时救助，这个问题决定临时救助。',
    reask: '请回复前面的数字，可以回复多个；或者直接说遇到了什么事。',
    example: '比如：6（都没有）',
    whenReask: '请说一下大概的时间，不知道就说“不知道”。',
    whenExample: '比如：上个月，或者 10月5日',
    severeReask: '请回复 1 或 2。',
    expenseReask: '请说一个大概的钱数。',
    expenseExample: '比如：3万',
  },
  expenditureType: {
    prompt: '家里是不是因为看病、残疾、上学或突发的事花钱太多，实际生活比低保标准还低？',
    choices: ['是', '不是'],
    why: '这种“支出型”困难家庭，在算收入时可能有照顾，也可以申请临时救助。',
    reask: '请回复 1 或 2。',
    example: '比如：2',
  },
} as const;
