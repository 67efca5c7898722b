import type { SurrogateFn } from './types.js';
import { reshape } from './shape.js';

const TLDS = ['example.com', 'example.org', 'example.net'];

/**
 * `https://www.acme.com/team/john?id=7` -> `https://www.harber-group.example.com/velit/tempora?id=3`:
 * scheme, `www.`, path depth and query keys kept; host under an RFC 2606 domain.
 */
export const url: SurrogateFn = (text, { faker }) => {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let parsed: URL;
  try {
    parsed = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  if (!parsed.hostname) return undefined;
  const www = parsed.hostname.startsWith('www.') ? 'www.' : '';
  const host = `${www}${faker.internet.domainWord()}.${faker.helpers.arrayElement(TLDS)}`;
  const path = parsed.pathname
    .split('/')
    .map((seg) => (seg ? faker.lorem.word() : seg))
    .join('/');
  const query = [...parsed.searchParams.keys()].map((k) => `${k}=${reshape(parsed.searchParams.get(k) ?? '', faker)}`).join('&');
  const scheme = hasScheme ? `${parsed.protocol}//` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  // Keep a bare `acme.com` bare: no trailing slash unless the original had a path.
  const keepPath = hasScheme ? path : text.includes('/') ? path : '';
  return `${scheme}${host}${port}${keepPath}${query ? `?${query}` : ''}${parsed.hash ? `#${faker.lorem.word()}` : ''}`;
};
