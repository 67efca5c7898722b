/**
 * `parsePhoneNumberFromString(value[, region])` followed by `isValid()` (and
 * `isPossible()`), computed straight from libphonenumber-js's own metadata with
 * compiled patterns cached. The library rebuilds its metadata objects and
 * compiles every pattern on each call (10-40 us per number); this takes about
 * a microsecond. It follows the library's steps for the common case and
 * answers `undefined` (ask the library) whenever a rule it does not model
 * applies: a national prefix or an international call prefix at the start,
 * a national number starting with its own calling code, non-geographic codes,
 * unusual punctuation. test/detect/phone-validity.test.ts checks both
 * functions against the library on random and real numbers.
 */
import metadata from 'libphonenumber-js/metadata.max.json';

type Entry = readonly unknown[];
const countries = metadata.countries as unknown as Record<string, Entry>;
const codes = metadata.country_calling_codes as unknown as Record<string, string[]>;
const nonGeographic = (metadata as unknown as { nonGeographic?: Record<string, Entry> }).nonGeographic ?? {};

/** The library's bounds on national significant numbers. */
const MIN_NSN = 2;
const MAX_NSN = 17;

/** Type slots of the metadata, in the order the library tries them (getNumberType). */
const FIXED_LINE = 0;
const NON_FIXED_LINE = [1, 3, 2, 9, 8, 4, 7, 6, 5]; // MOBILE, PREMIUM_RATE, TOLL_FREE, SHARED_COST, VOIP, PERSONAL_NUMBER, PAGER, UAN, VOICEMAIL

const entire = new Map<string, RegExp>();
/** The library's `matchesEntirely`, with the compiled pattern kept. */
function matchesEntirely(text: string, pattern: string): boolean {
  let re = entire.get(pattern);
  if (!re) entire.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re.test(text);
}
const prefixes = new Map<string, RegExp>();
function prefixRe(pattern: string): RegExp {
  let re = prefixes.get(pattern);
  if (!re) prefixes.set(pattern, (re = new RegExp(`^(?:${pattern})`)));
  return re;
}

/** isNumberTypeEqualTo: the type exists, allows the length and matches. */
function isType(national: string, plan: Entry, slot: number): boolean {
  const types = plan[11] as (readonly unknown[] | 0 | undefined)[];
  const def = types[slot];
  if (!def || !def[0]) return false;
  const lengths = (def[1] || plan[3]) as number[] | undefined;
  if (lengths && lengths.indexOf(national.length) < 0) return false;
  return matchesEntirely(national, def[0] as string);
}

/** getNumberType(...) !== undefined. */
function hasNumberType(national: string, plan: Entry): boolean {
  if (!matchesEntirely(national, plan[2] as string)) return false;
  if (isType(national, plan, FIXED_LINE)) return true;
  for (const slot of NON_FIXED_LINE) if (isType(national, plan, slot)) return true;
  return false;
}

/**
 * The number and plan {@link countryOf} last chose by their number type: {@link validUnder} then knows the answer
 * (for "+1" and "+44" numbers the main country is picked so, and the type check is the costly part).
 */
let typedNational = '';
let typedPlan: Entry | undefined;

/** The library's isValid for a national number under a numbering plan. */
function validUnder(national: string, plan: Entry): boolean {
  const types = plan[11] as unknown[] | undefined;
  if (plan === typedPlan && national === typedNational) return true;
  if (types && types.length > 0) return hasNumberType(national, plan);
  return matchesEntirely(national, plan[2] as string);
}

/** checkNumberLength(...) === 'IS_POSSIBLE' without a type: the length is one of the plan's. */
function possibleUnder(national: string, plan: Entry): boolean {
  const lengths = plan[3] as number[];
  return lengths.indexOf(national.length) >= 0;
}

/** getCountryByNationalNumber: leading digits first, else the first country whose types match. */
function countryOf(national: string, list: readonly string[]): string | undefined {
  if (list.length === 1) return list[0];
  for (const c of list) {
    const plan = countries[c];
    const leading = plan[10] as string | 0 | undefined;
    if (leading) {
      if (prefixRe(leading).test(national)) return c;
    } else if (plan[11] && hasNumberType(national, plan)) {
      typedNational = national;
      typedPlan = plan;
      return c;
    }
  }
  return undefined;
}

/**
 * The library's extractNationalNumber under the `selected` plan (the region's,
 * or the calling code's main country): strips a national prefix or carrier
 * code matched by the plan's prefix-for-parsing pattern, unless the number
 * only fits the plan with it, or what is left is too short or of a length
 * the plan never uses. `undefined` when a transform rule would rebuild the
 * number (not modelled: the caller asks the library).
 */
function extractNational(number: string, selected: Entry, list: readonly string[]): string | undefined {
  const forParsing = (selected[7] || selected[5]) as string | 0 | undefined;
  if (!forParsing) return number;
  const m = prefixRe(forParsing).exec(number);
  if (!m) return number;
  const groups = m.length - 1;
  if (selected[8] && groups > 0 && m[groups]) return undefined;
  const national = number.slice(m[0].length);
  if (national === number) return number;
  const pattern = selected[2] as string;
  if (matchesEntirely(number, pattern) && !matchesEntirely(national, pattern)) return number;
  if (selected[3]) {
    typedPlan = undefined;
  const country = countryOf(national, list);
    const lengths = (country ? countries[country]![3] : selected[3]) as number[] | undefined;
    if (lengths && lengths.length > 0) {
      const n = national.length;
      // checkNumberLength: TOO_SHORT and INVALID_LENGTH undo the extraction (TOO_LONG does not)
      if (n < lengths[0]!) return number;
      if (n !== lengths[0] && n <= lengths[lengths.length - 1]! && lengths.indexOf(n, 1) < 0) return number;
    }
  }
  return national;
}

/** Separators the candidate regex lets through that the library reads as plain punctuation. */
const PLAIN = /^\+[\d .\-()]+$/;

/**
 * Validity and possibility of `value` read as an international number
 * (`value` starts with '+', then digits and the separators space . - ( )),
 * exactly as libphonenumber-js would report them; `undefined` when the case
 * is one this does not model (the caller then asks the library).
 */
export function checkInternational(value: string): { valid: boolean; possible: boolean } | undefined {
  if (!PLAIN.test(value)) return undefined;
  let digits = '';
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value[i];
  }
  const no = { valid: false, possible: false };
  if (digits.length < 2 || digits[0] === '0') return no;
  let callingCode: string | undefined;
  for (let k = 1; k <= 3 && k <= digits.length; k++) {
    const cc = digits.slice(0, k);
    if (codes[cc] || nonGeographic[cc]) {
      callingCode = cc;
      break;
    }
  }
  if (!callingCode) return no;
  const list = codes[callingCode];
  if (!list || list.length === 0 || list[0] === '001') return undefined; // non-geographic plan
  const main = countries[list[0]];
  if (!main || !Array.isArray(main[3])) return undefined;
  // "+49 (0)30 ...": the library strips a national prefix written after the calling code, too.
  const national = extractNational(digits.slice(callingCode.length), main, list);
  if (national === undefined) return undefined;
  if (national.length < MIN_NSN || national.length > MAX_NSN) return no;
  const country = countryOf(national, list);
  const plan = country ? countries[country] : main;
  if (!Array.isArray(plan[3])) return undefined;
  return { valid: validUnder(national, plan), possible: possibleUnder(national, plan) };
}

/** Punctuation of nationally written candidates that the library simply drops. */
const PLAIN_NATIONAL = /^[\d .\-()]+$/;

/**
 * `parsePhoneNumberFromString(value, region)?.isValid()` for a nationally
 * written `value` (digits and the separators space . - ( )), exactly as
 * libphonenumber-js reports it; `undefined` when a rule this does not model
 * applies (the caller then asks the library).
 */
export function checkNational(value: string, region: string): boolean | undefined {
  const regionPlan = countries[region];
  if (!regionPlan || !PLAIN_NATIONAL.test(value) || !Array.isArray(regionPlan[3])) return undefined;
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += value[i];
  }
  const callingCode = regionPlan[0] as string;
  const idd = regionPlan[1] as string | 0 | undefined;
  if (idd && prefixRe(idd).test(digits)) return undefined; // international call prefix: really an international number
  if (digits.startsWith(callingCode)) return undefined; // the library may read a calling code without '+'
  const list = codes[callingCode];
  if (!list || list.length === 0) return undefined;
  // The trunk prefix of national numbers ("030 ...", "07700 ...") is stripped as the library does.
  const national = extractNational(digits, regionPlan, list);
  if (national === undefined) return undefined;
  if (national.length < MIN_NSN || national.length > MAX_NSN) return false;
  const country = countryOf(national, list) ?? region;
  const plan = countries[country];
  if (!plan || !Array.isArray(plan[3])) return undefined;
  return validUnder(national, plan);
}
