import type { SurrogateFn } from './types.js';
import { applyCase, caseStyle } from './shape.js';

// RFC 2606 domains: a surrogate address can never reach a real mailbox.
const DOMAINS = ['example.com', 'example.org', 'example.net'];

/** `john.smith42@acme.com` -> `maria.garcia17@example.org` (separator, digits and casing style kept). */
export const email: SurrogateFn = (text, { faker, names }) => {
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = text.slice(0, at);
  const sep = local.includes('.') ? '.' : local.includes('_') ? '_' : local.includes('-') ? '-' : '';
  const first = faker.helpers.arrayElement(names.anyFirst.pool);
  const last = faker.helpers.arrayElement(names.last.pool);
  const digits = /\d/.test(local) ? String(faker.number.int({ min: 1, max: 999 })) : '';
  const user = (sep ? `${first}${sep}${last}` : `${first[0]}${last}`) + digits;
  const style = caseStyle(local);
  return `${applyCase(user, style === 'mixed' ? 'lower' : style)}@${faker.helpers.arrayElement(DOMAINS)}`;
};
