/** The built-in parameter tables by region code. */
import type { ParamTable } from '../types.ts';
import { guangdongParams } from './guangdong.ts';
import { nationalParams } from './national.ts';
import { NATIONAL } from './registry.ts';
import { yangjiangParams } from './yangjiang.ts';
import { yunchengParams } from './yuncheng.ts';

export { BUILT_IN_REGIONS, NATIONAL } from './registry.ts';

export const BUILT_IN_TABLES: Readonly<Record<string, ParamTable<string>>> = {
  [NATIONAL]: nationalParams,
  '140000': {},
  '440000': guangdongParams,
  '140800': yunchengParams,
  '441700': yangjiangParams,
};
