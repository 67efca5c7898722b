import type { Category, Level } from '../types.js';
import { LEVELS } from '../types.js';

/** Default category and level of each canonical entity (DESIGN.md); the policy may override. */
export const ENTITY_TAXONOMY: Readonly<Record<string, { category: Category; level: Level }>> = Object.freeze({
  PERSON: { category: 'PII', level: 'confidential' },
  EMAIL: { category: 'PII', level: 'confidential' },
  PHONE: { category: 'PII', level: 'confidential' },
  LOCATION: { category: 'PII', level: 'confidential' },
  IP_ADDRESS: { category: 'PII', level: 'confidential' },
  DATE_TIME: { category: 'PII', level: 'general' },
  DATE_OF_BIRTH: { category: 'PII', level: 'confidential' },
  URL: { category: 'PII', level: 'general' },
  ORGANIZATION: { category: 'PII', level: 'general' },
  US_SSN: { category: 'PII', level: 'highly-confidential' },
  NATIONAL_ID: { category: 'PII', level: 'highly-confidential' },
  PASSPORT: { category: 'PII', level: 'highly-confidential' },
  DRIVER_LICENSE: { category: 'PII', level: 'highly-confidential' },
  CREDIT_CARD: { category: 'FINANCIAL', level: 'highly-confidential' },
  IBAN: { category: 'FINANCIAL', level: 'highly-confidential' },
  US_BANK_NUMBER: { category: 'FINANCIAL', level: 'highly-confidential' },
  ABA_ROUTING: { category: 'FINANCIAL', level: 'highly-confidential' },
  CRYPTO: { category: 'FINANCIAL', level: 'highly-confidential' },
  SECRET: { category: 'CREDENTIALS', level: 'highly-confidential' },
  HEALTH: { category: 'HEALTH', level: 'highly-confidential' },
  PROPRIETARY: { category: 'PROPRIETARY', level: 'confidential' },
  SALARY: { category: 'FINANCIAL', level: 'confidential' },
});

/** Category/level of an entity not in the table (custom or `AZURE_*`). */
export const UNKNOWN_ENTITY = Object.freeze({ category: 'PII' as Category, level: 'general' as Level });

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}
