/**
 * 阳江市's districts, county and county-level city (GB/T 2260), each with the words residents and
 * agents use for places in it: towns and 街道 they name instead of their county (a resident of 儒洞
 * says 儒洞, not 阳西县). Only names whose county is certain are listed. The name itself and the
 * name without 区/县/市 are always understood.
 */
export const yangjiangCounties = {
  '441702': {
    name: '江城区',
    aliases: [
      '南恩',
      '城南街道',
      '城北街道',
      '城东街道',
      '城西街道',
      '岗列',
      '中洲',
      '白沙街道',
      '埠场',
      '双捷',
      '海陵',
      '闸坡',
      '阳江市区',
      '阳江城区',
    ],
  },
  '441704': {
    name: '阳东区',
    aliases: ['东城镇', '北惯', '那龙', '合山', '大八', '塘坪', '雅韶', '大沟', '新洲', '东平', '红丰'],
  },
  '441721': {
    name: '阳西县',
    aliases: ['织篢', '程村', '塘口', '上洋', '溪头', '沙扒', '儒洞', '新墟', '织篢镇', '兴华'],
  },
  '441781': {
    name: '阳春市',
    aliases: [
      '春城',
      '河口镇',
      '潭水',
      '合水',
      '春湾',
      '八甲',
      '松柏',
      '双滘',
      '马水',
      '岗美',
      '陂面',
      '三甲',
      '圭岗',
      '永宁',
      '石望',
      '河塱',
      '春城街道',
    ],
  },
} as const;
