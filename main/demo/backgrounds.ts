import type { ImmigrationReason } from '../../db/schema/index.ts';
import type { NameGroupKey } from './names.ts';

/** A country of background typical for these programmes, with how people from it are generated. */
export type Background = {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Relative share among participants. */
  readonly weight: number;
  /** Name groups to draw from, with weights. */
  readonly names: readonly (readonly [NameGroupKey, number])[];
  /** Languages besides Norwegian (ISO 639), the first one native. */
  readonly languages: readonly string[];
  readonly reasons: readonly (readonly [ImmigrationReason, number])[];
  /** Years of arrival are drawn from this range relative to "today" (years before). */
  readonly arrivedYearsAgo: readonly [number, number];
};

export const BACKGROUNDS: readonly Background[] = [
  { country: 'UA', weight: 20, names: [['ukrainian', 7], ['ukrainianCyrillic', 3]], languages: ['uk', 'ru', 'en'], reasons: [['FLU', 95], ['FAM', 5]], arrivedYearsAgo: [0, 3] },
  { country: 'SY', weight: 18, names: [['arabic', 8], ['kurdish', 2]], languages: ['ar', 'en'], reasons: [['FLU', 80], ['FAM', 20]], arrivedYearsAgo: [1, 9] },
  { country: 'ER', weight: 10, names: [['tigrinya', 1]], languages: ['ti', 'ar', 'en'], reasons: [['FLU', 70], ['FAM', 30]], arrivedYearsAgo: [1, 10] },
  { country: 'AF', weight: 8, names: [['dariPashto', 1]], languages: ['prs', 'ps', 'en'], reasons: [['FLU', 85], ['FAM', 15]], arrivedYearsAgo: [1, 8] },
  { country: 'SO', weight: 6, names: [['somali', 1]], languages: ['so', 'ar', 'en'], reasons: [['FLU', 60], ['FAM', 40]], arrivedYearsAgo: [2, 12] },
  { country: 'IR', weight: 5, names: [['persian', 1]], languages: ['fa', 'en'], reasons: [['FLU', 50], ['FAM', 25], ['ARB', 15], ['UTD', 10]], arrivedYearsAgo: [1, 10] },
  { country: 'ET', weight: 4, names: [['amharic', 1]], languages: ['am', 'en'], reasons: [['FLU', 60], ['FAM', 40]], arrivedYearsAgo: [2, 10] },
  { country: 'IQ', weight: 4, names: [['arabic', 6], ['kurdish', 4]], languages: ['ar', 'ku', 'en'], reasons: [['FLU', 60], ['FAM', 40]], arrivedYearsAgo: [2, 12] },
  { country: 'CD', weight: 3, names: [['congolese', 1]], languages: ['fr', 'ln', 'sw'], reasons: [['FLU', 85], ['FAM', 15]], arrivedYearsAgo: [1, 8] },
  { country: 'SD', weight: 3, names: [['arabic', 1]], languages: ['ar', 'en'], reasons: [['FLU', 80], ['FAM', 20]], arrivedYearsAgo: [1, 8] },
  { country: 'MM', weight: 2, names: [['burmese', 1]], languages: ['my', 'en'], reasons: [['FLU', 90], ['FAM', 10]], arrivedYearsAgo: [1, 10] },
  { country: 'CO', weight: 2, names: [['spanish', 1]], languages: ['es', 'en'], reasons: [['FLU', 40], ['FAM', 40], ['ARB', 20]], arrivedYearsAgo: [1, 8] },
  { country: 'PS', weight: 2, names: [['arabic', 1]], languages: ['ar', 'en'], reasons: [['FLU', 85], ['FAM', 15]], arrivedYearsAgo: [1, 8] },
  { country: 'TR', weight: 2, names: [['turkish', 6], ['kurdish', 4]], languages: ['tr', 'ku', 'en'], reasons: [['FLU', 50], ['FAM', 30], ['ARB', 20]], arrivedYearsAgo: [1, 8] },
  { country: 'PK', weight: 1, names: [['urdu', 1]], languages: ['ur', 'en'], reasons: [['FAM', 60], ['ARB', 25], ['UTD', 15]], arrivedYearsAgo: [1, 10] },
  { country: 'PH', weight: 2, names: [['filipino', 1]], languages: ['tl', 'en'], reasons: [['FAM', 60], ['ARB', 40]], arrivedYearsAgo: [1, 10] },
  { country: 'IN', weight: 2, names: [['indian', 1]], languages: ['hi', 'en'], reasons: [['FAM', 55], ['ARB', 30], ['UTD', 15]], arrivedYearsAgo: [1, 6] },
  { country: 'PL', weight: 2, names: [['polish', 1]], languages: ['pl', 'en'], reasons: [['ARB', 60], ['FAM', 40]], arrivedYearsAgo: [1, 12] },
  { country: 'VE', weight: 1, names: [['spanish', 1]], languages: ['es', 'en'], reasons: [['FLU', 60], ['FAM', 40]], arrivedYearsAgo: [1, 6] },
  { country: 'RU', weight: 1, names: [['russian', 1]], languages: ['ru', 'en'], reasons: [['FLU', 40], ['FAM', 40], ['ARB', 20]], arrivedYearsAgo: [1, 8] },
];
