/**
 * 广东省 (440000): provincial rules shared by its cities. Only what was found with a source:
 * another Guangdong city's 单人保 scope includes grade 3–4 intellectual or mental disability
 * (rules-notes Q7, read in 惠州's implementation of 粤府办〔2022〕3号; medium confidence). No
 * 阳江 text says so, so grade 4 is an assumption: at most `possible`, with the assumption named.
 */
import type { ParamTable } from '../types.ts';

export const guangdongParams: ParamTable = {
  'singlePerson.disabilityGradesAssumed': [
    {
      from: '2022-01-01',
      note: '粤府办〔2022〕3号 (2022); exact effective date not found',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 4, mental: 4, multiple: 2 },
      source: 'assumption.single-person-guangdong',
    },
  ],
};
