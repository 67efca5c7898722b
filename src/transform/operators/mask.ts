import type { OperatorDef } from './types.js';

// Letters and digits are masked; everything else (separators) keeps the format.
const MASKABLE = /[\p{L}\p{N}]/u;

/**
 * `mask`: replaces characters by `char`, keeping the first `keepFirst` and
 * last `keepLast` maskable characters; separators stay (`****-****-****-1234`).
 * Counts code points, so an emoji is one character.
 */
export const mask: OperatorDef = Object.freeze<OperatorDef>({
  name: 'mask',
  description: 'hide characters but keep the first/last N and the separators (****-****-****-1234)',
  params: {
    char: { type: 'string', default: '*', description: 'mask character (one character)' },
    keepFirst: { type: 'integer', default: 0, min: 0, max: 64, description: 'letters/digits kept at the start' },
    keepLast: { type: 'integer', default: 0, min: 0, max: 64, description: 'letters/digits kept at the end' },
    keepSeparators: { type: 'boolean', default: true, description: 'leave non-alphanumeric characters (-, space, @, .) in place' },
  },
  needsKey: false,
  check: (params) => (Array.from(String(params.char)).length === 1 ? [] : [{ param: 'char', message: 'mask.char must be exactly one character' }]),
  create(params) {
    const char = String(params.char ?? '*');
    const keepFirst = Number(params.keepFirst ?? 0);
    const keepLast = Number(params.keepLast ?? 0);
    const keepSeparators = params.keepSeparators !== false;
    return (text) => {
      const chars = Array.from(text);
      let maskable = chars.map((c) => !keepSeparators || MASKABLE.test(c));
      // A value with no letter or digit (all symbols/emoji) is masked whole, never shown as "separators".
      if (!maskable.includes(true)) maskable = chars.map(() => true);
      const total = maskable.reduce((n, m) => n + (m ? 1 : 0), 0);
      // Never reveal everything: keepFirst + keepLast may not cover the whole value.
      const reveal = keepFirst + keepLast >= total ? Math.max(0, total - 1) : keepFirst + keepLast;
      const first = Math.min(keepFirst, reveal);
      const last = reveal - first;
      let seen = 0;
      let out = '';
      for (let i = 0; i < chars.length; i++) {
        if (!maskable[i]) {
          out += chars[i];
          continue;
        }
        out += seen < first || seen >= total - last ? chars[i] : char;
        seen++;
      }
      return out;
    };
  },
});
