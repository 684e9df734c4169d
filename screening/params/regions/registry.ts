/**
 * Built-in regions (GB/T 2260 codes): the nation, two provinces, the two cities whose seed
 * notices are encoded, and their counties and districts. A county resolves to its city's
 * rules unless a table of its own overrides a value (county → city → province → national).
 */
import type { RegionInfo } from '../types.ts';

export const NATIONAL = '000000';

const city = (code: string, name: string, parent: string, province: string): RegionInfo => ({ code, name, level: 'city', parent, province });
const county = (code: string, name: string, parent: string, province: string, aliases?: readonly string[]): RegionInfo => ({
  code,
  name,
  level: 'county',
  parent,
  province,
  ...(aliases ? { aliases } : {}),
});

/**
 * Towns and 街道 residents name instead of their county (a resident of 儒洞 says 儒洞, not 阳西县),
 * and common misspellings by sound (新降). Only names whose county is certain are listed.
 */
const TOWNS: Record<string, readonly string[]> = {
  '140802': ['运城市区', '解州', '龙居', '三路里', '陶村', '安邑', '泓芝驿', '北城街道', '东城街道', '西城街道', '南城街道', '大渠', '金井', '冯村', '上王', '王范', '席张', '东郭'],
  '140821': ['猗氏', '嵋阳', '临晋', '七级', '东张', '孙吉', '三管', '耽子', '牛杜', '楚侯', '庙上', '角杯', '北辛', '北景'],
  '140822': ['解店', '通化', '汉薛', '荣河', '万泉', '里望', '西村乡', '南张', '高村', '皇甫', '贾村', '王显', '光华', '裴庄'],
  '140823': ['桐城', '礼元', '河底', '畖底', '郭家庄', '阳隅', '薛店', '后宫', '神柏', '凹底', '侯村'],
  '140824': ['稷峰', '西社', '化峪', '翟店', '清河', '蔡村', '太阳', '修善'],
  '140825': ['新降', '龙兴', '三泉', '泽掌', '北张', '古交', '万安', '阳王', '泉掌', '横桥'],
  '140826': ['古绛', '安峪', '大交', '南樊', '卫庄', '冷口', '陈村', '郝庄', '大堡'],
  '140827': ['新城镇', '历山', '古城镇', '王茅', '毛家', '蒲掌', '英言', '解峪', '华峰', '长直', '皋落', '同善'],
  '140828': ['瑶峰', '庙前', '裴介', '水头', '埝掌', '泗交', '禹王', '尉郭', '胡张', '南大里'],
  '140829': ['圣人涧', '常乐', '张店', '张村', '曹川', '三门', '洪池', '杜马', '部官', '坡底'],
  '140830': ['古魏', '风陵渡', '陌南', '西陌', '永乐', '大王镇', '阳城镇', '东垆', '南卫', '学张'],
  '140881': ['城西街道', '城北街道', '城东街道', '蒲州', '开张', '卿头', '栲栳', '虞乡', '张营', '韩阳'],
  '140882': ['城区街道', '樊村', '僧楼', '小梁', '柴家', '下化', '阳村', '清涧'],
  '441702': ['南恩', '城南街道', '城北街道', '城东街道', '城西街道', '岗列', '中洲', '白沙街道', '埠场', '双捷', '海陵', '闸坡', '阳江市区', '阳江城区'],
  '441704': ['东城镇', '北惯', '那龙', '合山', '大八', '塘坪', '雅韶', '大沟', '新洲', '东平', '红丰'],
  '441721': ['织篢', '程村', '塘口', '上洋', '溪头', '沙扒', '儒洞', '新墟', '织篢镇', '兴华'],
  '441781': ['春城', '河口镇', '潭水', '合水', '春湾', '八甲', '松柏', '双滘', '马水', '岗美', '陂面', '三甲', '圭岗', '永宁', '石望', '河塱', '春城街道'],
};

export const BUILT_IN_REGIONS: readonly RegionInfo[] = [
  { code: NATIONAL, name: '全国', level: 'national' },
  { code: '140000', name: '山西省', level: 'province', parent: NATIONAL, province: '山西省' },
  { code: '440000', name: '广东省', level: 'province', parent: NATIONAL, province: '广东省' },
  city('140800', '运城市', '140000', '山西省'),
  ...(
    [
      ['140802', '盐湖区'], ['140821', '临猗县'], ['140822', '万荣县'], ['140823', '闻喜县'], ['140824', '稷山县'],
      ['140825', '新绛县'], ['140826', '绛县'], ['140827', '垣曲县'], ['140828', '夏县'], ['140829', '平陆县'],
      ['140830', '芮城县'], ['140881', '永济市'], ['140882', '河津市'],
    ] as const
  ).map(([code, name]) => county(code, name, '140800', '山西省', TOWNS[code])),
  city('441700', '阳江市', '440000', '广东省'),
  ...(
    [
      ['441702', '江城区'], ['441704', '阳东区'], ['441721', '阳西县'], ['441781', '阳春市'],
    ] as const
  ).map(([code, name]) => county(code, name, '441700', '广东省', TOWNS[code])),
];
