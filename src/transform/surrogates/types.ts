import type { Faker } from '@faker-js/faker';
import type { NamePools } from './names.js';

/** What a surrogate generator gets: a Faker already seeded from the keyed HMAC of the value, and shared tables. */
export interface SurrogateTools {
  faker: Faker;
  names: NamePools;
  /** Region for national phone numbers (ISO 3166 alpha-2). */
  phoneRegion: string;
  /** Days every date is shifted by under this key (non-zero, same for the whole run). */
  dateShiftDays: number;
}

/** Makes a realistic surrogate of the same kind, or undefined when `text` does not look like that kind. */
export type SurrogateFn = (text: string, tools: SurrogateTools) => string | undefined;
