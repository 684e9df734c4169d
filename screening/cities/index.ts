/**
 * The built-in city packages, in the order the city question lists them. Adding a city is adding
 * a package here (or, for an operator, under DOUDI_CONFIG's `cities`): nothing else names a city.
 */
import type { CityPackageData } from '../params/city-package.ts';
import { yangjiang } from './yangjiang/index.ts';
import { yuncheng } from './yuncheng/index.ts';

export const BUILT_IN_CITIES: readonly CityPackageData[] = [yuncheng, yangjiang];
