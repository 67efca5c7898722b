import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rewriteJson, walkJson, type WalkAction } from '../../src/io/json-walk.js';
import { GSError } from '../../src/errors.js';

const scanAll = { classify: (): WalkAction => 'scan' };

describe('walkJson', () => {
  it('finds every scalar leaf with its JSON Pointer and decoded value', () => {
    const w = walkJson('{"a":"x","b":{"c/d":["y",2.50]},"e~f":true}', scanAll);
    expect(w.leaves.map((l) => [l.path, l.value, l.kind])).toEqual([
      ['/a', 'x', 'string'],
      ['/b/c~1d/0', 'y', 'string'],
      ['/b/c~1d/1', '2.50', 'number'],
    ]);
  });

  it('keeps numbers, whitespace and key order byte for byte when nothing changes', () => {
    const text = '{ "big": 12345678901234567890, "f": 1.0, "e": 1e5,\t"z": -0.0, "a" : [ ] }';
    const w = walkJson(text, scanAll);
    expect(rewriteJson(text, w)).toBe(text);
  });

  it('rewrites only the replaced string token', () => {
    const text = '{"n": 1.0, "s": "mail a@b.com now", "big": 12345678901234567890}';
    const w = walkJson(text, scanAll);
    w.leaves[1].replacement = 'mail <EMAIL> now';
    expect(rewriteJson(text, w)).toBe('{"n": 1.0, "s": "mail <EMAIL> now", "big": 12345678901234567890}');
  });

  it('decodes escapes and re-encodes replacements as valid JSON', () => {
    const text = '{"s":"caf\\u00e9 \\"q\\" \\ud83d\\ude00"}';
    const w = walkJson(text, scanAll);
    expect(w.leaves[0].value).toBe('café "q" 😀');
    w.leaves[0].replacement = 'line\nbreak "quoted" 😀';
    expect(JSON.parse(rewriteJson(text, w))).toEqual({ s: 'line\nbreak "quoted" 😀' });
  });

  it('removes dropped members with their separators, wherever they stand', () => {
    const cases: Array<[string, string[], string]> = [
      ['{"a":1,"b":2,"c":3}', ['a'], '{"b":2,"c":3}'],
      ['{"a":1,"b":2,"c":3}', ['b'], '{"a":1,"c":3}'],
      ['{"a":1,"b":2,"c":3}', ['c'], '{"a":1,"b":2}'],
      ['{"a":1,"b":2,"c":3}', ['a', 'b'], '{"c":3}'],
      ['{"a":1,"b":2,"c":3}', ['b', 'c'], '{"a":1}'],
      ['{"a":1,"b":2,"c":3}', ['a', 'b', 'c'], '{}'],
      ['{"a":{"x":[1,2]}, "b":2}', ['a'], '{"b":2}'],
    ];
    for (const [text, drop, expected] of cases) {
      const w = walkJson(text, { classify: (_p, k) => (drop.includes(k) ? 'drop' : 'scan') });
      expect(rewriteJson(text, w), `${text} minus ${drop}`).toBe(expected);
      JSON.parse(rewriteJson(text, w));
    }
  });

  it('walks JSON held in a string (tool-call arguments) and writes it back as a string', () => {
    const text = '{"arguments":"{\\"city\\": \\"Paris\\", \\"n\\": 1.0}"}';
    const w = walkJson(text, { classify: () => 'scan', embedded: (_p, k) => k === 'arguments' });
    const inner = w.leaves[0].embedded!;
    expect(inner.leaves.map((l) => l.path)).toEqual(['/arguments/city', '/arguments/n']);
    inner.leaves[0].replacement = '<LOCATION>';
    const out = JSON.parse(rewriteJson(text, w));
    expect(out.arguments).toBe('{"city": "<LOCATION>", "n": 1.0}');
  });

  it('adds a member before the root object closes', () => {
    for (const text of ['{"a":1}', '{}', '{"a":1 }']) {
      const w = walkJson(text, scanAll);
      const out = rewriteJson(text, w, { at: w.rootClose, text: `${w.rootHasMembers ? ',' : ''}"level":"general"` });
      expect(JSON.parse(out).level).toBe('general');
    }
  });

  it.each([
    ['{"a":}', 'unexpected character'],
    ['{"a":1,}', 'property name'],
    ['[1 2]', "expected ','"],
    ['{"a":"\\q"}', 'invalid escape'],
    ['{"a":1} x', 'after the JSON value'],
    ['"tab\there"', 'control character'],
    ['{"a":01}', "expected ','"],
    ['{"a":1', 'unexpected end'],
    ['{"a":"open', 'unterminated string'],
    ['', 'unexpected end'],
  ])('rejects malformed JSON %j with BAD_JSON', (text, message) => {
    expect(() => walkJson(text, scanAll)).toThrowError(GSError);
    try {
      walkJson(text, scanAll);
    } catch (e) {
      expect((e as GSError).code).toBe('BAD_JSON');
      expect((e as GSError).message).toContain(message);
    }
  });

  it('refuses 100,000-deep nesting with TOO_DEEP instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    try {
      walkJson(deep, scanAll);
      expect.unreachable();
    } catch (e) {
      expect((e as GSError).code).toBe('TOO_DEEP');
    }
  });

  it('agrees with JSON.parse on random documents (leaves and round trip)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const w = walkJson(text, scanAll);
        expect(rewriteJson(text, w)).toBe(text);
        // every string leaf decodes to what JSON.parse sees at that pointer
        const doc = JSON.parse(text);
        for (const leaf of w.leaves) {
          let v: unknown = doc;
          for (const seg of leaf.path.split('/').slice(1)) v = (v as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
          if (leaf.kind === 'string') expect(v).toBe(leaf.value);
          else expect(v).toBe(Number(leaf.value));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but a GSError on random text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          walkJson(text, scanAll);
        } catch (e) {
          expect(e).toBeInstanceOf(GSError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
