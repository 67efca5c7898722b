import { isIPv4, isIPv6 } from 'node:net';
import type { SurrogateFn } from './types.js';

// RFC 5737 documentation networks: never routed, never a real host.
const V4_NETS = ['192.0.2', '198.51.100', '203.0.113'];

/**
 * IPv4 -> an address in a documentation network (762 addresses: distinct IPs
 * can share a surrogate); IPv6 -> an address in 2001:db8::/32 (RFC 3849).
 */
export const ip: SurrogateFn = (text, { faker }) => {
  if (isIPv4(text)) return `${faker.helpers.arrayElement(V4_NETS)}.${faker.number.int({ min: 1, max: 254 })}`;
  if (isIPv6(text)) {
    const groups = Array.from({ length: 6 }, () => faker.number.int(0xffff).toString(16));
    const out = `2001:db8:${groups.join(':')}`;
    return text === text.toUpperCase() ? out.toUpperCase() : out;
  }
  return undefined;
};
