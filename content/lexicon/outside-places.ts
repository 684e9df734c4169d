/**
 * Places residents name that no city package covers (provinces, big cities, the neighbouring
 * cities of both provinces): answering "where do you live?" with one of them, the resident is told
 * plainly which cities doudi covers and where to ask instead (the local 乡镇/街道, 12345), rather
 * than "not understood". Only names; a place a configured city package knows is never read as
 * outside (bot/understand/places.ts checks the package first). Words that are also everyday words
 * (大同, 中山 as a road name, 山西/广东 which hold both cities) are left out.
 */
export const OUTSIDE_PLACES: readonly string[] = [
  // Provinces, regions and municipalities (山西, 广东 left out: both cities are in them).
  ...'北京 天津 上海 重庆 河北 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'.split(
    ' ',
  ),
  // Other cities of 山西.
  ...'太原 阳泉 长治 晋城 朔州 晋中 忻州 临汾 吕梁 侯马 介休 孝义'.split(' '),
  // Other cities of 广东.
  ...'广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 清远 东莞 潮州 揭阳 云浮 台山 开平 恩平 电白 高州 化州 信宜'.split(
    ' ',
  ),
  // Big cities residents often name, and the neighbours across the rivers from 运城.
  ...'西安 郑州 洛阳 三门峡 渭南 石家庄 武汉 长沙 南宁 海口 成都 杭州 南京 济南 合肥 福州 厦门 南昌 贵阳 昆明 兰州 银川 西宁 乌鲁木齐 呼和浩特 沈阳 长春 哈尔滨 苏州 宁波 青岛 大连'.split(
    ' ',
  ),
];
