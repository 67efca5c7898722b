/**
 * faker, loaded only when a policy pseudonymizes: its full module holds every
 * locale (~37 MB of memory per thread), which runs that only replace or mask
 * values must not pay. `loadFaker()` runs before plans are compiled (see
 * `preparePlan` in src/policy/plan.ts); the operator then reads it synchronously.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocaleDefinition } from '@faker-js/faker';

type FakerModule = typeof import('@faker-js/faker');

let loaded: FakerModule | undefined;

/** Loads faker once per thread. */
export async function loadFaker(): Promise<void> {
  loaded ??= await import('@faker-js/faker');
}

/** The faker module; throws when {@link loadFaker} has not run (a bug in the caller, not a user error). */
export function fakerModule(): FakerModule {
  if (!loaded) throw new Error('internal error: faker is used before loadFaker() (call preparePlan before compilePlan)');
  return loaded;
}

/** A locale's definitions (e.g. `de`, `en_GB`), or undefined. */
export function localeDef(locale: string): LocaleDefinition | undefined {
  const def = (fakerModule() as unknown as Record<string, LocaleDefinition>)[locale];
  return def && typeof def === 'object' && 'metadata' in def ? def : undefined;
}

let locales: readonly string[] | undefined;

/**
 * Faker locales usable as `pseudonymize` `locale:`, from the package's locale
 * entry points on disk, so that validating a policy does not load faker. Read
 * on first use: runs that never check a `locale:` never list the folder.
 */
export function pseudonymLocales(): readonly string[] {
  if (!locales) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@faker-js/faker/package.json')), 'dist', 'locale');
    locales = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.slice(0, -3))
      .filter((k) => /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(k))
      .sort();
  }
  return locales;
}
