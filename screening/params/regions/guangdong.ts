/**
 * 广东省 (440000): provincial rules shared by its cities. Only what was found with a source:
 * the 单人保 scope that includes grade 3–4 intellectual or mental disability (rules-notes Q7,
 * read in 惠州's implementation of 粤府办〔2022〕3号; medium confidence).
 */
import type { ParamTable } from '../types.ts';

export const guangdongParams: ParamTable = {
  'singlePerson.disabilityGrades': [
    {
      from: '2022-01-01',
      note: '粤府办〔2022〕3号 (2022); exact effective date not found',
      value: { visual: 2, hearing: 2, speech: 2, physical: 2, intellectual: 4, mental: 4, multiple: 2 },
      source: 'assumption.single-person-guangdong',
    },
  ],
};
