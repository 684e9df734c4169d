/**
 * The city lists adapters show, derived from the parameter set (the registered city packages and
 * whatever DOUDI_CONFIG adds): the agent page's region list, the region used when none is given
 * (the CLI's default, the examples in error messages and OpenAPI descriptions). No adapter names
 * a city; a city added by configuration appears everywhere these lists are used. Pure.
 */
import { citiesOf, countiesOf, defaultParameters, type ParameterSet } from '../../screening/index.ts';

/** [code, name] of each city, followed by its counties, in registration order. */
export function regionList(parameters: ParameterSet): [string, string][] {
  return citiesOf(parameters).flatMap((city) => [
    [city.code, city.name] as [string, string],
    ...countiesOf(parameters, city.code).map((c): [string, string] => [c.code, c.name]),
  ]);
}

/** The first registered city: the default where a region must be given and none was. */
export function defaultRegion(parameters: ParameterSet = defaultParameters()): string {
  const first = citiesOf(parameters)[0];
  if (!first) throw new Error('no city is registered');
  return first.code;
}

/** A county of the first city, for examples that show a county code. */
export function exampleCounty(parameters: ParameterSet = defaultParameters()): string {
  const city = defaultRegion(parameters);
  return countiesOf(parameters, city)[0]?.code ?? city;
}
