/**
 * Cheap necessary conditions for libphonenumber's `isValid()` / `isPossible()`,
 * read from its own metadata, so the phone validator skips the costly parse
 * (10-60 us) for digit runs whose length no numbering plan allows (IBAN and
 * card fragments, order numbers). Each check answers "maybe" whenever it
 * cannot reason exactly (national prefix transform rules, IDD prefixes): a
 * `false` here always means the library would also say invalid.
 */
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * What the library does with a number parsed under one numbering plan: it
 * strips prefixes with that plan's rules, then validates against the country
 * the national number belongs to, which may be any country sharing the code.
 */
interface ParsePlan {
  /** National significant number lengths of any country sharing the calling code. */
  lengths: Set<number>;
  /** National prefix for parsing (`^(?:...)`) of the selected plan, stripped before validation. */
  prefix?: RegExp;
  /** International call prefix of the selected plan: a national-looking number starting with it is really international. */
  idd?: RegExp;
  /** A transform rule can rebuild the national number: no length reasoning possible. */
  opaque: boolean;
}

type CountryEntry = readonly unknown[];
const countries = metadata.countries as unknown as Record<string, CountryEntry>;
const nonGeographic = (metadata as unknown as { nonGeographic?: Record<string, CountryEntry> }).nonGeographic ?? {};
const codes = metadata.country_calling_codes as unknown as Record<string, string[]>;

const plans = new Map<string, ParsePlan | null>();

/** The plan selected by a region code, or (for `+<code>`) by a calling code: its main country, or the non-geographic entry. */
function planOf(key: string): ParsePlan | null {
  let plan = plans.get(key);
  if (plan !== undefined) return plan;
  const selected = countries[key] ?? (codes[key] ? countries[codes[key][0]] : undefined) ?? nonGeographic[key];
  if (!selected) plan = null;
  else {
    const callingCode = selected[0] as string;
    const group: CountryEntry[] = (codes[callingCode] ?? []).map((c) => countries[c]).filter(Boolean);
    if (nonGeographic[callingCode]) group.push(nonGeographic[callingCode]);
    plan = { lengths: new Set(), opaque: false };
    for (const e of group) {
      if (!Array.isArray(e[3])) plan.opaque = true;
      else for (const n of e[3]) plan.lengths.add(n as number);
    }
    const forParsing = (selected[7] || selected[5]) as string | 0 | undefined; // national prefix for parsing, else the national prefix
    if (forParsing) plan.prefix = new RegExp(`^(?:${forParsing})`);
    if (selected[8]) plan.opaque = true; // national prefix transform rule
    if (selected[1]) plan.idd = new RegExp(`^(?:${selected[1] as string})`);
  }
  plans.set(key, plan);
  return plan;
}

/** Whether `national` (digits), with or without a national prefix, has a length the plan allows. */
function lengthFits(national: string, plan: ParsePlan): boolean {
  if (plan.opaque || plan.lengths.has(national.length)) return true;
  const m = plan.prefix?.exec(national);
  return !!m && plan.lengths.has(national.length - m[0].length);
}

/**
 * False only when `+<digits>` cannot be a valid or possible number: no calling
 * code at its start, or a national part whose length no country of that code
 * allows. `digits`: the digits after '+' (or '00').
 */
export function mayBeInternational(digits: string): boolean {
  if (digits[0] === '0') return false;
  for (let k = 1; k <= 3 && k <= digits.length; k++) {
    const plan = planOf(digits.slice(0, k));
    if (plan) return lengthFits(digits.slice(k), plan);
  }
  return false;
}

/**
 * False only when the digits of a nationally written number cannot be valid in
 * `region` (ISO 3166 alpha-2): neither as written, nor without the national
 * prefix, nor without a leading country code. Unknown regions and numbers
 * starting with an international call prefix answer true (the library decides).
 */
export function mayBeValidNational(digits: string, region: string): boolean {
  const entry = countries[region];
  const plan = entry ? planOf(region) : null;
  if (!entry || !plan) return true;
  const callingCode = entry[0] as string;
  if (plan.idd?.test(digits)) return true;
  if (lengthFits(digits, plan)) return true;
  return digits.startsWith(callingCode) && lengthFits(digits.slice(callingCode.length), plan);
}
