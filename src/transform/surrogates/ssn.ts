import type { SurrogateFn } from './types.js';
import { fillAlnum } from './shape.js';

/** `123-45-6789` -> `9xx-xx-xxxx`: area 900-999 is never issued as an SSN, so no surrogate is a real person's. */
export const ssn: SurrogateFn = (text, { faker }) => {
  if (text.replace(/\D/g, '').length !== 9) return undefined;
  const area = faker.number.int({ min: 900, max: 999 });
  const group = faker.number.int({ min: 1, max: 99 });
  const serial = faker.number.int({ min: 1, max: 9999 });
  return fillAlnum(text, `${area}${String(group).padStart(2, '0')}${String(serial).padStart(4, '0')}`);
};
