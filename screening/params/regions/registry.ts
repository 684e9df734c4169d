/**
 * Built-in regions (GB/T 2260 codes): the nation, two provinces, the two cities whose seed
 * notices are encoded, and their counties and districts. A county resolves to its city's
 * rules unless a table of its own overrides a value (county → city → province → national).
 */
import type { RegionInfo } from '../types.ts';

export const NATIONAL = '000000';

const city = (code: string, name: string, parent: string, province: string): RegionInfo => ({ code, name, level: 'city', parent, province });
const county = (code: string, name: string, parent: string, province: string): RegionInfo => ({ code, name, level: 'county', parent, province });

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
  ).map(([code, name]) => county(code, name, '140800', '山西省')),
  city('441700', '阳江市', '440000', '广东省'),
  ...(
    [
      ['441702', '江城区'], ['441704', '阳东区'], ['441721', '阳西县'], ['441781', '阳春市'],
    ] as const
  ).map(([code, name]) => county(code, name, '441700', '广东省')),
];
