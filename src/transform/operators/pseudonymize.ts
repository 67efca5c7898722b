import type { Faker, LocaleDefinition } from '@faker-js/faker';
import type { OperatorDef } from './types.js';
import { hmac, requireKeys } from '../keys.js';
import { normalizeForKey } from '../normalize.js';
import { NamePools } from '../surrogates/names.js';
import { surrogateFor } from '../surrogates/index.js';
import type { SurrogateTools } from '../surrogates/types.js';
import { hmacRandomizer } from '../surrogates/randomizer.js';
import { fakerModule, loadFaker, localeDef, pseudonymLocales } from '../surrogates/faker.js';

// One Faker per locale for the whole process: it is reseeded before every value.
const fakers = new Map<string, Faker>();
function fakerFor(locale: string): Faker {
  let f = fakers.get(locale);
  if (!f) {
    const chain = [localeDef(locale), localeDef('en'), fakerModule().base as LocaleDefinition].filter((d, i, all) => d && all.indexOf(d) === i) as LocaleDefinition[];
    f = new (fakerModule().Faker)({ locale: chain, randomizer: hmacRandomizer() });
    fakers.set(locale, f);
  }
  return f;
}

const CACHE_LIMIT = 50_000;

/**
 * `pseudonymize`: a realistic surrogate of the same kind (name, email,
 * Luhn-valid card, mod-97-valid IBAN, phone in the same format, never-issued
 * SSN, documentation-range IP, URL, address, company, consistently shifted
 * date; same-shape token otherwise). Chosen from the keyed HMAC (subkey
 * 'pseudonymize') of the normalised value, so one value has one surrogate in
 * every record, file and run under the same key.
 */
export const pseudonymize: OperatorDef = Object.freeze<OperatorDef>({
  name: 'pseudonymize',
  description: 'realistic surrogate of the same kind, stable for the same value and key',
  params: {
    locale: {
      type: 'string',
      default: 'en',
      // a getter: the locale folder is listed only when a policy's `locale:` is checked
      get enum() {
        return pseudonymLocales();
      },
      description: 'Faker locale of the surrogates (names, addresses, companies)',
    },
    maxDateShiftDays: { type: 'integer', default: 365, min: 1, max: 3650, description: 'dates move by a fixed key-derived offset of up to this many days' },
    phoneRegion: { type: 'string', description: 'region of national phone numbers (ISO 3166 alpha-2); default detect.phoneRegion or US' },
  },
  needsKey: true,
  prepare: loadFaker,
  create(params, keys) {
    const key = requireKeys(keys, 'pseudonymize').subkey('pseudonymize');
    const locale = String(params.locale ?? 'en');
    const maxShift = Number(params.maxDateShiftDays ?? 365);
    const shiftSeed = hmac(key, 'date-shift').readUInt32BE(0);
    const shiftDays = (1 + (shiftSeed % maxShift)) * (shiftSeed & 0x80000000 ? -1 : 1);
    const tools: SurrogateTools = {
      faker: fakerFor(locale),
      names: new NamePools(locale, key),
      phoneRegion: String(params.phoneRegion ?? 'US'),
      dateShiftDays: shiftDays,
    };
    const cache = new Map<string, string>();
    return (text, finding) => {
      const cacheKey = `${finding.entity}\0${text}`;
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const seed = hmac(key, `${finding.entity}\0${normalizeForKey(finding.entity, text, tools.phoneRegion)}`);
      tools.faker.seed(Array.from({ length: 8 }, (_, i) => seed.readUInt32BE(i * 4)));
      const out = surrogateFor(finding.entity, text, tools);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(cacheKey, out);
      return out;
    };
  },
});
